import { ActionForm } from "@/components/leads/action-form";
import { OptionSelect } from "@/components/leads/option-select";
import type { User } from "@/lib/db/schema";
import type { LeadDetail } from "@/lib/leads/queries/lead-detail";
import { CHECKLIST_ITEMS, CHECKLIST_NOTE_MAX } from "@/lib/qualification/checklist";
import { ACTIVITY_OUTCOMES, ACTIVITY_TYPES, DISQUALIFICATION_REASONS, LOST_REASONS, REJECTION_REASONS } from "@/lib/qualification/reasons";

import {
  advanceAction,
  assignAction,
  claimAction,
  disqualifyAction,
  logActivityAction,
  rejectAction,
  reviewAction,
  saveChecklistAction,
} from "./actions";

type Props = {
  detail: LeadDetail;
  canClaim: boolean;
  // Marketing's review of an MQL held under the MQL-first handoff.
  canReview: boolean;
  // Active reps and managers, when the viewer may assign the lead.
  assignees: Pick<User, "id" | "name">[] | null;
};

const ACTIVITY_TYPE_OPTIONS = ACTIVITY_TYPES.map((type) => ({ value: type.id, label: type.label }));
const ACTIVITY_OUTCOME_OPTIONS = ACTIVITY_OUTCOMES.map((outcome) => ({ value: outcome.id, label: outcome.label }));

/** Map reasons to select options, where "Other" shows that it needs a note. */
function reasonOptions(reasons: readonly { id: string; label: string }[]) {
  return reasons.map((reason) => ({ value: reason.id, label: reason.id === "other" ? "Other (add a note)" : reason.label }));
}

