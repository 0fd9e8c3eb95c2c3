import { asc, desc, eq, getTableColumns } from "drizzle-orm";

import type { Executor } from "@/lib/db";
import { historicalImports, historicalLeads, users, type HistoricalImport } from "@/lib/db/schema";
import type { AttributeColumn, HistoricalLead } from "@/lib/scoring/import/historical-leads";

import { buildImportedFacts } from "@/lib/scoring/import/historical-leads";

export type ImportSummary = HistoricalImport & { createdByName: string | null };

/** Lists every import, newest first, with the name of the user who made it. */
export async function selectImports(db: Executor): Promise<ImportSummary[]> {
  return db
    .select({ ...getTableColumns(historicalImports), createdByName: users.name })
    .from(historicalImports)
    .leftJoin(users, eq(users.id, historicalImports.createdBy))
    .orderBy(desc(historicalImports.createdAt), desc(historicalImports.id));
}

export async function selectImport(db: Executor, importId: string): Promise<ImportSummary | null> {
  const [row] = await db
    .select({ ...getTableColumns(historicalImports), createdByName: users.name })
    .from(historicalImports)
    .leftJoin(users, eq(users.id, historicalImports.createdBy))
    .where(eq(historicalImports.id, importId));

  return row ?? null;
}

/**
 * Loads an import's leads in CSV order, because the seeded train/held-out
 * split of suggestScoringModel depends on the order. Their ids are ordered
 * UUIDv7 (see ordered-ids.ts). Also describes each attribute column as the
 * import did: numeric when every stored value is a number.
 */
export async function loadImportedLeads(db: Executor, imported: Pick<HistoricalImport, "id" | "attributeColumns">): Promise<{ leads: HistoricalLead[]; attributes: AttributeColumn[] }> {
  const rows = await db
    .select({ externalId: historicalLeads.externalId, outcome: historicalLeads.outcome, attributes: historicalLeads.attributes })
    .from(historicalLeads)
    .where(eq(historicalLeads.importId, imported.id))
    .orderBy(asc(historicalLeads.id));

  const leads = rows.map((row, index) => ({
    id: row.externalId ?? `row ${index + 1}`,
    // The row's position in the import: the file's line numbers are not stored.
    line: index + 1,
    outcome: row.outcome === 1 ? (1 as const) : (0 as const),
    facts: buildImportedFacts(restoreColumns(imported.attributeColumns, row.attributes)),
  }));

  return { leads, attributes: imported.attributeColumns.map((name) => describeStoredColumn(name, rows)) };
}

/**
 * Gives every attribute column an own property, undefined when unanswered,
 * as the import built them. JSON drops undefined values, and a rule on a
 * column named like `constructor` would otherwise read Object.prototype.
 */
function restoreColumns(columns: readonly string[], stored: Record<string, string | number>): Record<string, string | number | undefined> {
  return Object.fromEntries(columns.map((name) => [name, Object.hasOwn(stored, name) ? stored[name] : undefined]));
}

function describeStoredColumn(name: string, rows: { attributes: Record<string, string | number> }[]): AttributeColumn {
  let answered = 0;
  let numbers = 0;
  for (const row of rows) {
    if (!Object.hasOwn(row.attributes, name)) continue;
    const value = row.attributes[name];
    answered += 1;
    if (typeof value === "number") numbers += 1;
  }

  return { name, kind: answered > 0 && numbers === answered ? "number" : "category", answered };
}
