import type { Metadata } from "next";

import { formatDateTime } from "@/components/leads/format";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { getActiveModel } from "@/lib/scoring/active-model";
import { buildDefinitions } from "@/lib/scoring/definitions";
import { listModelVersions } from "@/lib/scoring/versions/queries";

export const metadata: Metadata = { title: "Definitions" };

/** What makes an MQL and an SQL right now, in plain words, for every role. */
export default async function DefinitionsPage() {
  await requireActor();
  const db = await getDb();
  const [active, versions] = await Promise.all([getActiveModel(db), listModelVersions(db)]);
  const definitions = buildDefinitions(active.document);
  const published = versions.filter((version) => version.status !== "draft");

  return (
    <>
      <h1>Lead definitions</h1>
      <p className="muted">
        Generated from scoring model version {active.version} ({active.document.name}) and the sales checklist, so they always match what Pellet enforces.
      </p>

      <section className="panel" aria-labelledby="mql-heading">
        <h2 id="mql-heading">Marketing Qualified Lead (MQL)</h2>
        <p>
          A lead becomes an MQL when its score reaches <strong>{definitions.mql.threshold}</strong> and it has answered:{" "}
          {definitions.mql.requiredAnswers.length > 0 ? definitions.mql.requiredAnswers.join(", ") : "nothing further"}.
        </p>
        <h3>Points for</h3>
        <ul>
          {definitions.mql.pointsFor.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {definitions.mql.pointsAgainst.length > 0 ? (
          <>
            <h3>Points against</h3>
            <ul>
              {definitions.mql.pointsAgainst.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : null}
        {definitions.mql.disqualifiers.length > 0 ? (
          <>
            <h3>Disqualified at once</h3>
            <ul>
              {definitions.mql.disqualifiers.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : null}
        <p className="muted">
          {definitions.mql.caps.join("; ")}. {definitions.mql.decay}
        </p>
      </section>

      <section className="panel" aria-labelledby="sql-heading">
        <h2 id="sql-heading">Sales Qualified Lead (SQL)</h2>
        <p>A rep marks an MQL as an SQL only when every item of the checklist is confirmed:</p>
        <ol>
          {definitions.sql.items.map((item) => (
            <li key={item.label}>
              <strong>{item.label}</strong>: {item.hint}
            </li>
          ))}
        </ol>
      </section>

      <section className="panel" aria-labelledby="history-heading">
        <h2 id="history-heading">History of changes</h2>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Status</th>
              <th scope="col">Published</th>
              <th scope="col">By</th>
              <th scope="col">What changed</th>
            </tr>
          </thead>
          <tbody>
            {published.map((version) => (
              <tr key={version.id}>
                <td>{version.version}</td>
                <td>{version.status}</td>
                <td>{formatDateTime(version.publishedAt)}</td>
                <td>{version.publishedBy ?? "Pellet (default model)"}</td>
                <td>{version.note ?? "The default polymer model that ships with Pellet."}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