/** Render the rep's tools on a lead (claim, touches, checklist, SQL, disqualify, later stages), each only for those allowed to use it. */
export function LeadActions({ detail, canClaim, canReview, assignees }: Props) {
  const { lead } = detail;
  const open = lead.stage === "new" || lead.stage === "mql" || lead.stage === "sql" || lead.stage === "opportunity";

  return (
    <>
      {canReview && lead.stage === "mql" && lead.handoff === "review" ? (
        <section className="panel">
          <h2>Marketing review</h2>
          <p className="muted">This MQL waits for marketing before it reaches the sales queue.</p>
          <ActionForm action={reviewAction.bind(null, lead.id, "accept")} submitLabel="Accept for sales" label="Accept for sales" />
          <ActionForm action={reviewAction.bind(null, lead.id, "nurture")} submitLabel="Send to nurture" label="Send to nurture" variant="secondary" />
        </section>
      ) : null}

      {canClaim ? (
        <section className="panel">
          <ActionForm action={claimAction.bind(null, lead.id)} submitLabel="Claim this lead" label="Claim lead" />
        </section>
      ) : null}

      {assignees ? (
        <section className="panel">
          <h2>Owner</h2>
          <ActionForm action={assignAction.bind(null, lead.id)} submitLabel="Assign" label="Assign owner" variant="secondary">
            <div className="field">
              <label htmlFor="ownerId">Assign to</label>
              <select id="ownerId" name="ownerId" defaultValue={lead.ownerId ?? ""}>
                <option value="">Choose…</option>
                {assignees.map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name}
                  </option>
                ))}
              </select>
            </div>
          </ActionForm>
        </section>
      ) : null}

      {detail.canWork && open ? (
        <section className="panel">
          <h2>Log a touch</h2>
          <ActionForm action={logActivityAction.bind(null, lead.id)} submitLabel="Log activity" label="Log activity">
            <OptionSelect id="activity-type" name="type" label="Type" options={ACTIVITY_TYPE_OPTIONS} defaultValue="call" />
            <OptionSelect id="activity-outcome" name="outcome" label="Outcome" options={ACTIVITY_OUTCOME_OPTIONS} emptyLabel="—" />
            <div className="field">
              <label htmlFor="activity-note">Note</label>
              <textarea id="activity-note" name="note" rows={2} maxLength={2000} />
            </div>
          </ActionForm>
        </section>
      ) : null}

      {detail.canWork && (lead.stage === "mql" || lead.stage === "sql") ? (
        <section className="panel">
          <h2>Qualification checklist</h2>
          <ActionForm
            action={saveChecklistAction.bind(null, lead.id)}
            submitLabel="Save checklist"
            label="Qualification checklist"
            variant="secondary"
            extraButtons={
              lead.stage === "mql" ? (
                <button type="submit" name="intent" value="qualify" className="button">
                  Save and mark as SQL
                </button>
              ) : null
            }
          >
            {CHECKLIST_ITEMS.map((item) => {
              const entry = lead.checklist[item.id];
              return (
                <div key={item.id} className="checklist-item">
                  <input type="checkbox" id={`check-${item.id}`} name={`${item.id}.confirmed`} defaultChecked={entry?.confirmed ?? false} />
                  <label htmlFor={`check-${item.id}`}>
                    <strong>{item.label}</strong> <span className="muted">{item.hint}</span>
                  </label>
                  <input
                    type="text"
                    name={`${item.id}.note`}
                    aria-label={`${item.label} note`}
                    maxLength={CHECKLIST_NOTE_MAX}
                    defaultValue={entry?.note ?? ""}
                    placeholder="Short note"
                  />
                </div>
              );
            })}
          </ActionForm>
        </section>
      ) : null}

      {detail.canWork && (lead.stage === "sql" || lead.stage === "opportunity") ? (
        <section className="panel">
          <h2>Deal stage</h2>
          <ActionForm action={advanceAction.bind(null, lead.id)} submitLabel="Update stage" label="Deal stage" variant="secondary">
            <div className="field">
              <label htmlFor="advance-to">Move to</label>
              <select id="advance-to" name="to" defaultValue={lead.stage === "sql" ? "opportunity" : "won"}>
                {lead.stage === "sql" ? <option value="opportunity">Opportunity</option> : <option value="won">Won</option>}
                <option value="lost">Lost</option>
              </select>
            </div>
            <OptionSelect id="lost-reason" name="lostReason" label="Lost reason (when lost)" options={reasonOptions(LOST_REASONS)} emptyLabel="—" />
            <div className="field">
              <label htmlFor="advance-note">Note</label>
              <input id="advance-note" name="note" type="text" maxLength={1000} />
            </div>
          </ActionForm>
        </section>
      ) : null}

      {detail.canWork && lead.stage === "mql" ? (
        <section className="panel">
          <h2>Hand back to marketing</h2>
          <ActionForm action={rejectAction.bind(null, lead.id)} submitLabel="Reject MQL" label="Reject MQL to marketing" variant="secondary">
            <OptionSelect id="reject-reason" name="reason" label="Why it is not ready for sales" options={reasonOptions(REJECTION_REASONS)} emptyLabel="Choose…" />
            <div className="field">
              <label htmlFor="reject-note">Note</label>
              <input id="reject-note" name="note" type="text" maxLength={1000} />
            </div>
          </ActionForm>
        </section>
      ) : null}

      {detail.canWork && open ? (
        <section className="panel">
          <h2>Disqualify or nurture</h2>
          <ActionForm action={disqualifyAction.bind(null, lead.id)} submitLabel="Disqualify" label="Disqualify lead" variant="danger">
            <OptionSelect id="dq-reason" name="reason" label="Reason" options={reasonOptions(DISQUALIFICATION_REASONS)} emptyLabel="Choose…" />
            <div className="field">
              <label htmlFor="dq-note">Note</label>
              <input id="dq-note" name="note" type="text" maxLength={1000} />
            </div>
            <div className="field">
              <label htmlFor="dq-nurture">Send to nurture until (optional)</label>
              <input id="dq-nurture" name="nurtureUntil" type="date" />
            </div>
          </ActionForm>
        </section>
      ) : null}
    </>
  );
}
