import type { Metadata } from "next";
import Link from "next/link";

import { ActionForm } from "@/components/leads/action-form";
import { formatDateTime } from "@/components/leads/format";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getActiveModel } from "@/lib/scoring/active-model";
import { findDraft, listModelVersions, type ModelVersionSummary } from "@/lib/scoring/versions/queries";

import { startDraftAction } from "./actions";
import { DiscardDraftButton } from "./discard-draft-button";
import { ImportModelForm } from "./import-model-form";
import "./scoring.css";

export const metadata: Metadata = { title: "Scoring model" };

type SearchParams = Record<string, string | string[] | undefined>;

function exportUrl(version: number): string {
  return `/api/scoring/models/${version}`;
}

/** Returns the notice after a publish or a discard, which redirect here with the version in the URL. */
function describeOutcome(params: SearchParams): string | null {
  const published = typeof params.published === "string" && /^\d+$/.test(params.published) ? params.published : null;
  if (published) return `Version ${published} is now the active model. New submissions are scored with it.`;
  const discarded = typeof params.discarded === "string" && /^\d+$/.test(params.discarded) ? params.discarded : null;
  if (discarded) return `Draft version ${discarded} was discarded.`;

  return null;
}

function CompareForm({ versions, a, b }: { versions: ModelVersionSummary[]; a: number; b: number }) {
  return (
    <form method="get" action="/scoring/compare" className="filters" aria-label="Compare versions">
      {[
        { name: "a", label: "Compare version", value: a },
        { name: "b", label: "with version", value: b },
      ].map((select) => (
        <label key={select.name}>
          {select.label}
          <select name={select.name} defaultValue={String(select.value)}>
            {versions.map((version) => (
              <option key={version.id} value={version.version}>
                {version.version} · {version.status} · {version.name}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit" className="button button--secondary">
        Compare
      </button>
    </form>
  );
}

/** Shows the scoring model's versions: the active one, the draft, imports, exports and the history. */
export default async function ScoringPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireActor(["marketing", "admin"]);
  const db = await getDb();
  const [active, draft, versions] = await Promise.all([getActiveModel(db), findDraft(db), listModelVersions(db)]);
  const activeSummary = versions.find((version) => version.version === active.version);
  const outcome = describeOutcome(await searchParams);
  const previous = versions.find((version) => version.status === "archived");
  const compareWith = draft?.version ?? previous?.version ?? active.version;

  return (
    <>
      <div className="scoring-header">
        <h1>Scoring model</h1>
        <Link href="/scoring/tuning">Rule outcomes and tuning</Link>
        <Link href="/scoring/history">Historical leads and back-tests</Link>
      </div>
      {outcome ? (
        <p className="notice" role="status">
          {outcome}
        </p>
      ) : null}

      <div className="grid-2">
        <section className="panel" aria-labelledby="active-heading">
          <h2 id="active-heading">Active model</h2>
          <dl className="facts">
            <dt>Name</dt>
            <dd>{active.document.name}</dd>
            <dt>Version</dt>
            <dd>{active.version}</dd>
            <dt>MQL threshold</dt>
            <dd>{active.document.mqlThreshold}</dd>
            <dt>Rules</dt>
            <dd>{active.document.rules.length}</dd>
            <dt>Published</dt>
            <dd>
              {formatDateTime(activeSummary?.publishedAt ?? null)} by {activeSummary?.publishedBy ?? "Pellet (default model)"}
            </dd>
            <dt>Note</dt>
            <dd>{activeSummary?.note ?? "The default polymer model that ships with Pellet."}</dd>
          </dl>
          <p>
            <a href={exportUrl(active.version)} download>
              Export the active model (version {active.version})
            </a>
          </p>
        </section>

        <section className="panel" aria-labelledby="draft-heading">
          <h2 id="draft-heading">Draft</h2>
          {draft ? (
            <>
              <dl className="facts">
                <dt>Name</dt>
                <dd>{draft.document.name}</dd>
                <dt>Version</dt>
                <dd>{draft.version}</dd>
                <dt>MQL threshold</dt>
                <dd>{draft.document.mqlThreshold}</dd>
                <dt>Rules</dt>
                <dd>{draft.document.rules.length}</dd>
                <dt>Last saved</dt>
                <dd>{formatDateTime(draft.updatedAt)}</dd>
              </dl>
              <p className="button-row">
                <Link href="/scoring/draft" className="button">
                  Edit the draft
                </Link>
                <Link href={`/scoring/compare?a=${active.version}&b=${draft.version}`}>Compare with the active model</Link>
                <a href={exportUrl(draft.version)} download>
                  Export the draft (version {draft.version})
                </a>
              </p>
              <DiscardDraftButton version={draft.version} />
            </>
          ) : (
            <>
              <p>There is no draft. Changes to the model are made in a draft, previewed against the live leads, then published.</p>
              <ActionForm action={startDraftAction} submitLabel="Start a draft from the active model" pendingLabel="Starting…" label="Start a draft" />
            </>
          )}
        </section>
      </div>

      <section className="panel" aria-labelledby="import-heading">
        <h2 id="import-heading">Import a model file</h2>
        <ImportModelForm hasDraft={draft !== null} />
      </section>

      <section className="panel" aria-labelledby="versions-heading">
        <h2 id="versions-heading">Versions</h2>
        <CompareForm versions={versions} a={active.version} b={compareWith} />
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Status</th>
              <th scope="col">Name</th>
              <th scope="col">Published</th>
              <th scope="col">By</th>
              <th scope="col">What changed</th>
              <th scope="col">Model file</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.id}>
                <td>{version.version}</td>
                <td>
                  <span className={`badge${version.status === "active" ? " badge--ok" : ""}`}>{version.status}</span>
                </td>
                <td>{version.name}</td>
                <td>{formatDateTime(version.publishedAt)}</td>
                <td>{version.status === "draft" ? "—" : (version.publishedBy ?? "Pellet (default model)")}</td>
                <td>{version.note ?? (version.status === "draft" ? "Not published yet." : "The default polymer model that ships with Pellet.")}</td>
                <td>
                  <a href={exportUrl(version.version)} download aria-label={`Export version ${version.version}`}>
                    Export
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
