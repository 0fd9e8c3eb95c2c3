import { describe, expect, it } from "vitest";

import { classifyEmailDomain, normalizeEmail, type EmailKind } from "@/lib/normalize/email";

describe("normalizeEmail", () => {
  it.each<{ label: string; input: string; expected: string }>([
    { label: "mixed case lowered", input: "Ana@Example.com", expected: "ana@example.com" },
    { label: "lower case unchanged", input: "ana@example.com", expected: "ana@example.com" },
    { label: "plus part kept", input: "ana+tds@example.com", expected: "ana+tds@example.com" },
    { label: "IDN domain to punycode", input: "ana@bücher.example", expected: "ana@xn--bcher-kva.example" },
    { label: "upper-case IDN domain", input: "Ana@BÜCHER.example", expected: "ana@xn--bcher-kva.example" },
    { label: "surrounding spaces trimmed", input: "  ana@example.com \n", expected: "ana@example.com" },
    { label: "domain trailing dot dropped", input: "ana@example.com.", expected: "ana@example.com" },
  ])("normalizeEmail: $label", ({ input, expected }) => {
    expect(normalizeEmail(input)).toBe(expected);
  });

  it("case variants give same value", () => {
    expect(normalizeEmail("Ana@Example.com")).toBe(normalizeEmail("ana@example.com"));
  });

  it("plus address stays distinct", () => {
    expect(normalizeEmail("ana+tds@example.com")).not.toBe(normalizeEmail("ana@example.com"));
  });
});

describe("classifyEmailDomain", () => {
  it.each<{ label: string; domain: string; expected: EmailKind }>([
    { label: "gmail.com", domain: "gmail.com", expected: "free" },
    { label: "outlook.com", domain: "outlook.com", expected: "free" },
    { label: "gmx.de", domain: "gmx.de", expected: "free" },
    { label: "mit.edu", domain: "mit.edu", expected: "academic" },
    { label: "edu subdomain", domain: "chemistry.mit.edu", expected: "academic" },
    { label: "ox.ac.uk", domain: "ox.ac.uk", expected: "academic" },
    { label: "ac.uk subdomain", domain: "materials.ox.ac.uk", expected: "academic" },
    { label: "ac.jp university", domain: "u-tokyo.ac.jp", expected: "academic" },
    { label: "edu.br university", domain: "ufrj.edu.br", expected: "academic" },
    { label: "company .com domain", domain: "basf.com", expected: "work" },
    { label: "company country domain", domain: "moldworks.de", expected: "work" },
    { label: "company under co.uk", domain: "polymers.co.uk", expected: "work" },
  ])("classify: $label", ({ domain, expected }) => {
    expect(classifyEmailDomain(domain)).toBe(expected);
  });
});
