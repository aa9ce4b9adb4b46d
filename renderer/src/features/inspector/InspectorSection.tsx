import { useId, type ReactNode } from 'react';

export function InspectorSection({ title, children, actions }: { readonly title: string; readonly children: ReactNode; readonly actions?: ReactNode }) {
  const id = useId();
  return (
    <section className="insp-section" aria-labelledby={id}>
      <div className="insp-section__head">
        <h3 id={id} className="section-label">
          {title}
        </h3>
        {actions}
      </div>
      <div className="insp-section__body">{children}</div>
    </section>
  );
}
