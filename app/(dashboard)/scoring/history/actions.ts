"use server";

import { revalidatePath } from "next/cache";

import type { BacktestState, DeleteState, ImportState, InspectState, SuggestState } from "@/components/scoring-history/action-states";
import { currentActor, type Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import type { UseCaseError } from "@/lib/result";
import { canEditScoring } from "@/lib/scoring/access";
import { backtestImport } from "@/lib/scoring/history/backtest-import";
import { importHistoricalLeads, inspectHistoricalCsv } from "@/lib/scoring/history/import-leads";
import { deleteImport } from "@/lib/scoring/history/imports";
import { formatMegabytes, MAX_CSV_BYTES, MAX_CSV_SIZE_TEXT } from "@/lib/scoring/history/limits";
import { suggestFromImport } from "@/lib/scoring/history/suggest-from-import";

/*
 * Server actions of the historical-import pages. Each is a public endpoint:
 * it reads the session and the role again, and the use cases check the
 * role once more.
 *
 * The uploaded CSV is not kept between the two steps. The browser keeps the
 * chosen File and sends it again with the column mapping, so the server
 * keeps no upload state. There is nothing to clean up, and any app server
 * can take either step.
 */

const NOT_ALLOWED: UseCaseError = {
  code: "forbidden",
  message: "Your session has ended or you can no longer edit scoring. Sign in again as marketing or an admin.",
};

async function currentEditor(): Promise<Actor | null> {
  const actor = await currentActor();
  if (!actor || !canEditScoring(actor)) return null;

  return actor;
}

function failed(error: UseCaseError) {
  return { status: "error" as const, message: error.message, fieldErrors: error.code === "invalid" ? (error.fieldErrors ?? {}) : {} };
}

function text(formData: FormData, key: string): string | undefined {
  const value = formData.get(key);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** Reads the uploaded CSV as UTF-8 text, rejecting a missing file or one over the size limit before reading it. */
async function readUpload(formData: FormData): Promise<{ ok: true; csv: string; fileName: string } | { ok: false; error: UseCaseError }> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return { ok: false, error: { code: "invalid", message: "Choose a CSV file to upload.", fieldErrors: { file: "Choose a non-empty CSV file." } } };
  }
  if (file.size > MAX_CSV_BYTES) {
    const message = `${file.name} is ${formatMegabytes(file.size)}, over the limit of ${MAX_CSV_SIZE_TEXT}. Split it into files of at most ${MAX_CSV_SIZE_TEXT}.`;
    return { ok: false, error: { code: "invalid", message, fieldErrors: {} } };
  }

  return { ok: true, csv: await file.text(), fileName: file.name };
}

export async function inspectCsvAction(_state: InspectState, formData: FormData): Promise<InspectState> {
  const actor = await currentEditor();
  if (!actor) return failed(NOT_ALLOWED);
  const upload = await readUpload(formData);
  if (!upload.ok) return failed(upload.error);

  const result = await inspectHistoricalCsv({ ctx: { db: await getDb(), actor }, input: { csv: upload.csv, source: upload.fileName } });
  if (!result.ok) return failed(result.error);

  return { status: "ok", fileName: upload.fileName, outline: result.value };
}

export async function importCsvAction(_state: ImportState, formData: FormData): Promise<ImportState> {
  const actor = await currentEditor();
  if (!actor) return failed(NOT_ALLOWED);
  const upload = await readUpload(formData);
  if (!upload.ok) return failed(upload.error);

  const attributes = formData.getAll("attributes").filter((value): value is string => typeof value === "string");
  const input = {
    name: text(formData, "name") ?? "",
    csv: upload.csv,
    source: upload.fileName.slice(0, 300),
    mapping: { outcome: text(formData, "outcome") ?? "", id: text(formData, "id"), attributes },
  };
  const result = await importHistoricalLeads({ ctx: { db: await getDb(), actor }, input });
  if (!result.ok) return failed(result.error);
  revalidatePath("/scoring/history");

  const { attributes: columns, ...summary } = result.value;
  return { status: "ok", summary: { ...summary, attributeCount: columns.length } };
}

export async function deleteImportAction(importId: string, _state: DeleteState): Promise<DeleteState> {
  const actor = await currentEditor();
  if (!actor) return failed(NOT_ALLOWED);

  const result = await deleteImport({ ctx: { db: await getDb(), actor }, input: { importId } });
  if (!result.ok) return failed(result.error);
  revalidatePath("/scoring/history");

  return { status: "ok", message: `Deleted the import ${result.value.name} and its ${result.value.rows} leads.` };
}

export async function backtestAction(importId: string, _state: BacktestState, formData: FormData): Promise<BacktestState> {
  const actor = await currentEditor();
  if (!actor) return failed(NOT_ALLOWED);

  const input = { importId, version: text(formData, "version"), bandCount: text(formData, "bandCount") };
  const result = await backtestImport({ ctx: { db: await getDb(), actor }, input });
  if (!result.ok) return failed(result.error);

  return { status: "ok", backtest: result.value };
}

export async function suggestAction(importId: string, _state: SuggestState, formData: FormData): Promise<SuggestState> {
  const actor = await currentEditor();
  if (!actor) return { ...failed(NOT_ALLOWED), conflict: false };

  const input = { importId, replaceDraft: formData.get("replaceDraft") === "on" };
  const result = await suggestFromImport({ ctx: { db: await getDb(), actor }, input });
  if (!result.ok) return { ...failed(result.error), conflict: result.error.code === "conflict" };
  revalidatePath("/scoring");
  revalidatePath(`/scoring/history/${importId}`);

  return { status: "ok", draftVersion: result.value.draftVersion, modelName: result.value.modelName, report: result.value.report };
}
