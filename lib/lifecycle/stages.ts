/** Lead stages, in funnel order, with the side exits last. */
export const STAGES = ["new", "mql", "sql", "opportunity", "won", "lost", "disqualified", "nurture"] as const;
export type Stage = (typeof STAGES)[number];

/** Stages in which a lead is still being worked; a contact has at most one lead in them. */
export const OPEN_STAGES = ["new", "mql", "sql", "opportunity", "nurture"] as const satisfies readonly Stage[];

export const ACTOR_TYPES = ["system", "user"] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export function isOpenStage(stage: Stage): boolean {
  return (OPEN_STAGES as readonly Stage[]).includes(stage);
}
