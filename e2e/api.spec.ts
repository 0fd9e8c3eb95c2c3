import { randomUUID } from "node:crypto";

import { expect, test, type APIRequestContext } from "@playwright/test";

import { MAX_LENGTH } from "../lib/forms/catalog";

const endpoint = "/api/v1/forms/tds-request/submissions";

function body(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: "Kenji Tanaka",
    email: `kenji.${randomUUID().slice(0, 8)}@injectpro.example`,
    company: "InjectPro KK",
    country: "JP",
    application: "automotive",
    polymer: "PA66",
    consent: true,
    ...overrides,
  };
}

async function post(request: APIRequestContext, data: unknown, headers: Record<string, string> = {}) {
  return request.post(endpoint, { data: JSON.stringify(data), headers: { "Content-Type": "application/json", ...headers } });
}

test.describe("JSON submission endpoint", () => {
  test("accepts a valid submission", async ({ request }) => {
    const response = await post(request, body({ attribution: { utm_source: "newsletter" } }));

    expect(response.status()).toBe(201);
    const json = await response.json();
    expect(json.status).toBe("received");
    expect(json.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(json.message).toContain("datasheet");
  });

  test("names missing and null required fields", async ({ request }) => {
    const response = await post(request, { name: null, email: "", company: "   ", consent: true });

    expect(response.status()).toBe(400);
    const json = await response.json();
    expect(json.error).toBe("validation_failed");
    expect(json.fields.name).toBe("Full name is required.");
    expect(json.fields.email).toBe("Work email is required.");
    expect(json.fields.company).toBe("Company is required.");
    expect(json.fields.country).toBe("Country is required.");
    expect(json.fields.application).toBe("Application / end-use industry is required.");
    expect(json.fields.polymer).toBe("Polymer type or product family is required.");
  });

  const lengthCases = [
    { field: "name", max: MAX_LENGTH.name },
    { field: "company", max: MAX_LENGTH.company },
    { field: "jobRole", max: MAX_LENGTH.jobRole },
    { field: "performanceTarget", max: MAX_LENGTH.performanceTarget },
  ];
  for (const { field, max } of lengthCases) {
    test(`${field} at and over its maximum length`, async ({ request }) => {
      const atMax = await post(request, body({ [field]: "x".repeat(max) }));
      const overMax = await post(request, body({ [field]: "x".repeat(max + 1) }));

      expect(atMax.status()).toBe(201);
      expect(overMax.status()).toBe(400);
      const json = await overMax.json();
      expect(json.fields[field]).toContain("too long");
    });
  }

  test("keeps accents, CJK and emoji in names", async ({ request }) => {
    for (const name of ["Zoë Ørsted-Núñez", "田中 健二", "Priya 🚀 Raman"]) {
      const response = await post(request, body({ name }));
      expect(response.status(), name).toBe(201);
    }
  });

  test("one Idempotency-Key gives one submission", async ({ request }) => {
    const data = body();
    const key = `retry-${randomUUID()}`;
    const first = await post(request, data, { "Idempotency-Key": key });
    const second = await post(request, data, { "Idempotency-Key": key });
    const third = await post(request, data, { "Idempotency-Key": key });

    expect(first.status()).toBe(201);
    expect(second.status()).toBe(200);
    expect(third.status()).toBe(200);
    const ids = await Promise.all([first, second, third].map(async (response) => (await response.json()).id));
    expect(new Set(ids).size).toBe(1);
  });

  test("fifty concurrent posts for one email", async ({ request }) => {
    const email = `burst.${randomUUID().slice(0, 8)}@injectpro.example`;
    const responses = await Promise.all(Array.from({ length: 50 }, () => post(request, body({ email }))));

    expect(responses.map((response) => response.status())).toEqual(Array(50).fill(201));
  });

  test("filled honeypot gets the normal answer", async ({ request }) => {
    const response = await post(request, body({ website: "https://spam.example" }));

    expect(response.status()).toBe(201);
    expect((await response.json()).status).toBe("received");
  });

  test("rejects malformed and oversized bodies", async ({ request }) => {
    const notJson = await request.post(endpoint, { data: Buffer.from("{bad"), headers: { "Content-Type": "application/json" } });
    const wrongType = await request.post(endpoint, { data: "name=Ana", headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    const array = await post(request, [body()]);
    const huge = await post(request, body({ message: "x".repeat(70_000) }));

    expect(notJson.status()).toBe(400);
    expect((await notJson.json()).error).toBe("invalid_json");
    expect(wrongType.status()).toBe(415);
    expect(array.status()).toBe(400);
    expect(huge.status()).toBe(413);
  });

  test("answers an unknown form with 404", async ({ request }) => {
    const response = await request.post("/api/v1/forms/no-such-form/submissions", {
      data: JSON.stringify(body()),
      headers: { "Content-Type": "application/json" },
    });

    expect(response.status()).toBe(404);
    expect((await response.json()).error).toBe("form_not_found");
  });

  test("preflight echoes an allowed origin", async ({ request }) => {
    const response = await request.fetch(endpoint, {
      method: "OPTIONS",
      headers: { Origin: "https://supplier.example", "Access-Control-Request-Method": "POST" },
    });

    expect(response.status()).toBe(204);
    expect(response.headers()["access-control-allow-origin"]).toBe("https://supplier.example");
    expect(response.headers()["access-control-allow-headers"]).toContain("Idempotency-Key");
  });
});

test("hosted form rejects an oversized post", async ({ request }) => {
  const response = await request.post("/f/sample-request", {
    data: Buffer.from("name=" + "x".repeat(70_000)),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });

  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("too large");
});
