import type { SheetLine } from '../../../../shared/sheet';

/** Label / text pairs as a definition list. */
export function Lines({ lines }: { readonly lines: readonly SheetLine[] }) {
  return (
    <dl className="lines">
      {lines.map((l, i) => [<dt key={`t${i}`}>{l.label}</dt>, <dd key={`d${i}`}>{l.text}</dd>])}
    </dl>
  );
}
