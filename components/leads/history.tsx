import type { LeadDetail } from "@/lib/leads/queries/lead-detail";
import { ACTIVITY_OUTCOMES, ACTIVITY_TYPES } from "@/lib/qualification/reasons";

import { formatDateTime } from "./format";

export function StageHistory({ events, timeZone }: { events: LeadDetail["stageHistory"]; timeZone: string }) {
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">Stage history</h2>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">By</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td>{formatDateTime(event.occurredAt, timeZone)}</td>
              <td>{event.fromStage ?? "—"}</td>
              <td className="stage">{event.toStage}</td>
              <td>{event.actorType === "system" ? "Pellet" : (event.actorName ?? "—")}</td>
              <td>{event.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ActivityLog({ activities, timeZone }: { activities: LeadDetail["activities"]; timeZone: string }) {
  const typeLabel = (id: string) => ACTIVITY_TYPES.find((type) => type.id === id)?.label ?? id;
  const outcomeLabel = (id: string | null) => (id ? (ACTIVITY_OUTCOMES.find((outcome) => outcome.id === id)?.label ?? id) : "—");

  return (
    <section className="panel" aria-labelledby="activity-heading">
      <h2 id="activity-heading">Activity</h2>
      {activities.length === 0 ? <p className="muted">No activity logged yet.</p> : null}
      <ul className="activity-log">
        {activities.map((activity) => (
          <li key={activity.id}>
            <strong>{typeLabel(activity.type)}</strong> · {outcomeLabel(activity.outcome)} · {formatDateTime(activity.occurredAt, timeZone)} · {activity.userName}
            {activity.note ? <p>{activity.note}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
