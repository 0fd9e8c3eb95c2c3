/** Return the `scheme://host[:port]` of a URL, or null when it is not an http(s) URL. */
export function originOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    return parsed.origin;
  } catch {
    return null;
  }
}

/**
 * Whether a form may be embedded on, or posted from, `origin`. An empty list
 * allows any origin. Matching is exact, so `https://example.com` does not
 * allow `https://www.example.com` or `http://example.com`. A request with no
 * origin (a server-to-server post) is allowed, since only browsers send one.
 */
export function isOriginAllowed(allowedOrigins: readonly string[], origin: string | null): boolean {
  if (allowedOrigins.length === 0 || origin === null) return true;

  return allowedOrigins.includes(origin);
}

/** Build the CSP `frame-ancestors` value for a form page. */
export function frameAncestors(allowedOrigins: readonly string[]): string {
  return allowedOrigins.length === 0 ? "frame-ancestors *" : `frame-ancestors 'self' ${allowedOrigins.join(" ")}`;
}
