import type { Performer } from '../../../../shared/domain/people';
import type { SetPiece } from '../../../../shared/domain/blocking';

/** A select of fixed choices with their labels (contact type, alternative, head tilt, fitting, barrier type). */
export function ChoiceSelect<T extends string>({ label, value, options, labels, onChange, className, title, autoFocus }: {
  readonly label: string;
  readonly value: T;
  readonly options: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  readonly onChange: (value: T) => void;
  readonly className?: string;
  readonly title?: string;
  readonly autoFocus?: boolean;
}) {
  return (
    <select className={`stage-input${className ? ` ${className}` : ''}`} aria-label={label} title={title} autoFocus={autoFocus} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {options.map((o) => (
        <option key={o} value={o}>
          {labels[o]}
        </option>
      ))}
    </select>
  );
}

export const personName = (p: Performer) => p.character || p.name;

/** The performers of the scene as options of a select, valued `performer:<id>`. */
export function PerformerOptions({ cast }: { readonly cast: readonly Performer[] }) {
  return cast.map((p) => (
    <option key={p.id} value={`performer:${p.id}`}>
      {personName(p)}
    </option>
  ));
}

/** The set pieces of the scene as an option group, valued `setPiece:<id>` (nothing when the set is empty). */
export function SetPieceOptions({ pieces }: { readonly pieces: readonly SetPiece[] }) {
  if (!pieces.length) return null;
  return (
    <optgroup label="Set pieces">
      {pieces.map((p) => (
        <option key={p.id} value={`setPiece:${p.id}`}>
          {p.label}
        </option>
      ))}
    </optgroup>
  );
}
