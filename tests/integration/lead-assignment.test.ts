import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/session";
import { leads, users } from "@/lib/db/schema";
import { DEFAULT_SALES_SETTINGS, saveSalesSettings } from "@/lib/settings/sales";

import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createActor, createMql } from "../helpers/sales";

let database: TestDatabase;
let germanyRep: Actor;
let usRep: Actor;
let anyRep: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  germanyRep = await createActor(database.db, "rep", { countries: ["DE", "AT"] });
  usRep = await createActor(database.db, "rep", { countries: ["US"] });
  anyRep = await createActor(database.db, "rep");
});

beforeEach(async () => {
  await database.db.update(users).set({ lastAssignedAt: null });
});

afterAll(async () => {
  await database?.close();
});

async function ownerOf(leadId: string): Promise<string | null> {
  const [lead] = await database.db.select({ ownerId: leads.ownerId }).from(leads).where(eq(leads.id, leadId));
  return lead!.ownerId;
}

describe("assignment of new MQLs", () => {
  it("leaves MQLs unassigned in manual mode", async () => {
    await saveSalesSettings(database.db, { ...DEFAULT_SALES_SETTINGS, assignment: "manual" });

    const leadId = await createMql(database.db);

    expect(await ownerOf(leadId)).toBeNull();
  });

  it("round robin spreads MQLs over reps", async () => {
    await saveSalesSettings(database.db, { ...DEFAULT_SALES_SETTINGS, assignment: "round_robin" });

    const owners = [];
    for (let index = 0; index < 6; index += 1) owners.push(await ownerOf(await createMql(database.db)));

    const counts = new Map<string | null, number>();
    for (const owner of owners) counts.set(owner, (counts.get(owner) ?? 0) + 1);
    expect(counts.get(germanyRep.id)).toBe(2);
    expect(counts.get(usRep.id)).toBe(2);
    expect(counts.get(anyRep.id)).toBe(2);
  });

  it("by country prefers the rep covering it", async () => {
    await saveSalesSettings(database.db, { ...DEFAULT_SALES_SETTINGS, assignment: "round_robin_by_country" });

    const german = await createMql(database.db, { country: "DE" });
    const american = await createMql(database.db, { country: "US" });
    const austrian = await createMql(database.db, { country: "AT" });

    expect(await ownerOf(german)).toBe(germanyRep.id);
    expect(await ownerOf(american)).toBe(usRep.id);
    expect(await ownerOf(austrian)).toBe(germanyRep.id);
  });

  it("by country falls back to any rep", async () => {
    await saveSalesSettings(database.db, { ...DEFAULT_SALES_SETTINGS, assignment: "round_robin_by_country" });

    const brazilian = await createMql(database.db, { country: "BR" });

    expect([germanyRep.id, usRep.id, anyRep.id]).toContain(await ownerOf(brazilian));
  });

  it("skips inactive reps", async () => {
    await saveSalesSettings(database.db, { ...DEFAULT_SALES_SETTINGS, assignment: "round_robin" });
    await database.db.update(users).set({ active: false }).where(inArray(users.id, [germanyRep.id, usRep.id]));

    const owners = [await ownerOf(await createMql(database.db)), await ownerOf(await createMql(database.db))];

    expect(owners).toEqual([anyRep.id, anyRep.id]);
    await database.db.update(users).set({ active: true }).where(inArray(users.id, [germanyRep.id, usRep.id]));
  });

  it("sets the SLA due time from the settings", async () => {
    await saveSalesSettings(database.db, { ...DEFAULT_SALES_SETTINGS, assignment: "manual", slaWorkingHours: 2 });

    const leadId = await createMql(database.db);

    const [lead] = await database.db.select().from(leads).where(eq(leads.id, leadId));
    expect(lead!.mqlAt).not.toBeNull();
    expect(lead!.slaDueAt).not.toBeNull();
    expect(lead!.slaDueAt!.getTime()).toBeGreaterThan(lead!.mqlAt!.getTime());
  });
});
