import { describe, expect, it } from "vitest";

import { frameAncestors, isOriginAllowed, originOf } from "@/lib/capture/origin";

describe("originOf", () => {
  it.each<{ label: string; url: string | null | undefined; expected: string | null }>([
    { label: "https URL with path", url: "https://moldworks.example/products/pp?ref=1", expected: "https://moldworks.example" },
    { label: "http URL", url: "http://moldworks.example/", expected: "http://moldworks.example" },
    { label: "explicit non-default port", url: "https://moldworks.example:8443/form", expected: "https://moldworks.example:8443" },
    { label: "explicit default port", url: "https://moldworks.example:443/form", expected: "https://moldworks.example" },
    { label: "upper-case scheme and host", url: "HTTPS://Moldworks.Example/", expected: "https://moldworks.example" },
    { label: "ftp URL", url: "ftp://moldworks.example/file", expected: null },
    { label: "mailto URL", url: "mailto:ana@moldworks.example", expected: null },
    { label: "relative path", url: "/forms/sample-request", expected: null },
    { label: "not a URL", url: "moldworks", expected: null },
    { label: "empty string", url: "", expected: null },
    { label: "null", url: null, expected: null },
    { label: "undefined", url: undefined, expected: null },
  ])("originOf: $label", ({ url, expected }) => {
    expect(originOf(url)).toBe(expected);
  });
});

describe("isOriginAllowed", () => {
  const allowed = ["https://moldworks.example", "https://shop.moldworks.example:8443"];

  it.each<{ label: string; list: readonly string[]; origin: string | null; expected: boolean }>([
    { label: "exact match", list: allowed, origin: "https://moldworks.example", expected: true },
    { label: "exact match with port", list: allowed, origin: "https://shop.moldworks.example:8443", expected: true },
    { label: "other scheme", list: allowed, origin: "http://moldworks.example", expected: false },
    { label: "other subdomain", list: allowed, origin: "https://www.moldworks.example", expected: false },
    { label: "other port", list: allowed, origin: "https://moldworks.example:8443", expected: false },
    { label: "port missing", list: allowed, origin: "https://shop.moldworks.example", expected: false },
    { label: "unrelated host", list: allowed, origin: "https://resincompete.example", expected: false },
    { label: "empty list allows all", list: [], origin: "https://anywhere.example", expected: true },
    { label: "null origin allowed", list: allowed, origin: null, expected: true },
  ])("allowed: $label", ({ list, origin, expected }) => {
    expect(isOriginAllowed(list, origin)).toBe(expected);
  });
});

describe("frameAncestors", () => {
  it.each<{ label: string; list: readonly string[]; expected: string }>([
    { label: "empty list", list: [], expected: "frame-ancestors *" },
    { label: "one origin", list: ["https://moldworks.example"], expected: "frame-ancestors 'self' https://moldworks.example" },
    {
      label: "two origins",
      list: ["https://moldworks.example", "https://shop.moldworks.example:8443"],
      expected: "frame-ancestors 'self' https://moldworks.example https://shop.moldworks.example:8443",
    },
  ])("directive: $label", ({ list, expected }) => {
    expect(frameAncestors(list)).toBe(expected);
  });
});
