import { ATTRIBUTION_KEYS } from "@/lib/capture/attribution";
import type { LeadDetail } from "@/lib/leads/queries/lead-detail";
import { FIELD_LABELS } from "@/lib/forms/answer-labels";

import { answerLabel, formatDateTime } from "./format";

/** Every submission of the lead with its answers and where it came from. */
export function SubmissionList({ submissions, timeZone }: { submissions: LeadDetail["submissions"]; timeZone: string }) {
  return (
    <section className="panel" aria-labelledby="submissions-heading">
      <h2 id="submissions-heading">Submissions ({submissions.length})</h2>
      {submissions.map((submission) => (
        <article key={submission.id} className="submission">
          <h3>
            {submission.formName} <span className="muted">· {formatDateTime(submission.createdAt, timeZone)} · {submission.channel}</span>
          </h3>
          <dl className="facts">
            {Object.entries(submission.answers).map(([field, value]) => (
              <div key={field} style={{ display: "contents" }}>
                <dt>{FIELD_LABELS[field] ?? field}</dt>
                <dd>{answerLabel(field, value)}</dd>
              </div>
            ))}
            {ATTRIBUTION_KEYS.filter((key) => submission.attribution[key]).map((key) => (
              <div key={key} style={{ display: "contents" }}>
                <dt>{key}</dt>
                <dd data-attribution={key}>{submission.attribution[key]}</dd>
              </div>
            ))}
          </dl>
        </article>
      ))}
    </section>
  );
}
