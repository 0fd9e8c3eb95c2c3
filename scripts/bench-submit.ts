/**
 * Benchmark of the submission pipeline: how many submissions per second one
 * `next start` process stores through POST /api/v1/forms/<form>/submissions,
 * next to how many transactions per second PostgreSQL commits when the same
 * rows are written straight through postgres.js. Also measures the embed
 * loader's gzipped size and the JavaScript the hosted form page loads.
 * Usage and settings: `npm run bench:submit -- --help`.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import postgres from "postgres";

import { snapshotBuild } from "./bench/build-snapshot";
import { cleanupOnSignals, onCleanup, runCleanup, wasInterrupted } from "./bench/cleanup";
import { createContactSequence } from "./bench/contacts";
import { backendPids, CpuMeter, createCpuPhase, processGroupPids } from "./bench/cpu";
import { connectAdmin, countRows, rowsAddedSince, type RowCounts } from "./bench/database";
import { runDirectWrites, stopDirectWrites } from "./bench/direct-write";
import { runHttpLoad, stopHttpLoad, type HttpLoadResult } from "./bench/http-load";
import { measureLoader, measurePageWeight } from "./bench/page-weight";
import { printSummary, type BenchReport } from "./bench/report";
import { compareWithTemplate, readRowTemplate, type RowTemplate } from "./bench/row-template";
import { ensureBuild, findFreePort, seed, startServer, waitForHealth, type AppServer } from "./bench/server";
import { HELP, readSettings, type BenchSettings } from "./bench/settings";
import { round } from "./bench/stats";

// Ports this benchmark may listen on, apart from `next dev` on 3000 and the e2e server, which sets its port with PELLET_E2E_PORT.
const PORT_RANGE = [3300, 3399] as const;
const SERVER_READY_TIMEOUT_MS = 60_000;
// The app's pool size: openPostgres in lib/db/client.ts defaults to 10 connections, and lib/db/index.ts sets no other.
const APP_DATABASE_POOL = "max 10 connections, the openPostgres default";

function gitCommit(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

function nextVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), "node_modules", "next", "package.json"), "utf8")) as { version: string };

  return manifest.version;
}

function loadAverage(): number[] {
  return os.loadavg().map((value) => round(value, 2));
}

/** Collect the problems that make the run's figures unclean: failed requests or transactions, missing rows and server warnings. */
function findProblems(report: Omit<BenchReport, "problems">): string[] {
  const { app, direct } = report;
  const problems: string[] = [];
  if (app.non2xx > 0) problems.push(`${app.non2xx} non-2xx responses (${JSON.stringify(app.statusCodes)}); first bodies: ${app.non2xxSamples.join(" | ")}`);
  if (app.errors > 0) problems.push(`${app.errors} request errors (connection errors or timeouts)`);
  if (app.timeouts > 0) problems.push(`${app.timeouts} requests timed out`);
  if (app.warmup.non2xx + app.warmup.errors + app.warmup.timeouts > 0) {
    problems.push(`warm-up: ${app.warmup.non2xx} non-2xx, ${app.warmup.errors} errors, ${app.warmup.timeouts} timeouts`);
  }
  if (app.serverWarnings > 0) problems.push(`the server logged ${app.serverWarnings} lines at warn or above`);
  if (direct.failed > 0) problems.push(`${direct.failed} direct-write transactions failed: ${direct.firstError}`);

  const appStored = app.rowsAdded.submissions;
  const app2xx = app.responses2xx + app.warmup.responses2xx;
  // Requests still in flight when autocannon stops may be stored without their response being counted.
  if (appStored < app2xx) problems.push(`only ${appStored} submissions added for ${app2xx} 2xx responses`);
  if (!allEqual(app.rowsAdded, ["contacts", "leads", "submissions", "leadScores"])) {
    problems.push(`the app did not store one contact, lead and lead score per submission: ${JSON.stringify(app.rowsAdded)}`);
  }
  if (!allEqual(direct.rowsAdded, ["contacts", "leads", "submissions", "leadScores"])) {
    problems.push(`the direct writes did not store one contact, lead and lead score per transaction: ${JSON.stringify(direct.rowsAdded)}`);
  }

  return problems;
}

