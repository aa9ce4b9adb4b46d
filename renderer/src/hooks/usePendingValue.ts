import { useCallback, useState } from 'react';

/**
 * Shows a choice (checkbox, select, toggle set) at once while its command is on the way to main.
 * Without it a controlled control snaps back to the store's old value until the answer arrives,
 * and a second quick click would be computed from that stale value. The guess is dropped when
 * the store's value changes or the command settles (a failure then shows the real value again).
 */
export function usePendingValue<T>(value: T): readonly [T, (next: T, run: (next: T) => unknown) => void] {
  const [pending, setPending] = useState<{ readonly v: T } | null>(null);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // Adjusting state during render (React's documented pattern) avoids a flash of the stale guess.
    setSeen(value);
    setPending(null);
  }
  const commit = useCallback((next: T, run: (next: T) => unknown) => {
    setPending({ v: next });
    void Promise.resolve(run(next)).finally(() => setPending((p) => (p && p.v === next ? null : p)));
  }, []);
  return [pending ? pending.v : value, commit] as const;
}
