import autocannon, { type Instance, type Result } from "autocannon";

import { submissionBody, type BenchContact } from "./contacts";
import type { BenchForm } from "./settings";
import { mean, median, PerSecondCounter } from "./stats";

export type HttpLoadResult = {
  durationSeconds: number;
  // Per-second counts of 2xx responses, that is of stored submissions.
  submissionsPerSecond: number[];
  submissionsPerSecondMean: number;
  submissionsPerSecondMedian: number;
  // Responses of any status, as autocannon counts them.
  responses: number;
  responses2xx: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  // Milliseconds, autocannon's histogram of every response (1 ms resolution).
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
  // Bodies of the first few non-2xx responses, to show why they failed.
  non2xxSamples: string[];
};

let running: Instance | undefined;

/** Stop the load run in progress, if any. autocannon then reports what it measured so far. */
export function stopHttpLoad(): void {
  running?.stop();
}

/**
 * POST `connections` concurrent streams of submissions to the form's JSON
 * endpoint for `durationSeconds`. Every request gets a new contact from
 * `nextContact`, so each one creates its own contact, lead and submission.
 */
export async function runHttpLoad(options: {
  origin: string;
  form: BenchForm;
  connections: number;
  durationSeconds: number;
  nextContact: () => BenchContact;
}): Promise<HttpLoadResult> {
  const startMs = Date.now();
  const perSecond = new PerSecondCounter(startMs, options.durationSeconds);
  const non2xxSamples: string[] = [];

  const result = await new Promise<Result>((resolve, reject) => {
    running = autocannon(
      {
        url: options.origin,
        connections: options.connections,
        duration: options.durationSeconds,
        timeout: 30,
        requests: [
          {
            method: "POST",
            path: `/api/v1/forms/${options.form}/submissions`,
            headers: { "content-type": "application/json" },
            setupRequest: (request) => ({ ...request, body: submissionBody(options.form, options.nextContact()) }),
            onResponse: (status, body) => {
              if ((status < 200 || status >= 300) && non2xxSamples.length < 3) non2xxSamples.push(`${status} ${body.slice(0, 300)}`);
            },
          },
        ],
      },
      (error, outcome) => (error ? reject(error) : resolve(outcome)),
    );
    running.on("response", (_client: unknown, statusCode: number) => {
      if (statusCode >= 200 && statusCode < 300) perSecond.record(Date.now());
    });
    running.on("reqError", () => {});
  }).finally(() => {
    running = undefined;
  });

  const samples = perSecond.samples();
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, stat]) => [code, stat.count]));

  return {
    durationSeconds: options.durationSeconds,
    submissionsPerSecond: samples,
    submissionsPerSecondMean: mean(samples),
    submissionsPerSecondMedian: median(samples),
    responses: Object.values(statusCodes).reduce((sum, count) => sum + count, 0),
    responses2xx: result["2xx"],
    non2xx: result.non2xx,
    statusCodes,
    errors: result.errors,
    timeouts: result.timeouts,
    latencyMs: {
      mean: result.latency.mean,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    non2xxSamples,
  };
}
