"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from "recharts";

import { DataTable } from "@/components/funnel/data-table";
import { CHART_COLORS } from "@/components/funnel/palette";
import { formatCount } from "@/lib/metrics/format";
import { formatRate } from "@/lib/metrics/rates";
import type { ScoreBand } from "@/lib/scoring/analytics/bands";

import { formatLift, formatScoreRange } from "./format";

const CHART_HEIGHT = 280;

/**
 * Columns of the conversion rate per score band, highest scores on the
 * left, each labelled with its lift, and a line at the overall rate. The
 * band table below is the chart's text alternative.
 */
export function BandChart({ bands, overallRate }: { bands: ScoreBand[]; overallRate: number }) {
  if (bands.length === 0) return <p className="muted">No leads to put in bands.</p>;

  const data = bands.map((band) => ({
    label: formatScoreRange(band),
    percent: band.conversionRate * 100,
    display: `${formatRate(band.conversionRate)} (${formatLift(band.lift)})`,
  }));
  const summary = bands.map((band) => `scores ${formatScoreRange(band)}: ${formatRate(band.conversionRate)}, lift ${formatLift(band.lift)}`).join("; ");

  return (
    <figure className="history-chart">
      <div role="img" aria-label={`Bar chart of the conversion rate per score band against the overall ${formatRate(overallRate)}: ${summary}.`}>
        <BarChart responsive style={{ width: "100%", height: CHART_HEIGHT }} data={data} margin={{ top: 24, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" label={{ value: "Score band", position: "insideBottom", offset: -4 }} height={40} />
          <YAxis unit="%" domain={[0, 100]} width={48} />
          <ReferenceLine y={overallRate * 100} stroke={CHART_COLORS[1]} strokeDasharray="4 4" label={{ value: `overall ${formatRate(overallRate)}`, position: "insideTopRight" }} />
          <Bar dataKey="percent" name="Conversion rate" fill={CHART_COLORS[0]} maxBarSize={96} isAnimationActive={false}>
            <LabelList dataKey="display" position="top" />
          </Bar>
        </BarChart>
      </div>
      <figcaption className="muted">Conversion rate per score band; the label gives the rate and the lift over the overall rate.</figcaption>
      <DataTable
        caption="Score bands from the highest scores down"
        columns={["Scores", "Leads", "Converted", "Conversion rate", "Lift"]}
        rows={bands.map((band) => [formatScoreRange(band), formatCount(band.count), formatCount(band.conversions), formatRate(band.conversionRate), formatLift(band.lift)])}
      />
    </figure>
  );
}
