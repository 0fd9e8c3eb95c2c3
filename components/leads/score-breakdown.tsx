import { DIMENSIONS, type ScoreBreakdown } from "@/lib/scoring/model";

/** The score rule by rule, with the dimension caps and the MQL gate, so a rep can see why. */
export function ScoreBreakdownPanel({ breakdown }: { breakdown: ScoreBreakdown }) {
  const cappedTotal = DIMENSIONS.reduce((sum, dimension) => sum + breakdown.capped[dimension], 0);

  return (
    <section className="panel" aria-labelledby="score-heading">
      <h2 id="score-heading">
        Score {breakdown.total} <span className="muted">/ MQL threshold {breakdown.threshold} · model version {breakdown.modelVersion}</span>
      </h2>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Rule</th>
            <th scope="col">Dimension</th>
            <th scope="col">Points</th>
          </tr>
        </thead>
        <tbody>
          {breakdown.fired.map((rule) => (
            <tr key={rule.ruleId}>
              <td>{rule.label}</td>
              <td>{rule.dimension}</td>
              <td className="score">{rule.points > 0 ? `+${rule.points}` : rule.points}</td>
            </tr>
          ))}
          {cappedTotal > 0 ? (
            <tr>
              <td>Above the dimension caps</td>
              <td>{DIMENSIONS.filter((dimension) => breakdown.capped[dimension] > 0).join(", ")}</td>
              <td className="score">−{cappedTotal}</td>
            </tr>
          ) : null}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{DIMENSIONS.map((dimension) => `${dimension} ${breakdown.dimensions[dimension]}`).join(" · ")}</td>
            <td className="score">{breakdown.total}</td>
          </tr>
        </tfoot>
      </table>
      <p>
        Qualification answers:{" "}
        {breakdown.gate.passed ? "all present." : <strong>missing {breakdown.gate.missing.join(", ")}.</strong>}
        {breakdown.disqualifiedBy ? ` Disqualified by the model: ${breakdown.disqualifiedBy.reason}.` : null}
      </p>
    </section>
  );
}
