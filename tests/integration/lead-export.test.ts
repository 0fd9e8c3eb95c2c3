import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/session";
import { claimLead } from "@/lib/leads/claim-lead";
import { exportLeadsCsv } from "@/lib/leads/queries/export-csv";

import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createActor, createMql } from "../helpers/sales";

let database: TestDatabase;
let manager: Actor;
let rep: Actor;
let otherRep: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  manager = await createActor(database.db, "manager");
  rep = await createActor(database.db, "rep");
  otherRep = await createActor(database.db, "rep");
});

afterAll(async () => {
  await database?.close();
});

async function exportRows(actor: Actor, filters: Record<string, string | undefined> = {}): Promise<Record<string, string>[]> {
  const stream = exportLeadsCsv({ db: database.db, actor, filters: { form: undefined, source: undefined, ...filters } });
  const text = await new Response(stream).text();

  return parse(text, { columns: true }) as Record<string, string>[];
}

describe("lead CSV export", () => {
  it("makes formula-looking cells safe", async () => {
    const leadId = await createMql(database.db, { name: "=HYPERLINK(\"http://x.example\")", company: "+SUM(A1:A9)", jobRole: "@admin" });

    const rows = await exportRows(manager);
    const row = rows.find((candidate) => candidate.lead_id === leadId);

    expect(row).toBeDefined();
    expect(row!.name).toBe("'=HYPERLINK(\"http://x.example\")");
    expect(row!.company).toBe("'+SUM(A1:A9)");
    expect(row!.stage).toBe("mql");
    expect(row!.source).toBe("linkedin");
  });

  it("exports only leads the rep may see", async () => {
    const mine = await createMql(database.db);
    const theirs = await createMql(database.db);
    await claimLead({ ctx: { db: database.db, actor: rep }, input: { leadId: mine } });
    await claimLead({ ctx: { db: database.db, actor: otherRep }, input: { leadId: theirs } });

    const ids = (await exportRows(rep)).map((row) => row.lead_id);

    expect(ids).toContain(mine);
    expect(ids).not.toContain(theirs);
  });

  it("starts with a UTF-8 byte order mark", async () => {
    const stream = exportLeadsCsv({ db: database.db, actor: manager, filters: { form: undefined, source: undefined } });
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());

    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("applies the list filters", async () => {
    await createMql(database.db, { country: "JP" });

    const rows = await exportRows(manager, { country: "JP" });

    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.country === "JP")).toBe(true);
  });
});
