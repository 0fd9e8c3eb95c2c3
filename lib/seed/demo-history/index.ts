import { inArray, sql } from "drizzle-orm";

import type { Database, Transaction } from "@/lib/db";
import { forms, leads, users } from "@/lib/db/schema";
import { STAGES, type Stage } from "@/lib/lifecycle/stages";
import { getActiveModel } from "@/lib/scoring/active-model";
import type { ScoringModelDocument } from "@/lib/scoring/model";
import { getSalesSettings } from "@/lib/settings/sales";

import { createHistory, type SeedForm } from "./history";
import { insertHistory, type HistoryRowCounts } from "./insert";
import type { SalesStaff } from "./pipeline";
import { createRandom } from "./random";

export type SeedDemoHistoryOptions = {
  leadCount?: number;
  months?: number;
  now?: Date;
  randomSeed?: number;
  // Demo user ids by email, as seedDemoUsers returns them. Owners are the active reps and the manager among them.
  userIds: ReadonlyMap<string, string>;
};

export type SeedDemoHistoryResult =
  | { skipped: true }
  | { skipped: false; stages: Record<Stage, number>; rows: HistoryRowCounts };

const DEMO_FORM_SLUGS = ["tds-request", "sample-request", "technical-guide"] as const;

const DEFAULT_LEAD_COUNT = 3000;
const DEFAULT_MONTHS = 6;
const DEFAULT_RANDOM_SEED = 20_260_101;
// Any constant works. Concurrent seeders take the same lock, so only one of them writes the history.
const SEED_LOCK_ID = 728_341_906;

async function loadForms(tx: Transaction): Promise<Map<string, SeedForm>> {
  const rows = await tx
    .select({ id: forms.id, slug: forms.slug, offerKind: forms.offerKind, fields: forms.fields, consentVersion: forms.consentVersion })
    .from(forms)
    .where(inArray(forms.slug, [...DEMO_FORM_SLUGS]));
  const bySlug = new Map(rows.map((row) => [row.slug, row]));

  const missing = DEMO_FORM_SLUGS.filter((slug) => !bySlug.has(slug));
  if (missing.length > 0) throw new Error(`Demo forms not found: ${missing.join(", ")}. Run seedDemoForms before seedDemoHistory.`);

  return bySlug;
}

/** Load the active reps and the first active manager among the given users, sorted by email so the history does not depend on row order. */
async function loadStaff(tx: Transaction, userIds: ReadonlyMap<string, string>): Promise<SalesStaff> {
  const ids = [...userIds.values()];
  const rows = ids.length === 0 ? [] : await tx.select({ id: users.id, email: users.email, role: users.role, countries: users.countries, active: users.active }).from(users).where(inArray(users.id, ids));
  const active = rows.filter((row) => row.active).sort((a, b) => a.email.localeCompare(b.email));

  const reps = active.filter((row) => row.role === "rep").map((row) => ({ id: row.id, countries: row.countries }));
  const managerId = active.find((row) => row.role === "manager")?.id ?? null;
  if (reps.length === 0 && managerId === null) {
    throw new Error("seedDemoHistory needs an active rep or manager among userIds. Run seedDemoUsers first and pass its result.");
  }

  return { reps, managerId };
}

/** Find the domains the scoring model penalises as competitors: rules with negative points on the contact's email domain. */
function findCompetitorDomains(model: ScoringModelDocument): string[] {
  return model.rules.flatMap((rule) => (rule.points < 0 && rule.when.field === "contact.emailDomain" && rule.when.op === "oneOf" ? rule.when.values.map(String) : []));
}

/**
 * Fill a fresh installation with `leadCount` leads from the last `months`
 * months, so the funnel, queue and reports have data: contacts and
 * companies, submissions scored by the active model, stage events, owners,
 * touches and checklists. Everything is written in one transaction, so a
 * failed run leaves nothing. When any lead exists already, nothing is
 * written and the result is `{ skipped: true }`. The same `randomSeed`,
 * `now` and users give the same history, apart from row ids.
 */
export async function seedDemoHistory(db: Database, options: SeedDemoHistoryOptions): Promise<SeedDemoHistoryResult> {
  const leadCount = options.leadCount ?? DEFAULT_LEAD_COUNT;
  const months = options.months ?? DEFAULT_MONTHS;
  const now = options.now ?? new Date();
  const randomSeed = options.randomSeed ?? DEFAULT_RANDOM_SEED;
  if (!Number.isInteger(leadCount) || leadCount < 1) throw new Error(`leadCount must be a positive integer, got ${leadCount}.`);
  if (!Number.isInteger(months) || months < 1) throw new Error(`months must be a positive integer, got ${months}.`);

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_ID})`);
    const [existing] = await tx.select({ id: leads.id }).from(leads).limit(1);
    if (existing) return { skipped: true } as const;

    const staff = await loadStaff(tx, options.userIds);
    const model = await getActiveModel(tx);
    const history = createHistory({
      random: createRandom(randomSeed),
      randomSeed,
      leadCount,
      months,
      now,
      forms: await loadForms(tx),
      staff,
      cleanUpUserId: staff.managerId ?? staff.reps[0]!.id,
      model,
      competitorDomains: findCompetitorDomains(model.document),
      settings: await getSalesSettings(tx),
    });
    const rows = await insertHistory(tx, history);

    const stages = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;
    for (const lead of history.leads) stages[lead.stage] += 1;

    return { skipped: false, stages, rows } as const;
  });
}
