"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";

import { formatCount } from "@/lib/metrics/format";
import type { DailyLeads } from "@/lib/metrics/stage-entries";

import { DataTable } from "./data-table";
import { CHART_COLORS } from "./palette";

export function DailyLeadsChart({ days }: { days: DailyLeads }) {
  const totalLeads = days.reduce((sum, day) => sum + day.newLeads, 0);
  const totalMqls = days.reduce((sum, day) => sum + day.newMqls, 0);
  const summary = `${formatCount(totalLeads)} new leads and ${formatCount(totalMqls)} new MQLs over ${days.length} days`;

  return (
    <figure className="chart">
      <div role="img" aria-label={`Line chart of new leads and MQLs per day: ${summary}. The daily numbers are in the table below.`}>
        <LineChart responsive style={{ width: "100%", height: 260 }} data={days} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tick={{ fontSize: 12 }} minTickGap={24} />
          <YAxis allowDecimals={false} width={48} />
          <Tooltip />
          <Legend />
          <Line type="monotone" dataKey="newLeads" name="New leads" stroke={CHART_COLORS[0]} dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="newMqls" name="New MQLs" stroke={CHART_COLORS[1]} dot={false} isAnimationActive={false} />
        </LineChart>
      </div>
      <p className="muted">{summary}.</p>
      <DataTable
        caption="New leads and MQLs per day"
        columns={["Day", "New leads", "New MQLs"]}
        rows={days.map((day) => [day.day, formatCount(day.newLeads), formatCount(day.newMqls)])}
        collapsed
      />
    </figure>
  );
}
