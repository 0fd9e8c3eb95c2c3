import type { Role } from "@/lib/auth/roles";

/** Edit, preview, publish and import scoring models, and run back-tests. */
export function canEditScoring(actor: { role: Role }): boolean {
  return actor.role === "marketing" || actor.role === "admin";
}
