import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { issueRenderToken } from "@/lib/capture/render-token";
import { submitForm } from "@/lib/capture/submit";
import { contacts, submissions } from "@/lib/db/schema";
import { getSigningSecret } from "@/lib/settings/signing-secret";

import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { sampleRequestValues } from "../helpers/factories";

// A folder rather than memory, so the database outlives its first handle.
const pgliteDir = mkdtempSync(path.join(tmpdir(), "pellet-down-"));
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ pgliteDir: path.join(pgliteDir, "db") });
});

afterAll(async () => {
  await database?.close();
  rmSync(pgliteDir, { recursive: true, force: true });
});

describe("submission while the database is down", () => {
  it("answers unavailable, then stores the retry once", async () => {
    const secret = await getSigningSecret(database.db);
    const token = issueRenderToken(secret, new Date(Date.now() - 60_000));
    const values = sampleRequestValues();
    const request = { slug: "sample-request", channel: "hosted" as const, values, renderToken: token, origin: null };
    await database.disconnect();

    const whileDown = await submitForm(request, { db: database.db });

    expect(whileDown.kind).toBe("unavailable");
    if (whileDown.kind === "unavailable") expect(whileDown.errorId).toMatch(/^[0-9a-f-]{36}$/);

    const restarted = await database.reopen();
    try {
      const [before] = await restarted.db.select({ n: count() }).from(contacts).where(eq(contacts.email, String(values.email)));
      expect(before!.n).toBe(0);

      const retry = await submitForm(request, { db: restarted.db });
      const again = await submitForm(request, { db: restarted.db });

      expect(retry.kind).toBe("accepted");
      expect(again.kind).toBe("accepted");
      const [after] = await restarted.db
        .select({ n: count() })
        .from(submissions)
        .innerJoin(contacts, eq(contacts.id, submissions.contactId))
        .where(eq(contacts.email, String(values.email)));
      expect(after!.n).toBe(1);
    } finally {
      await restarted.close();
    }
  });
});
