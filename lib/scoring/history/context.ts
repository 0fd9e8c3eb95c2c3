import type { Actor } from "@/lib/auth/session";
import type { Database } from "@/lib/db";

/** The context a historical-import use case runs with: the database, the signed-in user and the clock. */
export type HistoryContext = { db: Database; actor: Actor; now?: Date };

export const FORBIDDEN = { code: "forbidden", message: "Only marketing or an admin can import historical leads and back-test models on them." } as const;
