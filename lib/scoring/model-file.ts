/**
 * The scoring model file: the JSON that `scripts/scoring.ts suggest` writes
 * and the dashboard imports and exports. Pure, so client code may import it.
 */
import { z } from "zod";

import { DIMENSIONS, ENGAGEMENT_EVENT_TYPES, type Dimension, type ScoringModelDocument } from "./model";

export const MODEL_FILE_FORMAT = "pellet-scoring-model";
export const MODEL_FILE_VERSION = 1;

// Free-form notes about where a model came from; `createdAt` is an ISO 8601 time when present.
export type ModelFileMetadata = { createdAt?: string; [key: string]: unknown };

export type ModelFile = {
  format: typeof MODEL_FILE_FORMAT;
  version: typeof MODEL_FILE_VERSION;
  model: ScoringModelDocument;
  metadata: ModelFileMetadata;
};

// Each error names the JSON path of the problem, such as `model.rules[2].points: …`.
export type ModelFileCheck = { ok: true; file: ModelFile } | { ok: false; errors: string[] };

const CONDITION_OPS = ["equals", "oneOf", "contains", "range", "present"] as const;

/** Builds a zod error message that distinguishes a missing field from one of the wrong type. */
function expected(description: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? `Missing: expected ${description}.` : `Expected ${description}.`);
}

// z.number() rejects NaN and ±Infinity, so every number in a model is finite.
const finiteNumber = z.number({ error: expected("a finite number") });
const nonEmptyText = z.string({ error: expected("a string") }).refine((text) => text.trim() !== "", { error: "Must not be empty." });
const factPath = z
  .string({ error: expected("a fact path string") })
  .regex(/^[^.\s][^.]*(\.[^.\s][^.]*)*$/, { error: "Expected a dotted fact path such as answers.polymer or attributes.LeadSource." });

const conditionSchema = z.discriminatedUnion(
  "op",
  [
    z.strictObject({ field: factPath, op: z.literal("equals"), value: z.union([z.string(), finiteNumber, z.boolean()], { error: expected("a string, number or boolean") }) }),
    z.strictObject({
      field: factPath,
      op: z.literal("oneOf"),
      values: z.array(z.union([z.string(), finiteNumber], { error: expected("a string or number") })).min(1, { error: "List at least one value." }),
    }),
    z.strictObject({ field: factPath, op: z.literal("contains"), value: nonEmptyText }),
    z
      .strictObject({ field: factPath, op: z.literal("range"), min: finiteNumber.optional(), max: finiteNumber.optional() })
      .refine((range) => range.min === undefined || range.max === undefined || range.min <= range.max, {
        path: ["max"],
        error: "max must not be below min.",
      }),
    z.strictObject({ field: factPath, op: z.literal("present") }),
  ],
  { error: `Expected op to be one of ${CONDITION_OPS.join(", ")}.` },
);

const ruleSchema = z
  .strictObject({
    id: nonEmptyText,
    label: nonEmptyText,
    dimension: z.enum(DIMENSIONS, { error: `Expected one of ${DIMENSIONS.join(", ")}.` }),
    when: conditionSchema,
    points: finiteNumber,
    perEvent: z.strictObject({ eventType: z.enum(ENGAGEMENT_EVENT_TYPES, { error: `Expected one of ${ENGAGEMENT_EVENT_TYPES.join(", ")}.` }) }).optional(),
    cap: finiteNumber.optional(),
  })
  .refine((rule) => rule.perEvent === undefined || rule.dimension === "engagement", {
    path: ["perEvent"],
    error: 'Only rules on the "engagement" dimension can count events.',
  });

const dimensionCapsSchema = z.strictObject({
  fit: finiteNumber.optional(),
  intent: finiteNumber.optional(),
  engagement: finiteNumber.optional(),
} satisfies Record<Dimension, unknown>);

const modelSchema = z
  .strictObject({
    name: nonEmptyText,
    rules: z.array(ruleSchema),
    dimensionCaps: dimensionCapsSchema,
    engagementHalfLifeDays: finiteNumber.positive({ error: "Must be a positive number of days." }),
    disqualifiers: z.array(z.strictObject({ id: nonEmptyText, label: nonEmptyText, when: conditionSchema, reason: nonEmptyText })),
    mqlThreshold: finiteNumber,
    gate: z.array(
      z.strictObject({ id: nonEmptyText, label: nonEmptyText, anyOf: z.array(factPath).min(1, { error: "List at least one fact path." }) }),
    ),
  })
  .superRefine((model, context) => {
    for (const list of ["rules", "disqualifiers", "gate"] as const) {
      const seen = new Set<string>();
      model[list].forEach((item, index) => {
        if (seen.has(item.id)) context.addIssue({ code: "custom", path: [list, index, "id"], message: `Duplicate id "${item.id}": ids must be unique.` });
        seen.add(item.id);
      });
    }
  });

const envelopeSchema = z.object({
  format: z.literal(MODEL_FILE_FORMAT, { error: `Expected "${MODEL_FILE_FORMAT}": this is not a Pellet scoring model file.` }),
  version: z.literal(MODEL_FILE_VERSION, { error: `Expected ${MODEL_FILE_VERSION}, the only model file version this Pellet reads.` }),
});

const modelFileSchema = z.strictObject({
  format: z.literal(MODEL_FILE_FORMAT),
  version: z.literal(MODEL_FILE_VERSION),
  model: modelSchema,
  metadata: z.looseObject({ createdAt: z.iso.datetime({ error: "Expected an ISO 8601 date and time." }).optional() }).default({}),
});

/** Formats a zod path as JSON readers write it, such as `model.rules[2].when.op`. */
function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) text += typeof key === "number" ? `[${key}]` : `${text === "" ? "" : "."}${String(key)}`;

  return text === "" ? "(file)" : text;
}

// For the schemas without a message of their own: objects and arrays.
function describeMissing(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== "invalid_type" || issue.input !== undefined) return undefined;

  const article = /^[aeiou]/.test(issue.expected) ? "an" : "a";
  return `Missing: expected ${article} ${issue.expected}.`;
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

/**
 * Checks a parsed JSON value against the model file format. The format name
 * and version are checked first, so a file of another kind gets one clear
 * error in place of one per missing field.
 */
export function validateModelFile(value: unknown): ModelFileCheck {
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) return { ok: false, errors: describeIssues(envelope.error) };

  const parsed = modelFileSchema.safeParse(value, { error: describeMissing });
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) };

  const file: ModelFile = parsed.data;
  return { ok: true, file };
}

/** Parses the text of a model file and validates it. */
export function parseModelFile(json: string): ModelFileCheck {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, errors: [`The model file is not valid JSON: ${(error as Error).message}`] };
  }

  return validateModelFile(value);
}

export function createModelFile(input: { model: ScoringModelDocument; metadata?: ModelFileMetadata }): ModelFile {
  return { format: MODEL_FILE_FORMAT, version: MODEL_FILE_VERSION, model: input.model, metadata: input.metadata ?? {} };
}

/** Serializes a model file as indented JSON with a final newline. */
export function formatModelFile(file: ModelFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
