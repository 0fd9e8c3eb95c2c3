/**
 * The JavaScript each dashboard page loads on first visit, as transferred
 * (gzip) and decoded, measured against `next start` with the demo content
 * on PostgreSQL, signed in as the demo admin. A benchmark, not a test.
 * Usage: npm run bench:dashboard (BENCH_DATABASE_URL sets the admin URL).
 */
import postgres from "postgres";

import { snapshotBuild } from "./bench/build-snapshot";
import { cleanupOnSignals, onCleanup, runCleanup } from "./bench/cleanup";
import { connectAdmin } from "./bench/database";
import { measurePageWeight } from "./bench/page-weight";
import { DEFAULT_ADMIN_URL } from "./bench/settings";
import { ensureBuild, findFreePort, seed, startServer, waitForHealth } from "./bench/server";

const PORT_RANGE = [3600, 3699] as const;
const PAGES = ["/queue", "/leads", "/leads/{leadId}", "/funnel", "/scoring", "/scoring/draft", "/definitions"];
// The admin may open every dashboard page.
const DEMO_ADMIN = { email: "admin@pellet.example", password: "pellet-demo-password" };

/** Sign in through the Auth.js credentials endpoint and return the Cookie header of the session. */
async function signIn(origin: string, user: { email: string; password: string }): Promise<string> {
  const csrfResponse = await fetch(`${origin}/api/auth/csrf`);
  const csrfCookie = csrfResponse.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };

  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email: user.email, password: user.password, callbackUrl: "/queue" }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("authjs.session-token="));
  if (!session) throw new Error(`Sign-in as ${user.email} failed with status ${response.status}; is the database seeded?`);

  return [csrfCookie, session.split(";")[0]].join("; ");
}

async function main(): Promise<void> {
  cleanupOnSignals(() => {});
  const databases = await connectAdmin(process.env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL);
  onCleanup("drop the benchmark database", databases.dropAll);
  const database = await databases.create();

  await ensureBuild();
  const snapshot = snapshotBuild(process.cwd());
  onCleanup(`remove the build copy ${snapshot.dir}`, snapshot.remove);
  await seed(database.url);

  const server = startServer(snapshot.dir, await findFreePort(...PORT_RANGE), database.url);
  onCleanup(`stop next start (pid ${server.pid})`, server.stop);
  await waitForHealth(server, 60_000);
  const cookie = await signIn(server.origin, DEMO_ADMIN);

  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  onCleanup("close the database connection", () => sql.end({ timeout: 5 }));
  const [lead] = await sql<{ id: string }[]>`select id from leads where stage = 'mql' order by score desc limit 1`;
  if (!lead) throw new Error("The seed wrote no MQL to open.");

  const rows = [];
  for (const page of PAGES) {
    const url = `${server.origin}${page.replace("{leadId}", lead.id)}`;
    const weight = await measurePageWeight(url, { cookie });
    rows.push({
      page,
      scripts: weight.scripts.length,
      jsTransferredKiB: Math.round(weight.scriptTransferredBytes / 102.4) / 10,
      jsDecodedKiB: Math.round(weight.scriptDecodedBytes / 102.4) / 10,
      htmlTransferredKiB: Math.round(weight.page.transferredBytes / 102.4) / 10,
    });
  }

  console.log(`Build ${snapshot.buildId}, signed in as ${DEMO_ADMIN.email}, ${new Date().toISOString()}`);
  console.table(rows);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => runCleanup());
