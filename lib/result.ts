import type { ZodError } from "zod";

/** Expected failures of a use case; anything else is a bug and throws. */
export type UseCaseError =
  | { code: "forbidden"; message: string }
  | { code: "not_found"; message: string }
  | { code: "invalid"; message: string; fieldErrors?: Record<string, string> }
  | { code: "conflict"; message: string };

export type Result<T> = { ok: true; value: T } | { ok: false; error: UseCaseError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: UseCaseError): Result<T> {
  return { ok: false, error };
}

/** Turn a zod error into one message per field, keyed by the first path segment, as forms show them. */
export function fieldErrorsOf(error: ZodError): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[String(issue.path[0] ?? "form")] ??= issue.message;

  return fieldErrors;
}
