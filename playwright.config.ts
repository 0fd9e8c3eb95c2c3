import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { defineConfig } from "@playwright/test";

import { APP_PORT, APP_URL, e2eDataDir } from "./e2e/support/app";
import { findChromium } from "./scripts/find-chromium.mjs";

/*
 * Browser tests against a production build (`next build` runs before, in
 * scripts/test.mjs). The server uses DATABASE_URL when it is set; otherwise
 * an embedded PGlite database in a fresh temporary folder for this run.
 *
 * This file is evaluated in the runner and again in each worker. The runner
 * evaluates it first and its workers inherit process.env, so the variables
 * set here are set once per run.
 */

if (!process.env.DATABASE_URL && !process.env.PELLET_E2E_DATA_DIR) {
  // NOTE: scripts/test.mjs creates and removes this folder, but a bare `npx playwright test` leaves it behind.
  process.env.PELLET_E2E_DATA_DIR = mkdtempSync(path.join(tmpdir(), "pellet-e2e-"));
}

if (!process.env.PLAYWRIGHT_CHROMIUM_PATH) {
  const chromium = findChromium();
  if (!chromium.ok) throw new Error(chromium.message);
  process.env.PLAYWRIGHT_CHROMIUM_PATH = chromium.path;
}

const dataDir = e2eDataDir();

const serverEnv: Record<string, string> = {
  // Automated fills take well under the default 2 seconds, which the spam check would drop as a bot.
  PELLET_MIN_FILL_SECONDS: "0",
  LOG_LEVEL: "warn",
  // The browser tests need the demo forms only, not months of demo lead history.
  PELLET_SEED_HISTORY: "0",
  ...(dataDir ? { PELLET_DATA_DIR: dataDir } : {}),
};

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // One worker: e2e/support/database.ts copies the PGlite folder while the server is idle, which concurrent tests would break.
  workers: 1,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: APP_URL,
    browserName: "chromium",
    headless: true,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH,
      // Without the network flags, Chromium's background connections fail on a machine with no outside network.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    // Both commands get the same environment, so the seed writes to the database that the server opens.
    command: `npm run seed && npx next start -p ${APP_PORT}`,
    url: `${APP_URL}/api/health`,
    env: serverEnv,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM lets the server close PGlite cleanly; see lib/server-start.ts.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
