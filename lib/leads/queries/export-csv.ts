import { stringify } from "csv-stringify";

import type { Actor } from "@/lib/auth/session";
import type { Executor } from "@/lib/db";

import type { LeadFilters } from "./filters";
import { listLeads, type LeadRow } from "./list-leads";

const BATCH_SIZE = 2_000;

const COLUMNS: { key: keyof LeadRow; header: string }[] = [
  { key: "id", header: "lead_id" },
  { key: "contactName", header: "name" },
  { key: "email", header: "email" },
  { key: "company", header: "company" },
  { key: "country", header: "country" },
  { key: "formName", header: "form" },
  { key: "source", header: "source" },
  { key: "application", header: "application" },
  { key: "polymer", header: "polymer" },
  { key: "score", header: "score" },
  { key: "stage", header: "stage" },
  { key: "ownerName", header: "owner" },
  { key: "createdAt", header: "created_at" },
  { key: "mqlAt", header: "mql_at" },
  { key: "slaDueAt", header: "sla_due_at" },
  { key: "firstTouchAt", header: "first_touch_at" },
];

/**
 * The lead list as filtered, as a CSV stream read in batches, so a large
 * export does not sit in memory. Cells that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or CR) are prefixed with an
 * apostrophe by csv-stringify's escape_formulas.
 */
export function exportLeadsCsv(input: { db: Executor; actor: Actor; filters: LeadFilters; now?: Date }): ReadableStream<Uint8Array> {
  const stringifier = stringify({
    header: true,
    columns: COLUMNS.map((column) => ({ key: column.key, header: column.header })),
    escape_formulas: true,
    // A byte order mark, so spreadsheet programs read the file as UTF-8 and keep accented and CJK names.
    bom: true,
    cast: { date: (value) => value.toISOString() },
  });

  (async () => {
    for (let offset = 0; ; offset += BATCH_SIZE) {
      const rows = await listLeads({ ...input, filters: { ...input.filters, page: undefined }, scope: "all", limit: BATCH_SIZE, offset });
      for (const row of rows) {
        if (!stringifier.write(row)) await new Promise((resolve) => stringifier.once("drain", resolve));
      }
      if (rows.length < BATCH_SIZE) break;
    }
    stringifier.end();
  })().catch((error: unknown) => stringifier.destroy(error as Error));

  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      stringifier.on("data", (chunk: Buffer | string) => controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : new Uint8Array(chunk)));
      stringifier.on("end", () => controller.close());
      stringifier.on("error", (error) => controller.error(error));
    },
    cancel() {
      stringifier.destroy();
    },
  });
}
