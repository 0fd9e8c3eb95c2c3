import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { formatDateTime } from "@/components/leads/format";
import { BacktestPanel, type VersionOption } from "@/components/scoring-history/backtest-panel";
import { SuggestPanel } from "@/components/scoring-history/suggest-panel";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { formatCount } from "@/lib/metrics/format";
import { formatRate } from "@/lib/metrics/rates";
import { getImport } from "@/lib/scoring/history/imports";
import { listModelVersions, type ModelVersionSummary } from "@/lib/scoring/versions/queries";

import { backtestAction, suggestAction } from "../actions";
import "../history.css";

export const metadata: Metadata = { title: "Historical import" };

// The draft editor, where a suggested model can be reviewed and changed.
const DRAFT_HREF = "/scoring/draft";

/** Lists the versions to back-test: the active one first (the default), then the draft, then the archived ones, newest first. */
function toVersionOptions(versions: ModelVersionSummary[]): VersionOption[] {
  const order = { active: 0, draft: 1, archived: 2 } as const;
  const sorted = [...versions].sort((a, b) => order[a.status] - order[b.status] || b.version - a.version);

  return sorted.map((version) => ({
    value: version.status === "archived" ? String(version.version) : version.status,
    label: `${version.status === "archived" ? "Archived" : version.status === "active" ? "Active" : "Draft"}: version ${version.version}, ${version.name}`,
  }));
}

export default async function ImportPage({ params }: { params: Promise<{ importId: string }> }) {
  const actor = await requireActor(["marketing", "admin"]);
  const db = await getDb();
  const { importId } = await params;
  const found = await getImport({ ctx: { db, actor }, input: { importId } });
  if (!found.ok) notFound();
  const imported = found.value;
  const versions = await listModelVersions(db);
  const draft = versions.find((version) => version.status === "draft") ?? null;

  return (
    <>
      <div className="history-header">
        <h1>{imported.name}</h1>
        <Link href="/scoring/history">All imports</Link>
      </div>
      <p className="muted">These imported leads are stored apart from live leads: they never appear in the lead lists, the MQL queue or the funnel.</p>

      <section className="panel" aria-labelledby="import-heading">
        <h2 id="import-heading">Import</h2>
        <dl className="facts">
          <dt>Leads</dt>
          <dd>{formatCount(imported.rowCount)}</dd>
          <dt>Converted</dt>
          <dd>
            {formatCount(imported.positives)} ({formatRate(imported.rowCount === 0 ? null : imported.positives / imported.rowCount)})
          </dd>
          <dt>Outcome column</dt>
          <dd>{imported.outcomeColumn}</dd>
          <dt>Id column</dt>
          <dd>{imported.idColumn ?? "none: leads are named by line"}</dd>
          <dt>Attribute columns</dt>
          <dd>{imported.attributeColumns.join(", ")}</dd>
          <dt>Imported</dt>
          <dd>
            {formatDateTime(imported.createdAt)} by {imported.createdByName ?? "a deleted user"}
          </dd>
        </dl>
      </section>

      <section className="panel" aria-labelledby="backtest-heading">
        <h2 id="backtest-heading">Back-test a model version</h2>
        <BacktestPanel action={backtestAction.bind(null, imported.id)} versions={toVersionOptions(versions)} />
      </section>

      <section className="panel" aria-labelledby="suggest-heading">
        <h2 id="suggest-heading">Suggest a model from this import</h2>
        <p className="muted">
          Fits a points model to 70% of these leads and tests it on the other 30%, then saves it as the draft. Its rules read the imported columns.
        </p>
        <SuggestPanel action={suggestAction.bind(null, imported.id)} draft={draft ? { version: draft.version, name: draft.name } : null} draftHref={DRAFT_HREF} />
      </section>
    </>
  );
}
