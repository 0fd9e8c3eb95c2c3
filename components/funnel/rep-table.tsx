import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatCount } from "@/lib/metrics/format";
import type { RepActivity } from "@/lib/metrics/reps";

export function RepTable({ reps }: { reps: RepActivity[] }) {
  if (reps.length === 0) return <p className="muted">No reps or managers yet.</p>;

  return (
    <table className="data">
      <caption className="visually-hidden">Per rep: MQLs assigned, touched, SQLs made and disqualified in the period</caption>
      <thead>
        <tr>
          <th scope="col">User</th>
          <th scope="col">Role</th>
          <th scope="col">MQLs assigned</th>
          <th scope="col">Touched</th>
          <th scope="col">SQLs made</th>
          <th scope="col">Disqualified</th>
        </tr>
      </thead>
      <tbody>
        {reps.map((rep) => (
          <tr key={rep.userId}>
            <th scope="row">
              {rep.name}
              {rep.active ? null : <span className="muted"> (inactive)</span>}
            </th>
            <td>{ROLE_LABELS[rep.role]}</td>
            <td>{formatCount(rep.mqlsOwned)}</td>
            <td>{formatCount(rep.touched)}</td>
            <td>{formatCount(rep.sqlsMade)}</td>
            <td>{formatCount(rep.disqualified)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
