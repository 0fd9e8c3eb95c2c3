"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";

import type { DisqualificationCount } from "@/lib/metrics/disqualification";
import { formatCount } from "@/lib/metrics/format";
import { labelDisqualificationReason } from "@/lib/metrics/labels";

import { DataTable } from "./data-table";
import { pickColor } from "./palette";

// Data key for events without a reason code; reason ids are snake_case, so it cannot clash with one.
const NO_CODE_KEY = "No reason code";

/** Stacked bars: one bar per source, one stack segment per reason code. */
export function DisqualificationChart({ rows }: { rows: DisqualificationCount[] }) {
  if (rows.length === 0) return <p className="muted">No lead was disqualified in this period.</p>;

  const reasonKeys = [...new Set(rows.map((row) => row.reasonCode ?? NO_CODE_KEY))];
  const sources = [...new Set(rows.map((row) => row.source))];
  const data = sources.map((source) => {
    const bar: Record<string, string | number> = { source };
    for (const row of rows.filter((candidate) => candidate.source === source)) bar[row.reasonCode ?? NO_CODE_KEY] = row.disqualified;
    return bar;
  });
  const summary = rows.map((row) => `${row.source}, ${labelDisqualificationReason(row.reasonCode)}: ${formatCount(row.disqualified)}`).join("; ");

  return (
    <figure className="chart">
      <div role="img" aria-label={`Stacked bar chart of disqualifications by source and reason: ${summary}.`}>
        <BarChart responsive style={{ width: "100%", height: 300 }} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="source" interval={0} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} width={48} />
          <Tooltip />
          <Legend />
          {reasonKeys.map((key, index) => (
            <Bar
              key={key}
              dataKey={key}
              name={labelDisqualificationReason(key === NO_CODE_KEY ? null : key)}
              stackId="reasons"
              fill={pickColor(index)}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </div>
      <DataTable
        caption="Disqualifications by source and reason"
        columns={["Source", "Reason", "Disqualified"]}
        rows={rows.map((row) => [row.source, labelDisqualificationReason(row.reasonCode), formatCount(row.disqualified)])}
        collapsed
      />
    </figure>
  );
}
