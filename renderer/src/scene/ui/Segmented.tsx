/** A small set of exclusive choices as toggle buttons (one edit per press). */
export function Segmented<T extends string>({ label, value, options, labels, onChange }: { readonly label: string; readonly value: T; readonly options: readonly T[]; readonly labels: Readonly<Record<T, string>>; readonly onChange: (value: T) => void }) {
  return (
    <div className="stage-segmented stage-segmented--fill" role="group" aria-label={label}>
      {options.map((o) => (
        <button key={o} type="button" className={`stage-seg${o === value ? ' stage-seg--on' : ''}`} aria-pressed={o === value} onClick={() => o !== value && onChange(o)}>
          {labels[o]}
        </button>
      ))}
    </div>
  );
}
