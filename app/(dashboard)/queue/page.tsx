import type { Metadata } from "next";

import { LeadFilterBar } from "@/components/leads/lead-filters";
import { LeadTable } from "@/components/leads/lead-table";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { parseLeadFilters } from "@/lib/leads/queries/filters";
import { loadFilterOptions } from "@/lib/leads/queries/filter-options";
import { listLeads } from "@/lib/leads/queries/list-leads";

export const metadata: Metadata = { title: "MQL queue" };

/** MQLs to work, highest score first, then the longest waiting. */
export default async function QueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const db = await getDb();
  const filters = parseLeadFilters(await searchParams);
  const now = new Date();
  const [rows, options] = await Promise.all([listLeads({ db, actor, filters, scope: "queue", now }), loadFilterOptions(db, actor)]);

  return (
    <>
      <h1>MQL queue</h1>
      <p className="muted">
        {actor.role === "rep" ? "Unassigned MQLs and your own, " : "Every MQL, "}
        by score, then by how long each has waited. Open a lead to claim it.
      </p>
      <LeadFilterBar filters={filters} forms={options.forms} owners={options.owners} showStage={false} />
      <section className="panel">
        <LeadTable rows={rows} now={now} showStage={false} />
      </section>
    </>
  );
}
