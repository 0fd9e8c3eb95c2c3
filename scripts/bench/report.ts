import type { CpuUsage } from "./cpu";
import type { RowCounts } from "./database";
import type { DirectWriteResult } from "./direct-write";
import type { HttpLoadResult } from "./http-load";
import type { PageWeight } from "./page-weight";
import type { BenchSettings } from "./settings";
import { round } from "./stats";

export type BenchReport = {
  date: string;
  machine: { cpu: string; cores: number; totalMemoryGiB: number; os: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  software: { node: string; next: string; postgres: string; gitCommit: string | null; buildId: string | null };
  settings: Omit<BenchSettings, "adminUrl"> & { endpoint: string; appDatabasePool: string; directPool: number };
  app: HttpLoadResult & { warmup: Pick<HttpLoadResult, "responses2xx" | "non2xx" | "errors" | "timeouts">; rowsAdded: RowCounts; serverWarnings: number; cpu: CpuUsage };
  direct: DirectWriteResult & { warmupCommitted: number; rowsAdded: RowCounts; replayDifferences: string[]; cpu: CpuUsage };
  ratio: { medianAppOverMedianDirect: number | null; meanAppOverMeanDirect: number | null };
  loader: { file: string; bytes: number; gzip9Bytes: number };
  hostedPage: PageWeight;
  problems: string[];
};

function formatLatency(latency: { p50: number; p90: number; p99: number; max: number }): string {
  return `p50 ${round(latency.p50)}  p90 ${round(latency.p90)}  p99 ${round(latency.p99)}  max ${round(latency.max)}`;
}

function formatRows(rows: RowCounts): string {
  return (
    `companies ${rows.companies}, contacts ${rows.contacts}, leads ${rows.leads}, stage_events ${rows.stageEvents}, ` +
    `submissions ${rows.submissions}, lead_scores ${rows.leadScores}`
  );
}

/** CPU per process group: total seconds, cores busy on average, and milliseconds per stored submission. */
function formatCpu(cpu: CpuUsage, names: Record<string, string>, completed: number): string {
  const parts = Object.entries(cpu.processesMs).map(([key, ms]) => [names[key] ?? key, ms] as const);
  parts.push([names.benchProcess ?? "bench process", cpu.benchProcessMs]);

  return parts
    .map(([name, ms]) =>
      ms === null
        ? `${name} not measured`
        : `${name} ${round(ms / 1000)} s (${round(ms / cpu.wallMs, 2)} cores` + (completed > 0 ? `, ${round(ms / completed, 2)} ms each)` : ")"),
    )
    .join("; ");
}

function formatRatio(ratio: number | null): string {
  return ratio === null ? "n/a (no direct write committed)" : String(round(ratio, 3));
}

function kilobytes(bytes: number): string {
  return `${round(bytes / 1024)} KiB`;
}

/** Print the human-readable summary. */
export function printSummary(report: BenchReport): void {
  const { machine, software, settings, app, direct, hostedPage } = report;
  const lines = [
    "",
    `Pellet submission benchmark, ${report.date}`,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.totalMemoryGiB} GiB, ${machine.os}; load average at start ${machine.loadAverageAtStart.join(" ")}, at end ${machine.loadAverageAtEnd.join(" ")}`,
    `Software: Node ${software.node}, Next.js ${software.next}, PostgreSQL ${software.postgres}, commit ${software.gitCommit ?? "unknown"}, build ${software.buildId ?? "unknown"}`,
    `Settings: POST ${settings.endpoint}, ${settings.connections} connections, ${settings.durationSeconds} s measured after ${settings.warmupSeconds} s warm-up, ` +
      (settings.companies === 0 ? "a new company per submission" : `${settings.companies} company domains`),
    "",
    `App: one \`next start\` process (database pool ${settings.appDatabasePool}), load from autocannon in this process`,
    `  submissions/s   mean ${round(app.submissionsPerSecondMean)}  median ${round(app.submissionsPerSecondMedian)}  (${app.submissionsPerSecond.length} one-second samples of 2xx responses)`,
    `  latency ms      ${formatLatency(app.latencyMs)}  (all responses)`,
    `  responses       ${app.responses}: 2xx ${app.responses2xx}, non-2xx ${app.non2xx}, errors ${app.errors}, timeouts ${app.timeouts}; status codes ${JSON.stringify(app.statusCodes)}`,
    `  warm-up         2xx ${app.warmup.responses2xx}, non-2xx ${app.warmup.non2xx}, errors ${app.warmup.errors}, timeouts ${app.warmup.timeouts}`,
    `  rows added      ${formatRows(app.rowsAdded)} (warm-up included)`,
    `  server log lines at warn or above: ${app.serverWarnings}`,
    `  CPU             ${formatCpu(app.cpu, { nextServer: "next start", postgresBackends: "PostgreSQL backends", benchProcess: "autocannon" }, app.responses2xx)}`,
    "",
    `Direct writes: postgres.js, pool of ${settings.directPool}, one worker per connection, each looping one transaction per submission, ` +
      (settings.directPrepare ? "prepared statements" : "unnamed statements (no prepare)"),
    `  transactions/s  mean ${round(direct.transactionsPerSecondMean)}  median ${round(direct.transactionsPerSecondMedian)}  (${direct.transactionsPerSecond.length} one-second samples)`,
    `  latency ms      ${formatLatency(direct.latencyMs)}`,
    `  transactions    committed ${direct.committed}, failed ${direct.failed}${direct.firstError ? ` (first error: ${direct.firstError})` : ""}`,
    `  rows added      ${formatRows(direct.rowsAdded)} (warm-up included)`,
    `  row check       ${direct.replayDifferences.length === 0 ? "the replayed rows set the same columns as the app's rows" : "the replayed rows differ from the app's (see below)"}`,
    `  CPU             ${formatCpu(direct.cpu, { postgresBackends: "PostgreSQL backends", benchProcess: "postgres.js client" }, direct.committed)}`,
    "",
    `Ratio app submissions/s ÷ direct-write transactions/s: ${formatRatio(report.ratio.medianAppOverMedianDirect)} (medians), ${formatRatio(report.ratio.meanAppOverMeanDirect)} (means)`,
    "",
    `Embed loader ${report.loader.file}: ${report.loader.bytes} bytes, ${report.loader.gzip9Bytes} bytes after gzip -9 (node:zlib)`,
    `Hosted page ${hostedPage.page.url}: HTML ${hostedPage.page.transferredBytes} bytes transferred (${hostedPage.page.contentEncoding ?? "no"} encoding), ${hostedPage.page.decodedBytes} bytes decoded`,
    `  JavaScript: ${hostedPage.scripts.length} <script src> files, ${hostedPage.scriptTransferredBytes} bytes transferred (${kilobytes(hostedPage.scriptTransferredBytes)}), ` +
      `${hostedPage.scriptDecodedBytes} bytes decoded (${kilobytes(hostedPage.scriptDecodedBytes)}); Accept-Encoding: gzip, br; encodings seen: ` +
      `${[...new Set(hostedPage.scripts.map((script) => script.contentEncoding ?? "none"))].join(", ")}`,
  ];
  if (hostedPage.skippedScripts.length > 0) lines.push(`  not fetched (other origin): ${hostedPage.skippedScripts.join(", ")}`);

  lines.push("");
  if (report.problems.length === 0) {
    lines.push("No errors: every request returned 2xx and every direct-write transaction committed.");
  } else {
    lines.push(`THIS RUN HAD ERRORS; its figures are not clean:`);
    for (const problem of report.problems) lines.push(`  - ${problem}`);
  }
  console.log(lines.join("\n"));
}
