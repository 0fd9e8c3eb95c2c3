import { randomUUID } from "node:crypto";

import type { Role } from "@/lib/auth/roles";
import type { Actor } from "@/lib/auth/session";
import { issueRenderToken } from "@/lib/capture/render-token";
import { submitForm } from "@/lib/capture/submit";
import type { Database } from "@/lib/db";
import { getSigningSecret } from "@/lib/settings/signing-secret";
import { createUser } from "@/lib/users/create-user";

import { sampleRequestValues } from "./factories";

/** A new active user with a unique email, returned as the actor of use cases. */
export async function createActor(db: Database, role: Role, overrides: { countries?: string[] } = {}): Promise<Actor> {
  const email = `${role}.${randomUUID().slice(0, 8)}@supplier.example`;
  const name = `Test ${role}`;
  const created = await createUser({
    db,
    actor: "cli",
    user: { email, name, role, password: "correct horse battery staple", countries: overrides.countries ?? [] },
  });
  if (!created.ok) throw new Error(created.error.message);

  return { id: created.value.id, email, name, role };
}

/** Submit a strong sample request through the real pipeline and return the MQL's id. */
export async function createMql(db: Database, overrides: Record<string, unknown> = {}): Promise<string> {
  const token = issueRenderToken(await getSigningSecret(db), new Date(Date.now() - 60_000));
  const result = await submitForm(
    { slug: "sample-request", channel: "hosted", values: sampleRequestValues(overrides), renderToken: token, origin: null },
    { db },
  );
  if (result.kind !== "accepted" || result.stored.stage !== "mql") throw new Error(`Expected an MQL, got ${JSON.stringify(result)}`);

  return result.stored.leadId;
}

/** Every checklist item confirmed, with a short note; pass ids to leave unconfirmed. */
export function completeChecklist(leadId: string, unconfirmed: string[] = []) {
  const ids = ["useCase", "productFit", "commercialFit", "buyingStage", "decisionProcess", "realBusiness"];

  return { leadId, items: Object.fromEntries(ids.map((id) => [id, { confirmed: !unconfirmed.includes(id), note: `Checked ${id}` }])) };
}
