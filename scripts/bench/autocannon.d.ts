// Types for the parts of autocannon 9 that the benchmark uses, because the package ships none.
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  export type Request = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  };

  export type RequestSpec = Request & {
    // Called before each request is sent; the returned request is what goes on the wire.
    setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    // Called with each response's status and body.
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  };

  export type Options = {
    url: string;
    connections?: number;
    // Seconds.
    duration?: number;
    // Seconds without a response before a request counts as timed out.
    timeout?: number;
    pipelining?: number;
    requests?: RequestSpec[];
  };

  // Values in milliseconds for latency, and per-second counts for requests.
  export type Histogram = {
    mean: number;
    stddev: number;
    min: number;
    max: number;
    p50: number;
    p90: number;
    p99: number;
    total?: number;
  };

  export type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    "2xx": number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Histogram;
    requests: Histogram & { sent: number };
  };

  export type Instance = EventEmitter & { stop: () => void };

  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance;

  export default autocannon;
}
