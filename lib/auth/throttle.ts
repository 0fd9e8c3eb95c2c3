import { sql } from "drizzle-orm";
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";

import type { Database } from "@/lib/db";

// Failed sign-ins allowed per window before the account or the address is blocked.
const ACCOUNT_FAILURES = 5;
const ADDRESS_FAILURES = 20;
const WINDOW_SECONDS = 15 * 60;

/** The pg-style query client rate-limiter-flexible expects, over drizzle, so it works on PGlite and PostgreSQL. */
function queryClient(db: Database) {
  return {
    query: async ({ text, values }: { text: string; values?: unknown[] }) => {
      const parameters = (values ?? []).map((value) => (value === null ? sql`null` : sql`${value}`));
      // Replace $1, $2 … with bound parameters, in order of their numbers.
      const chunks = text.split(/\$(\d+)/).map((part, position) => (position % 2 === 1 ? parameters[Number(part) - 1]! : sql.raw(part)));
      const result = await db.execute(sql.join(chunks, sql.raw("")));
      const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
      return { rows, rowCount: rows.length };
    },
  };
}

/** consume() rejects with a RateLimiterRes once the limit is passed, which is the block we want; a store Error still throws. */
function ignoreLimitReached(reason: unknown): void {
  if (reason instanceof Error) throw reason;
}

export type SignInThrottle = {
  // Whether the account or the address is blocked now.
  isBlocked: (account: string, address: string) => Promise<boolean>;
  recordFailure: (account: string, address: string) => Promise<void>;
  recordSuccess: (account: string) => Promise<void>;
};

const throttles = new WeakMap<Database, SignInThrottle>();

/**
 * Count failed sign-ins in the sign_in_throttle table, shared by every app
 * server. One throttle per database handle, because each limiter keeps a
 * timer that clears expired rows.
 */
export function createSignInThrottle(db: Database): SignInThrottle {
  const existing = throttles.get(db);
  if (existing) return existing;

  // "pool": the adapter takes each query on its own, with no connection to check out or release.
  const common = { storeClient: queryClient(db), storeType: "pool", tableName: "sign_in_throttle", tableCreated: true, duration: WINDOW_SECONDS };
  const byAccount = new RateLimiterPostgres({ ...common, keyPrefix: "account", points: ACCOUNT_FAILURES });
  const byAddress = new RateLimiterPostgres({ ...common, keyPrefix: "address", points: ADDRESS_FAILURES });

  const exhausted = (result: RateLimiterRes | null, limit: number) => result !== null && result.consumedPoints >= limit;

  const throttle: SignInThrottle = {
    isBlocked: async (account, address) => {
      const [accountState, addressState] = await Promise.all([byAccount.get(account), byAddress.get(address)]);
      return exhausted(accountState, ACCOUNT_FAILURES) || exhausted(addressState, ADDRESS_FAILURES);
    },
    recordFailure: async (account, address) => {
      await Promise.all([byAccount.consume(account).catch(ignoreLimitReached), byAddress.consume(address).catch(ignoreLimitReached)]);
    },
    recordSuccess: async (account) => {
      await byAccount.delete(account);
    },
  };
  throttles.set(db, throttle);

  return throttle;
}
