import type { ReactNode } from 'react';

export function PanelSection({ title, children, aside }: { readonly title: string; readonly children: ReactNode; readonly aside?: ReactNode }) {
  return (
    <section className="stage-panel__section" aria-label={title}>
      <header className="stage-panel__section-head">
        <h4>{title}</h4>
        {aside}
      </header>
      {children}
    </section>
  );
}
