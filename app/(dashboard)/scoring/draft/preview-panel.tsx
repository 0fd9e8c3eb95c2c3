import Link from "next/link";

import type { DraftPreview, PreviewExample } from "@/lib/scoring/preview";

function formatChange(points: number): string {
  const rounded = points.toFixed(1);

  return points > 0 ? `+${rounded}` : rounded;
}

function ExampleList({ id, title, count, examples }: { id: string; title: string; count: number; examples: PreviewExample[] }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {title}: {count}
      </h3>
      {examples.length > 0 ? (
        <ul>
          {examples.map((example) => (
            <li key={example.leadId}>
              <Link href={`/leads/${example.leadId}`}>{example.contactName}</Link> <span className="muted">({example.stage})</span>, score {example.activeScore} →{" "}
              {example.draftScore}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None.</p>
      )}
      {count > examples.length ? <p className="muted">Showing {examples.length} of {count}.</p> : null}
    </section>
  );
}

/** Shows what publishing the saved draft would change for the live leads, scored now under both models. */
export function PreviewPanel({ preview, activeVersion, draftVersion }: { preview: DraftPreview; activeVersion: number; draftVersion: number }) {
  return (
    <div className="preview" data-testid="draft-preview">
      <dl className="facts">
        <dt>Leads scored</dt>
        <dd>{preview.leadsScored}</dd>
        <dt>MQLs under the active model (version {activeVersion})</dt>
        <dd>{preview.mqlUnderActive}</dd>
        <dt>MQLs under the draft (version {draftVersion})</dt>
        <dd>{preview.mqlUnderDraft}</dd>
        <dt>Mean score change</dt>
        <dd>{formatChange(preview.meanScoreChange)} points</dd>
      </dl>
      <p className="muted">
        These counts compare whether each live lead, in any stage, qualifies under each model. Publishing changes no stage at once: the background rescoring
        later moves open new leads that qualify to MQL, and an MQL that no longer qualifies keeps its stage.
      </p>
      <div className="grid-2">
        <ExampleList id="become-mql" title="Would become MQL" count={preview.becomeMql.count} examples={preview.becomeMql.examples} />
        <ExampleList id="stop-being-mql" title="Would stop being MQL" count={preview.stopBeingMql.count} examples={preview.stopBeingMql.examples} />
      </div>
    </div>
  );
}
