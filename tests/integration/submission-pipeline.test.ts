import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { issueRenderToken } from "@/lib/capture/render-token";
import { submitForm, type SubmissionRequest } from "@/lib/capture/submit";
import { contacts, forms, leadScores, leads, stageEvents, submissions } from "@/lib/db/schema";
import { getSigningSecret } from "@/lib/settings/signing-secret";

import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { sampleRequestValues, tdsRequestBody } from "../helpers/factories";

let database: TestDatabase;
let secret: string;

beforeAll(async () => {
  database = await createTestDatabase();
  secret = await getSigningSecret(database.db);
});

afterAll(async () => {
  await database?.close();
});

const minute = 60_000;

function hostedRequest(values: Record<string, unknown>, token = issueRenderToken(secret, new Date(Date.now() - minute))): SubmissionRequest {
  return { slug: "sample-request", channel: "hosted", values, renderToken: token, origin: null };
}

async function submit(request: SubmissionRequest) {
  return submitForm(request, { db: database.db });
}

async function countContactsByEmail(emailNormalized: string): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(contacts).where(eq(contacts.emailNormalized, emailNormalized));
  return row!.n;
}

describe(`submission pipeline on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  it("stores a strong sample request as an MQL with its breakdown", async () => {
    const values = sampleRequestValues();
    const result = await submit(hostedRequest(values));

    expect(result.kind).toBe("accepted");
    if (result.kind !== "accepted") return;
    expect(result.stored.stage).toBe("mql");
    expect(result.stored.becameMql).toBe(true);

    const [lead] = await database.db.select().from(leads).where(eq(leads.id, result.stored.leadId));
    expect(lead!.stage).toBe("mql");
    expect(lead!.scoringModelVersion).toBe(1);
    expect(lead!.scoreBreakdown.gate.passed).toBe(true);
    expect(lead!.scoreBreakdown.fired.map((rule) => rule.ruleId)).toContain("intent.sample");
    expect(lead!.score).toBe(lead!.scoreBreakdown.total);

    const [submission] = await database.db.select().from(submissions).where(eq(submissions.id, result.stored.submissionId));
    expect(submission!.attribution.utm_source).toBe("linkedin");
    expect(submission!.attribution.gclid).toBe("Cj0KCQ-test");
    expect(submission!.answers.compliance).toEqual(["fda_food_contact", "eu_10_2011"]);

    const events = await database.db.select().from(stageEvents).where(eq(stageEvents.leadId, result.stored.leadId));
    expect(events.map((event) => [event.fromStage, event.toStage])).toEqual([
      [null, "new"],
      ["new", "mql"],
    ]);
    const scores = await database.db.select().from(leadScores).where(eq(leadScores.leadId, result.stored.leadId));
    expect(scores).toHaveLength(1);
  });

  it("keeps a high score without qualification answers as new and names what is missing", async () => {
    const result = await submitForm(
      {
        slug: "tds-request",
        channel: "api",
        values: tdsRequestBody({ email: `nogate.${Date.now()}@moldworks.example` }),
        origin: null,
      },
      { db: database.db },
    );

    expect(result.kind).toBe("accepted");
    if (result.kind !== "accepted") return;
    expect(result.stored.stage).toBe("new");
    const [lead] = await database.db.select().from(leads).where(eq(leads.id, result.stored.leadId));
    expect(lead!.scoreBreakdown.gate.missing).toEqual(["timeline", "key need (performance target or compliance)"]);
    expect(lead!.stageReason).toContain("Missing: timeline");
  });

  it("finds a contact case-insensitively and keeps plus-addressing as typed", async () => {
    const first = await submit(hostedRequest(sampleRequestValues({ email: "Ana@Example.com" })));
    const second = await submit(hostedRequest(sampleRequestValues({ email: "ana@example.com" })));
    const plus = await submit(hostedRequest(sampleRequestValues({ email: "ana+tds@example.com" })));

    expect(first.kind).toBe("accepted");
    expect(second.kind).toBe("accepted");
    expect(plus.kind).toBe("accepted");
    expect(await countContactsByEmail("ana@example.com")).toBe(1);
    const [plusContact] = await database.db.select().from(contacts).where(eq(contacts.emailNormalized, "ana+tds@example.com"));
    expect(plusContact!.email).toBe("ana+tds@example.com");
    if (first.kind === "accepted" && second.kind === "accepted") {
      expect(second.stored.leadId).toBe(first.stored.leadId);
      expect(second.stored.contactId).toBe(first.stored.contactId);
    }
  });

  it("stores one submission for three posts with one key", async () => {
    const request = hostedRequest(sampleRequestValues());
    const results = [await submit(request), await submit(request), await submit(request)];

    const ids = results.map((result) => (result.kind === "accepted" ? result.stored.submissionId : result.kind));
    expect(new Set(ids).size).toBe(1);
    const [row] = await database.db.select({ n: count() }).from(submissions).where(eq(submissions.id, ids[0]!));
    expect(row!.n).toBe(1);
  });

  it("stores one submission for concurrent posts with one key", async () => {
    const request = hostedRequest(sampleRequestValues());
    const results = await Promise.all(Array.from({ length: 5 }, () => submit(request)));

    expect(results.every((result) => result.kind === "accepted")).toBe(true);
    const ids = new Set(results.map((result) => (result.kind === "accepted" ? result.stored.submissionId : "")));
    expect(ids.size).toBe(1);
  });

  it("gives one contact and one lead for fifty concurrent posts of one email", async () => {
    const email = `burst.${Date.now()}@moldworks.example`;
    const results = await Promise.all(Array.from({ length: 50 }, () => submit(hostedRequest(sampleRequestValues({ email })))));

    expect(results.map((result) => result.kind)).toEqual(Array(50).fill("accepted"));
    expect(await countContactsByEmail(email)).toBe(1);
    const leadIds = new Set(results.map((result) => (result.kind === "accepted" ? result.stored.leadId : "")));
    expect(leadIds.size).toBe(1);
    const [row] = await database.db.select({ n: count() }).from(submissions).where(eq(submissions.leadId, [...leadIds][0]!));
    expect(row!.n).toBe(50);
  });

  it("answers a filled honeypot with the thank-you and stores nothing", async () => {
    const values = sampleRequestValues({ website: "http://spam.example" });
    const result = await submit(hostedRequest(values));

    expect(result.kind).toBe("spam");
    if (result.kind === "spam") expect(result.thankYou.message).toContain("Thank you");
    expect(await countContactsByEmail(String(values.email))).toBe(0);
  });

  it("treats a form posted faster than a person can fill it as spam", async () => {
    const values = sampleRequestValues();
    const result = await submitForm(hostedRequest(values, issueRenderToken(secret, new Date())), { db: database.db, minFillSeconds: 3 });

    expect(result.kind).toBe("spam");
    expect(await countContactsByEmail(String(values.email))).toBe(0);
  });

  it("rejects a forged render token", async () => {
    const token = issueRenderToken(secret, new Date(Date.now() - minute));
    const forged = token.replace(/\.(\d+)\./, ".1000.");
    const result = await submit(hostedRequest(sampleRequestValues(), forged));

    expect(result).toEqual({ kind: "invalid", fieldErrors: { form: expect.stringContaining("Reload the page") } });
  });

  it("returns field errors for invalid input and stores nothing", async () => {
    const values = sampleRequestValues({ email: "not-an-email", polymer: "unobtainium" });
    const result = await submit(hostedRequest(values));

    expect(result.kind).toBe("invalid");
    if (result.kind !== "invalid") return;
    expect(result.fieldErrors.email).toContain("valid email");
    expect(result.fieldErrors.polymer).toContain("polymer type");
  });

  it("refuses a paused form and an origin outside the allowed list", async () => {
    await database.db.update(forms).set({ status: "paused" }).where(eq(forms.slug, "technical-guide"));
    const paused = await submitForm({ slug: "technical-guide", channel: "api", values: tdsRequestBody(), origin: null }, { db: database.db });
    expect(paused.kind).toBe("form_paused");

    await database.db.update(forms).set({ allowedOrigins: ["https://supplier.example"] }).where(eq(forms.slug, "tds-request"));
    const foreign = await submitForm({ slug: "tds-request", channel: "api", values: tdsRequestBody(), origin: "https://other.example" }, { db: database.db });
    expect(foreign).toEqual({ kind: "origin_not_allowed", origin: "https://other.example" });
    const allowed = await submitForm({ slug: "tds-request", channel: "api", values: tdsRequestBody(), origin: "https://supplier.example" }, { db: database.db });
    expect(allowed.kind).toBe("accepted");

    await database.db.update(forms).set({ status: "live" }).where(eq(forms.slug, "technical-guide"));
    await database.db.update(forms).set({ allowedOrigins: [] }).where(eq(forms.slug, "tds-request"));
  });

  it("answers an unknown form as not found", async () => {
    const result = await submitForm({ slug: "no-such-form", channel: "api", values: {}, origin: null }, { db: database.db });

    expect(result.kind).toBe("form_not_found");
  });
});
