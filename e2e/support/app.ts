import path from "node:path";

function parsePort(value: string | undefined): number {
  if (value === undefined || value === "") return 3210;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new Error(`PELLET_E2E_PORT is ${JSON.stringify(value)}; set it to a free port from 1024 to 65535, or unset it for 3210.`);
  }

  return port;
}

/**
 * Port of the Pellet server that Playwright starts: 3210, clear of the 3000
 * that `next dev` and `next start` use, unless PELLET_E2E_PORT is set (for two
 * runs on one machine).
 */
export const APP_PORT = parsePort(process.env.PELLET_E2E_PORT);
export const APP_URL = `http://localhost:${APP_PORT}`;

/**
 * Return the PGlite folder of the server under test, inside the run's
 * temporary folder PELLET_E2E_DATA_DIR, or null when DATABASE_URL points the
 * server at PostgreSQL.
 */
export function e2eDataDir(): string | null {
  if (process.env.DATABASE_URL) return null;
  const root = process.env.PELLET_E2E_DATA_DIR;
  if (!root) throw new Error("PELLET_E2E_DATA_DIR is not set; playwright.config.ts sets it when DATABASE_URL is unset.");

  return path.join(root, "db");
}
