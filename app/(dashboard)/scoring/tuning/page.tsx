import type { Metadata } from "next";
import Link from "next/link";

import { requireActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { formatRate } from "@/lib/metrics/rates";
import { getActiveModel } from "@/lib/scoring/active-model";
import { loadRuleStats } from "@/lib/scoring/rule-stats";

import "../scoring.css";
import { loadOverallOutcomes } from "./overall-outcomes";
import { flagRule, MIN_MQLS_FOR_FLAG, parseSort, sortRules, SORT_KEYS } from "./rule-flags";

export const metadata: Metadata = { title: "Scoring rule outcomes" };

/** Lists each rule's fired leads and what became of them, to find the rules that send sales the wrong leads. */
export default async function TuningPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireActor(["marketing", "admin"]);
  const db = await getDb();
  const sort = parseSort(await searchParams);
  const [stats, overall, active] = await Promise.all([loadRuleStats(db), loadOverallOutcomes(db), getActiveModel(db)]);
  const rules = sortRules(stats, sort);
  const activeRuleIds = new Set(active.document.rules.map((rule) => rule.id));

  return (
    <>
      <div className="scoring-header">
        <h1>Rule outcomes</h1>
        <Link href="/scoring">Scoring model</Link>
      </div>
      <p>
        For each rule in the leads&apos; current scores: how many leads it fired on, how many of those became MQLs, and of those MQLs the share that became
        SQLs, were rejected back to marketing, or were won. Overall, {overall.mqls} leads reached MQL: {formatRate(overall.sqlRate)} became SQLs,{" "}
        {formatRate(overall.rejectionRate)} were rejected and {formatRate(overall.winRate)} were won.
      </p>
      <p>
        A rule is marked <span className="badge badge--overdue">weak</span> when it has at least {MIN_MQLS_FOR_FLAG} MQLs and either its SQL rate is below half
        the overall SQL rate ({formatRate(overall.sqlRate === null ? null : overall.sqlRate / 2)}) or its rejection rate is above twice the overall rejection
        rate ({formatRate(overall.rejectionRate === null ? null : overall.rejectionRate * 2)}).
      </p>

      <form method="get" className="filters" aria-label="Sort rules">
        <label>
          Sort by
          <select name="sort" defaultValue={sort.key}>
            {Object.entries(SORT_KEYS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Order
          <select name="order" defaultValue={sort.order}>
            <option value="desc">Highest first</option>
            <option value="asc">Lowest first</option>
          </select>
        </label>
        <button type="submit" className="button button--secondary">
          Sort
        </button>
      </form>

      <section className="panel" aria-labelledby="rules-heading">
        <h2 id="rules-heading">Rules</h2>
        {rules.length === 0 ? (
          <p>No lead has a stage history with a fired rule yet.</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Fired</th>
                <th scope="col">MQLs</th>
                <th scope="col">SQL rate</th>
                <th scope="col">Rejection rate</th>
                <th scope="col">Win rate</th>
              </tr>
            </thead>
            <tbody>
              {rules.map((rule) => {
                const flags = flagRule(rule, overall);
                return (
                  <tr key={rule.ruleId}>
                    <th scope="row">
                      {rule.label} <span className="muted rule-id">{rule.ruleId}</span>{" "}
                      {flags.length > 0 ? <span className="badge badge--overdue">weak: {flags.join(", ")}</span> : null}{" "}
                      {activeRuleIds.has(rule.ruleId) ? null : <span className="badge">not in the active model</span>}
                    </th>
                    <td>{rule.fired}</td>
                    <td>{rule.mqls}</td>
                    <td>{formatRate(rule.sqlRate)}</td>
                    <td>{formatRate(rule.rejectionRate)}</td>
                    <td>{formatRate(rule.winRate)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
