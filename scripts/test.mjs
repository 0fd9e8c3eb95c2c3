#!/usr/bin/env node
/**
 * The whole test suite, as `npm test` runs it:
 *   1. vitest run          unit and integration tests (they read DATABASE_URL themselves)
 *   2. next build          the production build that the browser tests start
 *   3. playwright test     browser tests in Chromium against `next start`
 *
 * A Chromium binary is found before anything runs (see find-chromium.mjs)
 * and passed to Playwright as PLAYWRIGHT_CHROMIUM_PATH. Without DATABASE_URL,
 * the build and the browser tests use PGlite in a fresh temporary folder, so
 * the local .pellet/db stays untouched.
 *
 * Environment:
 *   DATABASE_URL              run everything against this PostgreSQL server
 *   PELLET_TEST_SKIP_BUILD=1  reuse the existing .next build instead of step 2
 *   PELLET_E2E_PORT           port of the server under test (default 3210)
 *
 * Every step runs even when an earlier one failed, except the browser tests,
 * which need a successful build. The exit code is 1 when any step failed.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { constants, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { findChromium } from "./find-chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const binDir = path.join(root, "node_modules", ".bin");

function formatDuration(milliseconds) {
  const seconds = Math.round(milliseconds / 1000);
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, "0")}s`;
}

function banner(text) {
  console.log(`\n==> ${text}\n`);
}

let running = null;
let interrupted = null;

// Ctrl-C already reaches the child through the terminal's process group. A second SIGINT would make Playwright
// skip its clean-up and leave the web server running, so only SIGTERM is passed on.
process.on("SIGINT", () => {
  interrupted = "SIGINT";
});
process.on("SIGTERM", () => {
  interrupted = "SIGTERM";
  running?.kill("SIGTERM");
});

/** Run a command from node_modules/.bin with inherited output; resolves with its exit code. */
function run(bin, args, env) {
  const file = path.join(binDir, bin);
  if (!existsSync(file)) {
    console.error(`${file} is missing. Run \`npm ci\` first.`);
    return Promise.resolve(1);
  }

  return new Promise((resolve) => {
    running = spawn(file, args, { cwd: root, env, stdio: "inherit" });
    running.on("error", (error) => {
      console.error(`Could not start ${bin}: ${error.message}`);
      resolve(1);
    });
    running.on("exit", (code, signal) => {
      running = null;
      resolve(code ?? 128 + (constants.signals[signal] ?? 0));
    });
  });
}

async function main() {
  const chromium = findChromium();
  if (!chromium.ok) {
    console.error(`npm test needs Chromium for the browser tests, and none was found; no test was run.\n${chromium.message}`);
    return 1;
  }

  const usePostgres = Boolean(process.env.DATABASE_URL);
  const skipBuild = process.env.PELLET_TEST_SKIP_BUILD === "1";
  let dataRoot = null;
  const appEnv = { ...process.env };
  if (usePostgres) {
    const url = new URL(process.env.DATABASE_URL);
    console.log(`Database: PostgreSQL ${url.host}${url.pathname}`);
  } else {
    dataRoot = mkdtempSync(path.join(tmpdir(), "pellet-e2e-"));
    appEnv.PELLET_E2E_DATA_DIR = dataRoot;
    // Only reached if the build opens the database; the server under test gets <dataRoot>/db from playwright.config.ts.
    appEnv.PELLET_DATA_DIR = path.join(dataRoot, "build-db");
    console.log(`Database: PGlite in ${dataRoot}`);
  }
  console.log(`Chromium: ${chromium.path} (from ${chromium.source})`);

  const results = [];
  async function step(name, bin, args, env) {
    banner(name);
    const started = Date.now();
    const code = interrupted ? 1 : await run(bin, args, env);
    results.push({ name, ok: code === 0, detail: `exit code ${code}, ${formatDuration(Date.now() - started)}` });
    return code === 0;
  }

  try {
    await step("vitest run", "vitest", ["run"], process.env);

    let built;
    if (skipBuild) {
      built = existsSync(path.join(root, ".next", "BUILD_ID"));
      results.push({
        name: "next build",
        ok: built,
        detail: built ? "skipped: PELLET_TEST_SKIP_BUILD=1, reusing .next" : "PELLET_TEST_SKIP_BUILD=1 but .next holds no build; run without it",
      });
    } else {
      built = await step("next build", "next", ["build"], appEnv);
    }

    if (built) {
      await step("playwright test", "playwright", ["test"], { ...appEnv, PLAYWRIGHT_CHROMIUM_PATH: chromium.path });
    } else {
      results.push({ name: "playwright test", ok: false, detail: "not run: there is no build to test" });
    }
  } finally {
    if (dataRoot) rmSync(dataRoot, { recursive: true, force: true });
  }

  banner("npm test summary");
  for (const result of results) console.log(`  ${result.ok ? "PASS" : "FAIL"}  ${result.name.padEnd(16)} ${result.detail}`);
  if (interrupted) console.log(`  Stopped by ${interrupted}.`);

  return results.every((result) => result.ok) && !interrupted ? 0 : 1;
}

process.exitCode = await main();
