"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import type { ActionState } from "@/components/leads/action-state";
import type { PreviewActionState, ScoringActionState } from "@/components/scoring/action-state";
import { currentActor, type Actor } from "@/lib/auth/session";
import { getDb } from "@/lib/db";
import { fail, ok, type Result, type UseCaseError } from "@/lib/result";
import { canEditScoring } from "@/lib/scoring/access";
import { getActiveModel } from "@/lib/scoring/active-model";
import { parseModelFile } from "@/lib/scoring/model-file";
import { previewDraft } from "@/lib/scoring/preview";
import { discardDraft, publishDraft, saveDraft, startDraftFromActive } from "@/lib/scoring/versions/draft";
import { findDraft } from "@/lib/scoring/versions/queries";

/*
 * Server actions of the scoring pages. Each is a public endpoint: it reads
 * the session itself, and the draft use cases check the actor's role once
 * more. Actions that change a draft take the version the page shows, so an
 * editor never overwrites or discards a draft that someone else created
 * after publishing or discarding the one on their screen.
 */

const NOT_ALLOWED_MESSAGE = "Your session has ended or your role cannot edit the scoring model. Sign in again as marketing or an admin.";

function failure(message: string, errors: string[] = []): { status: "error"; message: string; errors: string[] } {
  return { status: "error", message, errors };
}

/** Returns the use case's error, with the validation errors as a list. saveDraft puts them one per line under `document`. */
function describeFailure(error: UseCaseError): { status: "error"; message: string; errors: string[] } {
  const document = error.code === "invalid" ? error.fieldErrors?.document : undefined;
  if (!document) return failure(error.message);

  return failure("The model cannot be saved. Fix these problems:", document.split("\n"));
}

async function currentEditor(): Promise<Actor | null> {
  const actor = await currentActor();
  if (!actor || !canEditScoring(actor)) return null;

  return actor;
}

type DraftRow = NonNullable<Awaited<ReturnType<typeof findDraft>>>;

/** Returns the stored draft when it is the one with this version, or a conflict that describes what happened to it. */
async function findDraftVersion(version: unknown): Promise<Result<DraftRow>> {
  const draft = await findDraft(await getDb());
  if (!draft) {
    return fail({ code: "conflict", message: "There is no draft any more: someone published or discarded it. Reload the scoring page to see the active model." });
  }
  if (draft.version !== version) {
    return fail({ code: "conflict", message: `The draft is now version ${draft.version}, not the version ${String(version)} on your screen. Reload the page to edit it.` });
  }

  return ok(draft);
}

export async function startDraftAction(_state: ActionState): Promise<ActionState> {
  const actor = await currentEditor();
  if (!actor) return { status: "error", message: NOT_ALLOWED_MESSAGE, fieldErrors: {} };

  const started = await startDraftFromActive({ ctx: { db: await getDb(), actor } });
  if (!started.ok) return { status: "error", message: started.error.message, fieldErrors: {} };

  revalidatePath("/scoring");
  redirect("/scoring/draft");
}

/** Reads a model file from the form and saves its model as the draft, replacing the draft's content when there is one. */
export async function importModelAction(_state: ScoringActionState, formData: FormData): Promise<ScoringActionState> {
  const actor = await currentEditor();
  if (!actor) return failure(NOT_ALLOWED_MESSAGE);

  const file = formData.get("modelFile");
  if (!(file instanceof File) || file.size === 0) return failure("Choose a model file (.json) to import.");

  const parsed = parseModelFile(await file.text());
  if (!parsed.ok) return failure(`${file.name} is not a valid Pellet model file. Fix these problems and import it again:`, parsed.errors);

  const saved = await saveDraft({ ctx: { db: await getDb(), actor }, input: { document: parsed.file.model } });
  if (!saved.ok) return describeFailure(saved.error);

  revalidatePath("/scoring");
  return { status: "ok", message: `Imported “${parsed.file.model.name}” from ${file.name} as draft version ${saved.value.version}.` };
}

export async function saveDraftAction(input: { version: number; document: unknown }): Promise<ScoringActionState> {
  const actor = await currentEditor();
  if (!actor) return failure(NOT_ALLOWED_MESSAGE);

  const draft = await findDraftVersion(input.version);
  if (!draft.ok) return failure(draft.error.message);

  // NOTE: a draft published or discarded between the check above and this save is created anew by saveDraft.
  const saved = await saveDraft({ ctx: { db: await getDb(), actor }, input: { document: input.document } });
  if (!saved.ok) return describeFailure(saved.error);

  revalidatePath("/scoring");
  return { status: "ok", message: `Draft version ${saved.value.version} saved.` };
}

/** Rescores every live lead under the active model and the saved draft. Nothing is written. */
export async function previewDraftAction(input: { version: number }): Promise<PreviewActionState> {
  const actor = await currentEditor();
  if (!actor) return failure(NOT_ALLOWED_MESSAGE);

  const draft = await findDraftVersion(input.version);
  if (!draft.ok) return failure(draft.error.message);

  const db = await getDb();
  const active = await getActiveModel(db);
  const preview = await previewDraft({ db, active, draft: { version: draft.value.version, document: draft.value.document } });

  return { status: "ok", preview };
}

export async function publishDraftAction(input: { version: number; note: string }): Promise<ScoringActionState> {
  const actor = await currentEditor();
  if (!actor) return failure(NOT_ALLOWED_MESSAGE);

  const draft = await findDraftVersion(input.version);
  if (!draft.ok) return failure(draft.error.message);

  const published = await publishDraft({ ctx: { db: await getDb(), actor }, input: { note: input.note } });
  if (!published.ok) return failure(published.error.message);

  revalidatePath("/scoring");
  revalidatePath("/definitions");
  redirect(`/scoring?published=${published.value.version}`);
}

export async function discardDraftAction(input: { version: number }): Promise<ScoringActionState> {
  const actor = await currentEditor();
  if (!actor) return failure(NOT_ALLOWED_MESSAGE);

  const draft = await findDraftVersion(input.version);
  if (!draft.ok) return failure(draft.error.message);

  const discarded = await discardDraft({ ctx: { db: await getDb(), actor } });
  if (!discarded.ok) return failure(discarded.error.message);

  revalidatePath("/scoring");
  redirect(`/scoring?discarded=${input.version}`);
}
