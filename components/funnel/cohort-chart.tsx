"use client";

import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";

import type { CohortConversion } from "@/lib/metrics/cohort";
import { formatCount } from "@/lib/metrics/format";
import { STAGE_LABELS } from "@/lib/metrics/labels";
import { formatRate } from "@/lib/metrics/rates";

import { DataTable } from "./data-table";
import { CHART_COLORS } from "./palette";

export function CohortChart({ cohort }: { cohort: CohortConversion }) {
  const data = cohort.steps.map((step) => ({
    label: STAGE_LABELS[step.stage],
    leads: step.leads,
    display: step.stepRate === null ? formatCount(step.leads) : `${formatCount(step.leads)} (${formatRate(step.stepRate)})`,
  }));
  const created = cohort.steps[0]!.leads;
  const sqls = cohort.steps.find((step) => step.stage === "sql")!.leads;
  const won = cohort.steps.at(-1)!.leads;
  const summary = data.map((row) => `${row.label} ${row.display}`).join(", ");

  return (
    <figure className="chart">
      <p>
        Of <strong>{formatCount(created)}</strong> leads created in the period, <strong>{formatCount(sqls)}</strong>{" "}
        reached SQL and <strong>{formatCount(won)}</strong> were won (overall {formatRate(cohort.overallRate)}).
      </p>
      <div role="img" aria-label={`Bar chart of how many leads created in the period reached each stage: ${summary}.`}>
        <BarChart responsive layout="vertical" style={{ width: "100%", height: 240 }} data={data} margin={{ top: 0, right: 120, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={96} />
          <Bar dataKey="leads" name="Leads" fill={CHART_COLORS[0]} isAnimationActive={false}>
            <LabelList dataKey="display" position="right" />
          </Bar>
        </BarChart>
      </div>
      <DataTable
        caption="Conversion of the leads created in the period"
        columns={["Stage", "Leads", "Rate from previous stage"]}
        rows={cohort.steps.map((step) => [STAGE_LABELS[step.stage], formatCount(step.leads), step.stepRate === null ? "" : formatRate(step.stepRate)])}
      />
    </figure>
  );
}
