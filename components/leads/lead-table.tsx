import Link from "next/link";

import type { LeadRow } from "@/lib/leads/queries/list-leads";
import { slaState } from "@/lib/sla/state";

import { answerLabel, formatAge } from "./format";

const SLA_BADGE = {
  none: ["", "—"],
  due: ["", "Due"],
  overdue: ["badge--overdue", "Overdue"],
  met: ["badge--ok", "In time"],
  missed: ["badge--overdue", "Late"],
} as const;

export function LeadTable({ rows, now, showStage }: { rows: LeadRow[]; now: Date; showStage: boolean }) {
  if (rows.length === 0) return <p className="muted">No leads match these filters.</p>;

  return (
    <table className="data">
      <thead>
        <tr>
          <th scope="col">Score</th>
          <th scope="col">Contact</th>
          <th scope="col">Form</th>
          <th scope="col">Application / polymer</th>
          <th scope="col">Country</th>
          <th scope="col">Source</th>
          {showStage ? <th scope="col">Stage</th> : null}
          <th scope="col">MQL age</th>
          <th scope="col">SLA</th>
          <th scope="col">Owner</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const [badgeClass, badgeText] = SLA_BADGE[slaState({ slaDueAt: row.slaDueAt, firstTouchAt: row.firstTouchAt, now })];
          return (
            <tr key={row.id}>
              <td className="score">{row.score}</td>
              <td>
                <Link href={`/leads/${row.id}`}>{row.contactName}</Link>
                <br />
                <span className="muted">{row.company}</span>
              </td>
              <td>{row.formName}</td>
              <td>
                {answerLabel("application", row.application)} / {answerLabel("polymer", row.polymer)}
              </td>
              <td>{row.country}</td>
              <td>{row.source}</td>
              {showStage ? <td className="stage">{row.stage}</td> : null}
              <td>{formatAge(row.mqlAt, now)}</td>
              <td>
                <span className={`badge ${badgeClass}`}>{badgeText}</span>
              </td>
              <td>{row.ownerName ?? <span className="muted">unassigned</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
