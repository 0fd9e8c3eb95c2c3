"use client";

import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";

import { formatCount } from "@/lib/metrics/format";
import { STAGE_LABELS } from "@/lib/metrics/labels";
import type { StageEntries } from "@/lib/metrics/stage-entries";

import { DataTable } from "./data-table";
import { CHART_COLORS } from "./palette";

export function StageEntriesChart({ entries }: { entries: StageEntries }) {
  const data = entries.map((entry) => ({ label: STAGE_LABELS[entry.stage], entries: entry.entries }));
  const summary = data.map((row) => `${row.label} ${formatCount(row.entries)}`).join(", ");

  return (
    <figure className="chart">
      <div role="img" aria-label={`Bar chart of stage entries: ${summary}.`}>
        <BarChart responsive style={{ width: "100%", height: 260 }} data={data} margin={{ top: 20, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} width={48} />
          <Bar dataKey="entries" name="Stage entries" fill={CHART_COLORS[0]} isAnimationActive={false}>
            <LabelList dataKey="entries" position="top" formatter={(value) => (typeof value === "number" ? formatCount(value) : value)} />
          </Bar>
        </BarChart>
      </div>
      <p className="muted">Stage changes in the period by the stage entered. A lead that enters a stage again, after nurture, counts again.</p>
      <DataTable
        caption="Stage entries in the period"
        columns={["Stage", "Entries"]}
        rows={data.map((row) => [row.label, formatCount(row.entries)])}
        collapsed
      />
    </figure>
  );
}
