import type { SheetModel } from '../../../../shared/sheet';

/** Who signs this version: a row per person, the statements, and who received a copy. */
export function SignoffBlock({ signoff, distribution }: { readonly signoff: SheetModel['signoff']; readonly distribution: string }) {
  return (
    <div className="signoff">
      <table>
        <thead>
          <tr>
            <th>Role</th>
            <th>Name</th>
            <th>Signature</th>
            <th>Date</th>
          </tr>
        </thead>
        <tbody>
          {signoff.lines.map((l, i) => (
            <tr key={i}>
              <td className="role">{l.role}</td>
              <td>{l.name}</td>
              <td className="sign">{l.status ? <span className={`status${l.withdrawn ? ' withdrawn' : ''}`}>{l.status}</span> : null}</td>
              <td className="date" />
            </tr>
          ))}
        </tbody>
      </table>
      <div className="statements">
        {signoff.statements.map((s) => (
          <p key={s}>{s}</p>
        ))}
      </div>
      <p className="distribution">
        <span className="label">Distribution</span> {distribution}
      </p>
    </div>
  );
}
