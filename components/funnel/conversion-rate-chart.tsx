"use client";

import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";

import { formatCount } from "@/lib/metrics/format";
import { formatRate } from "@/lib/metrics/rates";

import { DataTable } from "./data-table";
import { CHART_COLORS } from "./palette";

export type ConversionRow = { label: string; mqls: number; sqls: number; rate: number | null };

const BAR_HEIGHT = 32;
// Longer group names are cut on the axis; the table below shows them whole.
const MAX_TICK_LENGTH = 26;

function shortenLabel(label: string): string {
  if (label.length <= MAX_TICK_LENGTH) return label;

  return `${label.slice(0, MAX_TICK_LENGTH - 1)}…`;
}

/** Horizontal bars of the MQL to SQL rate per group (form or source), with the counts in the table. */
export function ConversionRateChart({ rows, groupName }: { rows: ConversionRow[]; groupName: string }) {
  if (rows.length === 0) return <p className="muted">No lead became an MQL in this period.</p>;

  const data = rows.map((row) => ({ ...row, percent: (row.rate ?? 0) * 100, display: `${formatRate(row.rate)} of ${formatCount(row.mqls)}` }));
  const summary = data.map((row) => `${row.label} ${row.display}`).join(", ");

  return (
    <figure className="chart">
      <div role="img" aria-label={`Bar chart of the MQL to SQL rate by ${groupName.toLowerCase()}: ${summary}.`}>
        <BarChart
          responsive
          layout="vertical"
          style={{ width: "100%", height: 40 + BAR_HEIGHT * data.length }}
          data={data}
          margin={{ top: 0, right: 110, bottom: 0, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit="%" />
          <YAxis type="category" dataKey="label" width={180} tick={{ fontSize: 12 }} tickFormatter={shortenLabel} />
          <Bar dataKey="percent" name="MQL to SQL" fill={CHART_COLORS[2]} isAnimationActive={false}>
            <LabelList dataKey="display" position="right" />
          </Bar>
        </BarChart>
      </div>
      <DataTable
        caption={`MQL to SQL by ${groupName.toLowerCase()}`}
        columns={[groupName, "MQLs", "SQLs", "Rate"]}
        rows={rows.map((row) => [row.label, formatCount(row.mqls), formatCount(row.sqls), formatRate(row.rate)])}
        collapsed
      />
    </figure>
  );
}
