export const BENCH_FORMS = ["tds-request", "sample-request"] as const;
export type BenchForm = (typeof BENCH_FORMS)[number];

export type BenchSettings = {
  // Admin connection that creates and drops the benchmark database.
  adminUrl: string;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  form: BenchForm;
  // 0 means every submission comes from a new company, and N spreads the emails over N company domains.
  companies: number;
  // Whether the direct writes use named prepared statements, as postgres.js does by default for tagged queries.
  directPrepare: boolean;
};

export const DEFAULT_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres";

function readInteger(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;

  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name}=${raw} is invalid: expected a whole number from ${min} to ${max}.`);
  }

  return value;
}

/** Read the benchmark settings from the environment. An invalid value throws with its name and range. */
export function readSettings(): BenchSettings {
  const form = process.env.BENCH_FORM?.trim() || "tds-request";
  if (!(BENCH_FORMS as readonly string[]).includes(form)) {
    throw new Error(`BENCH_FORM=${form} is invalid: expected one of ${BENCH_FORMS.join(", ")}.`);
  }

  return {
    adminUrl: process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || DEFAULT_ADMIN_URL,
    durationSeconds: readInteger("BENCH_DURATION", 20, 1, 600),
    warmupSeconds: readInteger("BENCH_WARMUP", 5, 0, 60),
    connections: readInteger("BENCH_CONNECTIONS", 20, 1, 200),
    form: form as BenchForm,
    companies: readInteger("BENCH_COMPANIES", 0, 0, 1_000_000),
    directPrepare: readInteger("BENCH_DIRECT_PREPARE", 1, 0, 1) === 1,
  };
}

export const HELP = `Usage: npm run bench:submit

Benchmarks POST /api/v1/forms/<form>/submissions on a Next.js server that it
starts on 127.0.0.1, against a fresh PostgreSQL database that it creates and
drops, then writes the same rows straight through postgres.js for comparison.

Environment:
  BENCH_DATABASE_URL  admin connection that creates the database (falls back to
                      DATABASE_URL, then ${DEFAULT_ADMIN_URL})
  BENCH_DURATION      seconds of measured load per phase (default 20)
  BENCH_WARMUP        seconds of unmeasured load before each phase (default 5)
  BENCH_CONNECTIONS   concurrent HTTP connections, and the direct-write pool size (default 20)
  BENCH_FORM          tds-request or sample-request (default tds-request)
  BENCH_COMPANIES     0: a new company for every submission (default); N: spread the
                      emails over N company domains, so submissions share company rows
  BENCH_DIRECT_PREPARE 1: direct writes use prepared statements (default); 0: unnamed
                      statements, parsed and planned on every call, as the app's drizzle
                      queries are
`;