/** Divide, or return null when the denominator is 0, as when every direct write failed. */
function ratioOf(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

function allEqual(rows: RowCounts, keys: (keyof RowCounts)[]): boolean {
  return keys.every((key) => rows[key] === rows[keys[0]!]);
}

/** Run the warm-up and the measured HTTP load, and measure the CPU time of the server and its database backends. */
async function measureApp(settings: BenchSettings, server: AppServer, appSql: postgres.Sql, appDatabaseName: string) {
  const endpoint = `/api/v1/forms/${settings.form}/submissions`;
  const httpOptions = {
    origin: server.origin,
    form: settings.form,
    connections: settings.connections,
    nextContact: createContactSequence(settings.companies),
  };

  let warmup: Pick<HttpLoadResult, "responses2xx" | "non2xx" | "errors" | "timeouts"> = { responses2xx: 0, non2xx: 0, errors: 0, timeouts: 0 };
  if (settings.warmupSeconds > 0) {
    console.log(`Warm-up: ${settings.warmupSeconds} s of POST ${endpoint}…`);
    const result = await runHttpLoad({ ...httpOptions, durationSeconds: settings.warmupSeconds });
    warmup = { responses2xx: result.responses2xx, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts };
  }

  console.log(`Measuring: ${settings.durationSeconds} s of POST ${endpoint} on ${settings.connections} connections…`);
  const cpu = createCpuPhase({
    nextServer: new CpuMeter(() => processGroupPids(server.pid)),
    postgresBackends: new CpuMeter(() => backendPids(appSql, appDatabaseName)),
  });
  await cpu.start();
  const load = await runHttpLoad({ ...httpOptions, durationSeconds: settings.durationSeconds });
  await cpu.end();

  return { endpoint, load, warmup, cpu: cpu.usage(), serverWarnings: server.warningCount() };
}

/** Run the warm-up and the measured direct writes, and measure the CPU time of their database backends. */
async function measureDirectWrites(settings: BenchSettings, template: RowTemplate, directDatabase: { name: string; url: string }, directSql: postgres.Sql) {
  const options = {
    databaseUrl: directDatabase.url,
    template,
    workers: settings.connections,
    prepare: settings.directPrepare,
    nextContact: createContactSequence(settings.companies),
  };

  let warmupCommitted = 0;
  if (settings.warmupSeconds > 0) {
    console.log(`Direct-write warm-up: ${settings.warmupSeconds} s…`);
    warmupCommitted = (await runDirectWrites({ ...options, durationSeconds: settings.warmupSeconds })).committed;
  }

  console.log(`Measuring direct writes: ${settings.durationSeconds} s on a pool of ${settings.connections}…`);
  const cpu = createCpuPhase({ postgresBackends: new CpuMeter(() => backendPids(directSql, directDatabase.name)) });
  const result = await runDirectWrites({ ...options, durationSeconds: settings.durationSeconds, onStart: cpu.start, onEnd: cpu.end });

  return { result, warmupCommitted, cpu: cpu.usage() };
}

function describeMachine(loadAverageAtStart: number[]): BenchReport["machine"] {
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    totalMemoryGiB: round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverageAtStart,
    loadAverageAtEnd: loadAverage(),
  };
}

