import { useUiStore } from '../../store/uiStore';

/** Polite announcements for changes a screen-reader user cannot see (a beat moved, a beat deleted). */
export function LiveRegion() {
  const text = useUiStore((s) => s.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {text}
    </div>
  );
}
