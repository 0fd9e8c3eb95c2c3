import pino from "pino";

import { env } from "@/lib/env";

/**
 * The one structured logger of the server. Log ids and counts, never a
 * secret or a whole personal record: contact data appears only as ids.
 */
export const logger = pino(
  {
    level: env.LOG_LEVEL,
    base: { service: "pellet" },
    redact: {
      paths: ["email", "*.email", "password", "*.password", "phone", "*.phone"],
      censor: "[redacted]",
    },
  },
  pino.destination(env.LOG_DESTINATION === "stderr" ? 2 : 1),
);
