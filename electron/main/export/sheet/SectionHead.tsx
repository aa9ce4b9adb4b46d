/** A numbered section heading ("2  Closed set and safety"), kept with what follows it. */
export function SectionHead({ num, title, aside }: { readonly num: number; readonly title: string; readonly aside?: string }) {
  return (
    <div className="section-head">
      <span className="num">{num}</span>
      <h2>{title}</h2>
      {aside ? <span className="aside">{aside}</span> : null}
    </div>
  );
}
