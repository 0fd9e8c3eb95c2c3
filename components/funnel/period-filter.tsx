import { DEFAULT_TIME_ZONE, lastDayOf, type Period } from "@/lib/metrics/period";

/** Lists the time zones to offer: UTC first (Node 20's Intl list leaves it out), then Intl's list and the period's own zone. */
function listTimeZones(current: string): string[] {
  const others = new Set([...Intl.supportedValuesOf("timeZone"), current]);
  others.delete(DEFAULT_TIME_ZONE);

  return [DEFAULT_TIME_ZONE, ...[...others].sort()];
}

/** Renders the period as a GET form, so each period has its own URL. `from` and `to` are the first and last day shown. */
export function PeriodFilter({ period }: { period: Period }) {
  return (
    <form method="get" className="filters" aria-label="Period">
      <label>
        From
        <input type="date" name="from" defaultValue={period.from} required />
      </label>
      <label>
        To (included)
        <input type="date" name="to" defaultValue={lastDayOf(period)} required />
      </label>
      <label>
        Time zone
        <select name="tz" defaultValue={period.timeZone}>
          {listTimeZones(period.timeZone).map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        Show
      </button>
    </form>
  );
}
