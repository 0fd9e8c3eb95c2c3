import { env } from "@/lib/env";
import { rescoreOpenLeads } from "@/lib/scoring/rescore-open-leads";

import type { Job } from "./scheduler";

/** The server's background jobs. */
export function serverJobs(): Job[] {
  return [
    {
      name: "rescore-open-leads",
      everyMs: env.PELLET_RESCORE_MINUTES * 60_000,
      run: async (db) => ({ ...(await rescoreOpenLeads({ db })) }),
    },
  ];
}
