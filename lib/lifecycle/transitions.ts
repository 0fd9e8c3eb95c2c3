import type { ActorType, Stage } from "./stages";

/**
 * The allowed stage changes, and who may make each. `null` is the creation
 * of a lead. Every stage change in the product goes through `checkTransition`.
 */
const ALLOWED: Record<Stage | "created", Partial<Record<Stage, readonly ActorType[]>>> = {
  created: { new: ["system", "user"] },
  new: { mql: ["system", "user"], disqualified: ["system", "user"], nurture: ["user"] },
  // mql → new is a rep's rejection back to marketing; mql → nurture by the system is the SQL-first handoff.
  mql: { sql: ["user"], new: ["user"], disqualified: ["user"], nurture: ["system", "user"] },
  sql: { opportunity: ["user"], disqualified: ["user"], nurture: ["user"], lost: ["user"] },
  opportunity: { won: ["user"], lost: ["user"] },
  nurture: { new: ["system", "user"], disqualified: ["user"] },
  won: {},
  lost: {},
  disqualified: {},
};

export type TransitionCheck = { ok: true } | { ok: false; message: string };

export function checkTransition(from: Stage | null, to: Stage, actor: ActorType): TransitionCheck {
  const actors = ALLOWED[from ?? "created"][to];

  if (!actors) {
    return { ok: false, message: `A lead cannot move from ${from ?? "nothing"} to ${to}.` };
  }
  if (!actors.includes(actor)) {
    return { ok: false, message: `Only a ${actors.join(" or ")} can move a lead from ${from} to ${to}.` };
  }

  return { ok: true };
}
