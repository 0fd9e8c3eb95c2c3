import { hash, verify } from "@node-rs/argon2";

// Argon2id with OWASP's recommended minimum: 19 MiB of memory, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// Verified when no account matches, so a sign-in takes as long whether or not the email exists.
const decoyHash = hashPassword("decoy password that matches no account");

/** Check a password against a stored hash, or against a decoy when there is none. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null) {
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }

  return verify(storedHash, password).catch(() => false);
}
