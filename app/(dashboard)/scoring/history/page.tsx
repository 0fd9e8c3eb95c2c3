import type { Metadata } from "next";
import Link from "next/link";

import { ImportTable } from "@/components/scoring-history/import-table";
import { UploadWizard } from "@/components/scoring-history/upload-wizard";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { listImports } from "@/lib/scoring/history/imports";

import { deleteImportAction, importCsvAction, inspectCsvAction } from "./actions";
import "./history.css";

export const metadata: Metadata = { title: "Historical leads" };

export default async function HistoryPage() {
  const actor = await requireActor(["marketing", "admin"]);
  const imports = await listImports({ ctx: { db: await getDb(), actor } });
  if (!imports.ok) throw new Error(imports.error.message);

  return (
    <>
      <div className="history-header">
        <h1>Historical leads</h1>
        <Link href="/scoring">Back to scoring</Link>
      </div>
      <p className="muted">
        Import past leads with known outcomes from a CSV, back-test any model version on them, and get a suggested model. Imported leads are stored apart
        from live leads: they never appear in the lead lists, the MQL queue or the funnel.
      </p>

      <section className="panel" aria-labelledby="upload-heading">
        <h2 id="upload-heading">Import a CSV</h2>
        <UploadWizard inspectAction={inspectCsvAction} importAction={importCsvAction} />
      </section>

      <section className="panel" aria-labelledby="imports-heading">
        <h2 id="imports-heading">Imports</h2>
        <ImportTable imports={imports.value} deleteActionFor={(importId) => deleteImportAction.bind(null, importId)} />
      </section>
    </>
  );
}
