/** What a dashboard server action returns to its form. */
export type ActionState = { status: "idle" } | { status: "ok"; message: string } | { status: "error"; message: string; fieldErrors: Record<string, string> };

export const IDLE: ActionState = { status: "idle" };
