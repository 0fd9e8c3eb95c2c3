/** Results that the historical-import server actions return to their forms. Types only, so client code may import this file. */
import type { ImportBacktest } from "@/lib/scoring/history/backtest-import";
import type { CsvOutline } from "@/lib/scoring/history/csv-upload";
import type { ImportSummaryResult } from "@/lib/scoring/history/import-leads";
import type { SuggestReport } from "@/lib/scoring/suggest/suggest-model";

type Failed = { status: "error"; message: string; fieldErrors: Record<string, string> };

export type InspectState = { status: "idle" } | Failed | { status: "ok"; fileName: string; outline: CsvOutline };

export type ImportState = { status: "idle" } | Failed | { status: "ok"; summary: Omit<ImportSummaryResult, "attributes"> & { attributeCount: number } };

export type BacktestState = { status: "idle" } | Failed | { status: "ok"; backtest: ImportBacktest };

// `conflict` is true when a draft exists and the user did not confirm replacing it.
export type SuggestState =
  | { status: "idle" }
  | (Failed & { conflict: boolean })
  | { status: "ok"; draftVersion: number; modelName: string; report: SuggestReport };

export type DeleteState = { status: "idle" } | Failed | { status: "ok"; message: string };
