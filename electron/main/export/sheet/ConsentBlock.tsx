import type { ConsentSummary, StagingLimits } from '../../../../shared/sheet';
import { Lines } from './Lines';

/** One performer's own consent: rider, body areas per channel, notes, garments, the standing lines. */
export function ConsentBlock({ summary }: { readonly summary: ConsentSummary }) {
  return (
    <div className="consent">
      <h3>{summary.who}</h3>
      <Lines lines={summary.rider} />
      <table className="channels">
        <thead>
          <tr>
            <th>Body areas</th>
            <th>Agreed</th>
            <th>Not agreed</th>
          </tr>
        </thead>
        <tbody>
          {summary.channels.map((c) => (
            <tr key={c.channel}>
              <td>{c.channel}</td>
              <td>{c.agreed}</td>
              <td>{c.notAgreed}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <TitledList title="Boundary notes" items={summary.notes} />
      <TitledList title="Modesty garments fitted" items={summary.fittings} />
      <div className="standing">
        {summary.standing.map((s) => (
          <p key={s}>{s}</p>
        ))}
      </div>
    </div>
  );
}

/** A small heading and its bullet list, or nothing when the list is empty. */
function TitledList({ title, items }: { readonly title: string; readonly items: readonly string[] }) {
  if (!items.length) return null;
  return (
    <div className="titled-list">
      <div className="block-title">{title}</div>
      <ul>
        {items.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
    </div>
  );
}

/** The director/crew copy's staging limits for one performer: regions only. */
export function StagingBlock({ limits }: { readonly limits: StagingLimits }) {
  return (
    <div className="staging">
      <h3>{limits.who}</h3>
      <ul>
        {limits.lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </div>
  );
}
