import { formatCount, formatMinutes } from "@/lib/metrics/format";
import { formatRate } from "@/lib/metrics/rates";
import type { SlaCompliance, SpeedToLead } from "@/lib/metrics/speed-to-lead";

export function SpeedToLeadFigures({ speed }: { speed: SpeedToLead }) {
  return (
    <>
      <dl className="figures">
        <div>
          <dt>Median</dt>
          <dd>{formatMinutes(speed.medianMinutes)}</dd>
        </div>
        <div>
          <dt>90th percentile</dt>
          <dd>{formatMinutes(speed.p90Minutes)}</dd>
        </div>
        <div>
          <dt>Untouched so far</dt>
          <dd>{formatCount(speed.untouched)}</dd>
        </div>
      </dl>
      <p className="muted">
        Time from becoming an MQL to the first touch, over the {formatCount(speed.touched)} touched of {formatCount(speed.mqls)} MQLs
        of the period.
      </p>
    </>
  );
}

export function SlaFigures({ sla }: { sla: SlaCompliance }) {
  return (
    <>
      <dl className="figures">
        <div>
          <dt>Touched within SLA</dt>
          <dd>{formatRate(sla.share)}</dd>
        </div>
        <div>
          <dt>Met</dt>
          <dd>{formatCount(sla.met)}</dd>
        </div>
        <div>
          <dt>Missed</dt>
          <dd>{formatCount(sla.missed)}</dd>
        </div>
      </dl>
      <p className="muted">
        Untouched and not yet due: {formatCount(sla.pending)}. Without a due time: {formatCount(sla.withoutDueTime)}. Neither counts
        in the share.
      </p>
    </>
  );
}
