import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/session";
import { claimLead } from "@/lib/leads/claim-lead";
import { qualifyLead } from "@/lib/leads/qualify-lead";
import { rejectMql } from "@/lib/leads/reject-mql";
import { updateChecklist } from "@/lib/leads/update-checklist";
import { loadRuleStats } from "@/lib/scoring/rule-stats";

import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { completeChecklist, createActor, createMql } from "../helpers/sales";

let database: TestDatabase;
let rep: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  rep = await createActor(database.db, "rep");
});

afterAll(async () => {
  await database?.close();
});

describe("scoring rule statistics", () => {
  it("counts SQLs and rejections per rule", async () => {
    const ctx = { db: database.db, actor: rep };
    const rejected = await createMql(database.db);
    const qualified = await createMql(database.db);
    const waiting = await createMql(database.db);
    for (const leadId of [rejected, qualified, waiting]) await claimLead({ ctx, input: { leadId } });
    await rejectMql({ ctx, input: { leadId: rejected, reason: "not_sales_ready" } });
    await updateChecklist({ ctx, input: completeChecklist(qualified) });
    await qualifyLead({ ctx, input: { leadId: qualified } });

    const stats = await loadRuleStats(database.db);
    const sample = stats.find((rule) => rule.ruleId === "intent.sample");

    expect(sample).toBeDefined();
    expect(sample!.label).toBe("Sample request");
    expect(sample!.fired).toBe(3);
    expect(sample!.mqls).toBe(3);
    expect(sample!.sqls).toBe(1);
    expect(sample!.rejections).toBe(1);
    expect(sample!.wins).toBe(0);
    expect(sample!.sqlRate).toBeCloseTo(1 / 3);
    expect(sample!.rejectionRate).toBeCloseTo(1 / 3);
    expect(sample!.winRate).toBe(0);
  });
});
