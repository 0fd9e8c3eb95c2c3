import { domainToASCII } from "node:url";

import freeMailDomains from "email-providers/all.json" with { type: "json" };

const FREE_MAIL = new Set<string>(freeMailDomains);

// Second-level labels that universities register under a country code, as in ox.ac.uk or usp.br's edu.br.
const ACADEMIC_SECOND_LEVEL = new Set(["ac", "edu"]);

/**
 * The identity of an email address: trimmed and lower-cased, with the domain
 * in ASCII (punycode). Plus-addressing is kept, so `ana+tds@example.com` and
 * `ana@example.com` are two contacts, as the prospect typed them.
 */
export function normalizeEmail(email: string): string {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf("@");
  const local = trimmed.slice(0, at).toLowerCase();
  const domain = normalizeDomain(trimmed.slice(at + 1));

  return `${local}@${domain}`;
}

/** Lower-cased ASCII form of a domain, without a trailing dot; empty when it is not a valid domain. */
export function normalizeDomain(domain: string): string {
  const trimmed = domain.trim().replace(/\.$/, "").toLowerCase();

  return domainToASCII(trimmed);
}

export function emailDomain(normalizedEmail: string): string {
  return normalizedEmail.slice(normalizedEmail.lastIndexOf("@") + 1);
}

export type EmailKind = "work" | "free" | "academic";

export function classifyEmailDomain(domain: string): EmailKind {
  const labels = domain.split(".");
  const topLevel = labels.at(-1);
  const secondLevel = labels.at(-2);

  if (topLevel === "edu" || (secondLevel !== undefined && labels.length >= 3 && ACADEMIC_SECOND_LEVEL.has(secondLevel))) {
    return "academic";
  }
  if (FREE_MAIL.has(domain)) return "free";

  return "work";
}
