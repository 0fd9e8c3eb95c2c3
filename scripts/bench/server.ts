import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import readline from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";

const HOST = "127.0.0.1";
const BUILD_ID_FILE = path.join(process.cwd(), ".next", "BUILD_ID");

/**
 * Run a command to completion. With `quiet`, its output is kept and shown
 * only in the error. A non-zero exit throws with the command line.
 */
function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv, quiet = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    const output: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) return resolve();
      const capturedOutput = quiet ? `\n${Buffer.concat(output).toString("utf8").trim()}` : "";
      reject(new Error(`\`${command} ${args.join(" ")}\` failed with ${signal ?? `exit code ${code}`}.${capturedOutput}`));
    });
  });
}

function readBuildId(): string | null {
  return existsSync(BUILD_ID_FILE) ? readFileSync(BUILD_ID_FILE, "utf8").trim() : null;
}

/**
 * Build the app with `npx next build` when .next/BUILD_ID is missing, and return whether it built.
 * NOTE: a `next build` already running in this working tree also leaves BUILD_ID missing, and a second build then runs beside it.
 */
export async function ensureBuild(): Promise<boolean> {
  if (readBuildId() !== null) return false;

  console.log("No .next/BUILD_ID: running `npx next build`…");
  await runCommand("npx", ["next", "build"], process.env);

  return true;
}

/** Run `npm run seed` against the benchmark database, which also applies the migrations. */
export async function seed(databaseUrl: string): Promise<void> {
  await runCommand("npm", ["run", "--silent", "seed"], { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" }, true);
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

/** Find the first port in [first, last] that nothing listens on at 127.0.0.1. */
export async function findFreePort(first: number, last: number): Promise<number> {
  for (let port = first; port <= last; port++) {
    if (await isPortFree(port)) return port;
  }

  throw new Error(`No free port from ${first} to ${last} on ${HOST}. Stop one of the servers listening there.`);
}

export type AppServer = {
  origin: string;
  pid: number;
  // The server's last output lines, for error reports.
  recentOutput: () => string[];
  // Pino log lines at warn level or above seen since start.
  warningCount: () => number;
  isRunning: () => boolean;
  stop: () => Promise<void>;
};

/**
 * Start `npx next start` in `projectDir` on 127.0.0.1:<port>, in its own
 * process group, so that `stop` can end npx and the Next.js server it runs,
 * and nothing else.
 */
export function startServer(projectDir: string, port: number, databaseUrl: string): AppServer {
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port), "-H", HOST], {
    cwd: projectDir,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const lines: string[] = [];
  let warnings = 0;
  const collect = (line: string) => {
    if (line.trim() === "") return;
    if (isWarningLogLine(line)) warnings += 1;
    lines.push(line);
    if (lines.length > 40) lines.shift();
  };
  readline.createInterface({ input: child.stdout! }).on("line", collect);
  readline.createInterface({ input: child.stderr! }).on("line", collect);

  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let exitedAlready = false;
  void exited.then(() => {
    exitedAlready = true;
  });

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch (error) {
      // ESRCH: the group is already gone.
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  };

  return {
    origin: `http://${HOST}:${port}`,
    pid: child.pid!,
    recentOutput: () => [...lines],
    warningCount: () => warnings,
    isRunning: () => !exitedAlready,
    stop: async () => {
      if (exitedAlready) return;
      signalGroup("SIGTERM");
      const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
      if (!stopped) {
        signalGroup("SIGKILL");
        await exited;
      }
    },
  };
}

// Pino writes one JSON object per line. Level 40 is warn, 50 error and 60 fatal.
function isWarningLogLine(line: string): boolean {
  if (!line.startsWith("{")) return false;
  try {
    const level = (JSON.parse(line) as { level?: unknown }).level;
    return typeof level === "number" && level >= 40;
  } catch {
    return false;
  }
}

/**
 * Poll GET /api/health every 250 ms until it returns 200. Throws after
 * `timeoutMs`, or as soon as the server process has exited.
 */
export async function waitForHealth(server: AppServer, timeoutMs: number): Promise<number> {
  const started = Date.now();
  let lastProblem = "no answer yet";
  while (Date.now() - started < timeoutMs) {
    if (!server.isRunning()) throw new Error(`The Next.js server exited before it was ready:\n${server.recentOutput().join("\n")}`);
    try {
      const response = await fetch(`${server.origin}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return Date.now() - started;
      lastProblem = `status ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }

  throw new Error(
    `GET ${server.origin}/api/health did not return 200 within ${timeoutMs / 1000} s (last: ${lastProblem}). Server output:\n` +
      server.recentOutput().join("\n"),
  );
}
