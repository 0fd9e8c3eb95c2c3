import type { DraftPreview } from "@/lib/scoring/preview";

/** Outcome of a scoring server action: a notice, or the message and the list of errors that stopped the change. */
export type ScoringActionState = { status: "idle" } | { status: "ok"; message: string } | { status: "error"; message: string; errors: string[] };

export type PreviewActionState = { status: "ok"; preview: DraftPreview } | { status: "error"; message: string; errors: string[] };

export const IDLE_SCORING_STATE: ScoringActionState = { status: "idle" };
