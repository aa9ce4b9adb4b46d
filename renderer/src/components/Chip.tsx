import type { ReactNode } from 'react';

export type ChipTone = 'neutral' | 'accent' | 'warn' | 'danger' | 'ok' | 'status';

/** A small non-interactive label (status, content flag). */
export function Chip({ tone = 'neutral', children, title, className }: { readonly tone?: ChipTone; readonly children: ReactNode; readonly title?: string; readonly className?: string }) {
  return (
    <span className={`chip chip--${tone}${className ? ` ${className}` : ''}`} title={title}>
      {children}
    </span>
  );
}
