import type { Metadata } from "next";
import Link from "next/link";

import { DIMENSION_LABELS } from "@/components/scoring/labels";
import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { diffModels, type ValueChange } from "@/lib/scoring/diff";
import { describeCondition } from "@/lib/scoring/definitions";
import { DIMENSIONS } from "@/lib/scoring/model";
import { findModelVersion } from "@/lib/scoring/versions/queries";

import "../scoring.css";
import {
  describeDisqualifierField,
  describeGateField,
  describeRule,
  describeRuleField,
  DISQUALIFIER_FIELD_NAMES,
  GATE_FIELD_NAMES,
  RULE_FIELD_NAMES,
} from "./describe";
import { ListDiffSection } from "./list-diff-section";

export const metadata: Metadata = { title: "Compare scoring models" };

type SearchParams = Record<string, string | string[] | undefined>;

function parseVersion(value: string | string[] | undefined): number | null {
  const text = Array.isArray(value) ? value[0] : value;

  return text !== undefined && /^\d{1,9}$/.test(text) ? Number(text) : null;
}

function SettingRow<T>({ name, change, format }: { name: string; change: ValueChange<T>; format: (value: T) => string }) {
  return (
    <tr className={change.changed ? "diff-changed" : undefined}>
      <th scope="row">{name}</th>
      <td>{format(change.before)}</td>
      <td>{format(change.after)}</td>
      <td>{change.changed ? <span className="badge">changed</span> : <span className="muted">same</span>}</td>
    </tr>
  );
}

function CompareProblem({ message }: { message: string }) {
  return (
    <>
      <h1>Compare scoring models</h1>
      <p className="form-error" role="alert">
        {message}
      </p>
      <p>
        <Link href="/scoring">Choose two versions on the scoring page</Link>.
      </p>
    </>
  );
}

/** Shows two model versions side by side: settings, gate, disqualifiers and rules, with what changed from version a to version b. */
export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireActor(["marketing", "admin"]);
  const params = await searchParams;
  const a = parseVersion(params.a);
  const b = parseVersion(params.b);
  if (a === null || b === null) return <CompareProblem message="Choose two versions to compare: the address needs ?a=VERSION&b=VERSION." />;

  const db = await getDb();
  const [before, after] = await Promise.all([findModelVersion(db, a), findModelVersion(db, b)]);
  if (!before || !after) return <CompareProblem message={`There is no scoring model version ${!before ? a : b}.`} />;

  const diff = diffModels({ before: before.document, after: after.document });
  const versions = { a, b };
  const formatCap = (cap: number | undefined) => (cap === undefined ? "no cap" : String(cap));

  return (
    <>
      <div className="scoring-header">
        <h1>
          Version {a} → version {b}
        </h1>
        <Link href="/scoring">All versions</Link>
      </div>
      <p className="muted">
        Version {a}: {before.document.name} ({before.status}). Version {b}: {after.document.name} ({after.status}).{" "}
        {diff.changeCount === 0 ? "The two score every lead alike." : `${diff.changeCount} changes.`}
      </p>

      <section className="panel" aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">Version {a}</th>
              <th scope="col">Version {b}</th>
              <th scope="col">
                <span className="visually-hidden">Changed</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <SettingRow name="Name" change={diff.name} format={String} />
            <SettingRow name="MQL threshold" change={diff.mqlThreshold} format={String} />
            {DIMENSIONS.map((dimension) => (
              <SettingRow key={dimension} name={`${DIMENSION_LABELS[dimension]} cap`} change={diff.dimensionCaps[dimension]} format={formatCap} />
            ))}
            <SettingRow name="Engagement half-life" change={diff.engagementHalfLifeDays} format={(days) => `${days} days`} />
          </tbody>
        </table>
      </section>

      <ListDiffSection
        id="gate-heading"
        title="Minimum information (gate)"
        diff={diff.gate}
        fieldNames={GATE_FIELD_NAMES}
        describeField={describeGateField}
        summarize={(item) => `any of ${describeGateField(item, "anyOf")}`}
        versions={versions}
      />
      <ListDiffSection
        id="disqualifiers-heading"
        title="Hard disqualifiers"
        diff={diff.disqualifiers}
        fieldNames={DISQUALIFIER_FIELD_NAMES}
        describeField={describeDisqualifierField}
        summarize={(item) => `“${item.reason}” when ${describeCondition(item.when)}`}
        versions={versions}
      />
      <ListDiffSection
        id="rules-heading"
        title="Rules"
        diff={diff.rules}
        fieldNames={RULE_FIELD_NAMES}
        describeField={describeRuleField}
        summarize={describeRule}
        versions={versions}
      />
    </>
  );
}
