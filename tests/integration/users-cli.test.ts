import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "../helpers/database";

const PASSWORD = "first admin password 42";
// Each command starts tsx and opens the database; creating a PGlite folder alone takes several seconds.
const COMMAND_TIMEOUT_MS = 60_000;

type CommandResult = { code: number; stdout: string; stderr: string };

let databaseEnv: Record<string, string | undefined>;
let dataFolder: string | undefined;
let database: TestDatabase | undefined;

beforeAll(async () => {
  // Against PostgreSQL when the suite runs there, else in a PGlite folder of its own.
  if (process.env.DATABASE_URL) {
    database = await createTestDatabase();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${database.name}`;
    databaseEnv = { DATABASE_URL: url.toString() };
    return;
  }
  dataFolder = mkdtempSync(path.join(tmpdir(), "pellet-users-cli-"));
  databaseEnv = { DATABASE_URL: undefined, PELLET_DATA_DIR: path.join(dataFolder, "db") };
});

afterAll(async () => {
  await database?.close();
  if (dataFolder) rmSync(dataFolder, { recursive: true, force: true });
});

/** Run `npx tsx scripts/users.ts ARGS` with standard input a pipe, not a terminal. */
function runUsers(args: string[], env: Record<string, string | undefined> = {}): Promise<CommandResult> {
  const childEnv = { ...process.env, PELLET_PASSWORD: undefined, ...databaseEnv, ...env };

  return new Promise((resolve) => {
    execFile("npx", ["tsx", "scripts/users.ts", ...args], { env: childEnv, timeout: COMMAND_TIMEOUT_MS }, (error, stdout, stderr) => {
      if (!error) {
        resolve({ code: 0, stdout, stderr });
        return;
      }
      // A process killed by a signal or the timeout has no exit code.
      resolve({ code: typeof error.code === "number" ? error.code : -1, stdout, stderr });
    });
  });
}

// These stop before the database opens, so they can run side by side.
describe.concurrent("users command-line checks", () => {
  it("--help prints usage", async ({ expect }) => {
    const result = await runUsers(["--help"]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: npm run users -- COMMAND [options]");
    expect(result.stdout).toContain("PELLET_PASSWORD");
  });

  it("unknown role is rejected", async ({ expect }) => {
    const result = await runUsers(["create", "--email", "ada@supplier.example", "--role", "boss"], { PELLET_PASSWORD: PASSWORD });

    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('Unknown role "boss"');
    expect(result.stderr).toContain("admin, marketing, manager, rep");
  });

  it("missing password without terminal", async ({ expect }) => {
    const result = await runUsers(["create", "--email", "ada@supplier.example", "--role", "admin"]);

    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("set PELLET_PASSWORD");
  });

  it("weak password is rejected", async ({ expect }) => {
    const result = await runUsers(["create", "--email", "ada@supplier.example", "--role", "admin"], { PELLET_PASSWORD: "short" });

    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("Password is too short: use at least 12 characters.");
  });
});

describe("users commands on a database", () => {
  it("creates an admin, then lists", { timeout: 2 * COMMAND_TIMEOUT_MS }, async () => {
    const created = await runUsers(["create", "--email", "Ada@Supplier.Example", "--role", "admin", "--name", "Ada Admin"], {
      PELLET_PASSWORD: PASSWORD,
      LOG_LEVEL: "info",
    });

    expect(created.code).toBe(0);
    expect(created.stdout).toBe("Created admin ada@supplier.example.\n");
    // Logs go to standard error, so the command's own output can be piped.
    expect(created.stderr).toContain('"msg":"user created"');
    expect(created.stderr).not.toContain(PASSWORD);
    expect(created.stderr).not.toContain("$argon2");

    const listed = await runUsers(["list"]);

    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^EMAIL\s+NAME\s+ROLE\s+ACTIVE\s+COUNTRIES$/m);
    expect(listed.stdout).toMatch(/^ada@supplier\.example\s+Ada Admin\s+admin\s+yes\s+-$/m);
    expect(listed.stdout).not.toContain("$argon2");
  });

  it("existing email is rejected", async () => {
    const result = await runUsers(["create", "--email", "ada@supplier.example", "--role", "rep"], { PELLET_PASSWORD: PASSWORD });

    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("A user with the email ada@supplier.example already exists.");
  });
});