async function main(): Promise<void> {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    console.log(HELP);
    return;
  }
  const settings = readSettings();
  cleanupOnSignals(() => {
    stopHttpLoad();
    stopDirectWrites();
  });

  const date = new Date().toISOString();
  const loadAverageAtStart = loadAverage();
  const loader = measureLoader();

  const databases = await connectAdmin(settings.adminUrl);
  onCleanup("drop the benchmark databases", databases.dropAll);
  const appDatabase = await databases.create();
  console.log(`Created database ${appDatabase.name} (PostgreSQL ${databases.serverVersion}).`);

  await ensureBuild();
  const snapshot = snapshotBuild(process.cwd());
  onCleanup(`remove the build copy ${snapshot.dir}`, snapshot.remove);
  console.log(`Copied build ${snapshot.buildId} to ${snapshot.dir}, so that a \`next build\` in the working tree cannot change it.`);
  await seed(appDatabase.url);
  // A copy of the seeded database for the direct writes, so both phases start from the same rows.
  const directDatabase = await databases.copy(appDatabase.name);
  console.log(`Ran \`npm run seed\`, and copied the seeded database to ${directDatabase.name} for the direct writes.`);

  const port = await findFreePort(...PORT_RANGE);
  const server = startServer(snapshot.dir, port, appDatabase.url);
  onCleanup(`stop next start (pid ${server.pid})`, server.stop);
  const readyMs = await waitForHealth(server, SERVER_READY_TIMEOUT_MS);
  console.log(`next start is ready on ${server.origin} after ${round(readyMs / 1000)} s (pid ${server.pid}).`);

  const appSql = postgres(appDatabase.url, { max: 1, onnotice: () => {} });
  onCleanup(`close the connection to ${appDatabase.name}`, () => appSql.end({ timeout: 5 }));
  const directSql = postgres(directDatabase.url, { max: 1, onnotice: () => {} });
  onCleanup(`close the connection to ${directDatabase.name}`, () => directSql.end({ timeout: 5 }));
  // The seed may add demo contacts and leads, and the direct database is a copy, so both start from these counts.
  const seededRows = await countRows(directSql);

  const hostedPage = await measurePageWeight(`${server.origin}/f/sample-request`);

  const app = await measureApp(settings, server, appSql, appDatabase.name);
  await server.stop();
  const appRows = rowsAddedSince(seededRows, await countRows(appSql));
  const { template, shapes } = await readRowTemplate(appSql);
  console.log(`The app's leads by stage: ${JSON.stringify(shapes.leadsByStage)}; by stage-event count: ${JSON.stringify(shapes.leadsByStageEventCount)}.`);

  const direct = await measureDirectWrites(settings, template, directDatabase, directSql);
  const directRows = rowsAddedSince(seededRows, await countRows(directSql));
  const replayDifferences = await compareWithTemplate(directSql, template);

  const partial: Omit<BenchReport, "problems"> = {
    date,
    machine: describeMachine(loadAverageAtStart),
    software: { node: process.version, next: nextVersion(), postgres: databases.serverVersion, gitCommit: gitCommit(), buildId: snapshot.buildId },
    settings: {
      durationSeconds: settings.durationSeconds,
      warmupSeconds: settings.warmupSeconds,
      connections: settings.connections,
      form: settings.form,
      companies: settings.companies,
      directPrepare: settings.directPrepare,
      endpoint: app.endpoint,
      appDatabasePool: APP_DATABASE_POOL,
      directPool: settings.connections,
    },
    app: { ...app.load, warmup: app.warmup, rowsAdded: appRows, serverWarnings: app.serverWarnings, cpu: app.cpu },
    direct: { ...direct.result, warmupCommitted: direct.warmupCommitted, rowsAdded: directRows, replayDifferences, cpu: direct.cpu },
    ratio: {
      medianAppOverMedianDirect: ratioOf(app.load.submissionsPerSecondMedian, direct.result.transactionsPerSecondMedian),
      meanAppOverMeanDirect: ratioOf(app.load.submissionsPerSecondMean, direct.result.transactionsPerSecondMean),
    },
    loader,
    hostedPage,
  };
  const problems = [...findProblems(partial), ...replayDifferences.map((difference) => `replayed rows differ from the app's: ${difference}`)];
  const report: BenchReport = { ...partial, problems };

  printSummary(report);
  console.log("\nJSON:");
  console.log(JSON.stringify(report));
  if (report.problems.length > 0) process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    if (wasInterrupted()) return;
    console.error(`bench:submit failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => runCleanup());
