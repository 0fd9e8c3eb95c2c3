import type { Metadata } from "next";
import Link from "next/link";

import { formatDateTime } from "@/components/leads/format";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getActiveModel } from "@/lib/scoring/active-model";
import { findDraft } from "@/lib/scoring/versions/queries";

import "../scoring.css";
import { DraftEditor } from "./draft-editor";

export const metadata: Metadata = { title: "Edit the scoring draft" };

export default async function DraftPage() {
  await requireActor(["marketing", "admin"]);
  const db = await getDb();
  const [draft, active] = await Promise.all([findDraft(db), getActiveModel(db)]);

  if (!draft) {
    return (
      <>
        <h1>Scoring draft</h1>
        <p>
          There is no draft to edit. <Link href="/scoring">Start one from the active model or import a model file</Link>.
        </p>
      </>
    );
  }

  return (
    <>
      <div className="scoring-header">
        <h1>Scoring draft, version {draft.version}</h1>
        <Link href="/scoring">All versions</Link>
        <Link href={`/scoring/compare?a=${active.version}&b=${draft.version}`}>Compare with the active model (version {active.version})</Link>
      </div>
      <p className="muted">Last saved {formatDateTime(draft.updatedAt)}. The active model stays in use until you publish.</p>
      <DraftEditor key={draft.version} version={draft.version} document={draft.document} activeVersion={active.version} />
    </>
  );
}
