import type { Metadata } from "next";
import Link from "next/link";

import { LeadFilterBar } from "@/components/leads/lead-filters";
import { LeadTable } from "@/components/leads/lead-table";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { parseLeadFilters } from "@/lib/leads/queries/filters";
import { loadFilterOptions } from "@/lib/leads/queries/filter-options";
import { listLeads, PAGE_SIZE } from "@/lib/leads/queries/list-leads";

export const metadata: Metadata = { title: "Leads" };

type SearchParams = Record<string, string | string[] | undefined>;

function queryString(params: SearchParams, overrides: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, ...overrides })) {
    const single = Array.isArray(value) ? value[0] : value;
    if (single) query.set(key, single);
  }

  return query.toString();
}

export default async function LeadsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const db = await getDb();
  const params = await searchParams;
  const filters = parseLeadFilters(params);
  const page = filters.page ?? 1;
  const now = new Date();
  const [rows, options] = await Promise.all([listLeads({ db, actor, filters, scope: "all", now }), loadFilterOptions(db, actor)]);

  return (
    <>
      <h1>Leads</h1>
      <LeadFilterBar filters={filters} forms={options.forms} owners={options.owners} showStage />
      <p>
        <a href={`/api/leads/export?${queryString(params, { page: undefined })}`} className="button button--secondary" download>
          Export CSV
        </a>
      </p>
      <section className="panel">
        <LeadTable rows={rows} now={now} showStage />
        <nav aria-label="Pages" className="filters">
          {page > 1 ? <Link href={`/leads?${queryString(params, { page: String(page - 1) })}`}>Previous</Link> : null}
          <span className="muted">Page {page}</span>
          {rows.length === PAGE_SIZE ? <Link href={`/leads?${queryString(params, { page: String(page + 1) })}`}>Next</Link> : null}
        </nav>
      </section>
    </>
  );
}
