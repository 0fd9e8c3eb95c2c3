import type { Metadata } from "next";

import { LeadTable } from "@/components/leads/lead-table";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listLeads } from "@/lib/leads/queries/list-leads";
import { getSalesSettings } from "@/lib/settings/sales";

export const metadata: Metadata = { title: "MQL review" };

/** Marketing's review step of the MQL-first handoff: MQLs that wait for acceptance before sales sees them. */
export default async function ReviewPage() {
  const actor = await requireActor(["marketing", "admin"]);
  const db = await getDb();
  const now = new Date();
  const [rows, settings] = await Promise.all([
    listLeads({ db, actor, filters: { form: undefined, source: undefined }, scope: "review", now }),
    getSalesSettings(db),
  ]);

  return (
    <>
      <h1>MQL review</h1>
      <p className="muted">
        {settings.handoffMode === "mql_first"
          ? "New MQLs wait here until marketing accepts them for sales or sends them to nurture. Open a lead to decide."
          : "The handoff mode is not MQL-first, so new MQLs go straight on; leads listed here were held before the mode changed."}
      </p>
      <section className="panel">
        <LeadTable rows={rows} now={now} showStage={false} />
      </section>
    </>
  );
}
