import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/session";
import { DEFAULT_SALES_SETTINGS, getSalesSettings, type SalesSettings } from "@/lib/settings/sales";
import { updateSalesSettings } from "@/lib/settings/update-sales-settings";

import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createActor } from "../helpers/sales";

const BERLIN_SETTINGS: SalesSettings = {
  slaWorkingHours: 8,
  timeZone: "Europe/Berlin",
  workingDays: [1, 2, 3, 4],
  dayStartHour: 8,
  dayEndHour: 18,
  assignment: "round_robin_by_country",
  handoffMode: "mql_first",
};

let database: TestDatabase;
let admin: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  admin = await createActor(database.db, "admin");
});

afterAll(async () => {
  await database?.close();
});

function save(actor: Actor, input: unknown) {
  return updateSalesSettings({ db: database.db, actor, input });
}

describe("sales settings", () => {
  it("admin saves the settings", async () => {
    const saved = await save(admin, BERLIN_SETTINGS);

    expect(saved.ok).toBe(true);
    expect(await getSalesSettings(database.db)).toEqual(BERLIN_SETTINGS);
  });

  it("non-admins are rejected", async () => {
    const before = await getSalesSettings(database.db);

    for (const role of ["rep", "manager", "marketing"] as const) {
      const actor = await createActor(database.db, role);
      const saved = await save(actor, { ...DEFAULT_SALES_SETTINGS, assignment: "round_robin" });

      expect(saved.ok, role).toBe(false);
      if (!saved.ok) expect(saved.error.code, role).toBe("forbidden");
    }
    expect(await getSalesSettings(database.db)).toEqual(before);
  });

  it("omitted fields keep stored values", async () => {
    await save(admin, { ...BERLIN_SETTINGS, handoffMode: "sql_first" });
    const { handoffMode: _omitted, ...withoutHandoff } = BERLIN_SETTINGS;

    const saved = await save(admin, { ...withoutHandoff, slaWorkingHours: 6 });

    expect(saved.ok).toBe(true);
    const stored = await getSalesSettings(database.db);
    expect(stored.handoffMode).toBe("sql_first");
    expect(stored.slaWorkingHours).toBe(6);
  });

  it("non-object input is invalid", async () => {
    const saved = await save(admin, "round_robin");

    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.error.code).toBe("invalid");
  });

  it("invalid time zone gives a field error", async () => {
    const before = await getSalesSettings(database.db);

    const saved = await save(admin, { ...BERLIN_SETTINGS, timeZone: "Mars/Olympus_Mons" });

    expect(saved.ok).toBe(false);
    if (saved.ok || saved.error.code !== "invalid") throw new Error("Expected an invalid result.");
    expect(saved.error.fieldErrors?.timeZone).toMatch(/IANA name/);
    expect(await getSalesSettings(database.db)).toEqual(before);
  });

  it("day ending before start is invalid", async () => {
    const saved = await save(admin, { ...BERLIN_SETTINGS, dayStartHour: 17, dayEndHour: 9 });

    expect(saved.ok).toBe(false);
    if (saved.ok || saved.error.code !== "invalid") throw new Error("Expected an invalid result.");
    expect(saved.error.fieldErrors?.dayEndHour).toMatch(/end after it starts/);
  });

  it("built-in checks name the field", async () => {
    const saved = await save(admin, { ...BERLIN_SETTINGS, slaWorkingHours: 0, workingDays: [], dayStartHour: 8.5, assignment: "lottery", handoffMode: "later" });

    expect(saved.ok).toBe(false);
    if (saved.ok || saved.error.code !== "invalid") throw new Error("Expected an invalid result.");
    expect(saved.error.fieldErrors?.slaWorkingHours).toMatch(/SLA must be a number of working hours/);
    expect(saved.error.fieldErrors?.workingDays).toBe("Choose at least one working day.");
    expect(saved.error.fieldErrors?.dayStartHour).toMatch(/whole hour from 0 to 23/);
    expect(saved.error.fieldErrors?.assignment).toMatch(/manual, round_robin, round_robin_by_country/);
    expect(saved.error.fieldErrors?.handoffMode).toMatch(/hybrid, mql_first, sql_first/);
  });
});
