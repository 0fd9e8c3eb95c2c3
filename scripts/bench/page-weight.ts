import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";

export type Transfer = { url: string; status: number; contentEncoding: string | null; transferredBytes: number; decodedBytes: number };

export type PageWeight = {
  page: Transfer;
  scripts: Transfer[];
  scriptTransferredBytes: number;
  scriptDecodedBytes: number;
  // <script src> values that point to another origin and were not fetched.
  skippedScripts: string[];
};

const ACCEPT_ENCODING = "gzip, br";

function decode(body: Buffer, encoding: string | null): Buffer {
  switch (encoding) {
    case null:
    case "identity":
      return body;
    case "gzip":
      return zlib.gunzipSync(body);
    case "br":
      return zlib.brotliDecompressSync(body);
    case "deflate":
      return zlib.inflateSync(body);
    default:
      throw new Error(`Unexpected Content-Encoding ${encoding}.`);
  }
}

/**
 * GET a URL with node:http, which, unlike node's fetch, does not decode the
 * body, so the byte count is the body as transferred. Headers and chunked
 * framing are not counted.
 */
export function fetchTransferred(url: string, headers: Record<string, string> = {}): Promise<Transfer & { body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { "accept-encoding": ACCEPT_ENCODING, ...headers }, timeout: 30_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const raw = Buffer.concat(chunks);
        const encoding = response.headers["content-encoding"] ?? null;
        try {
          const body = decode(raw, encoding);
          resolve({ url, status: response.statusCode ?? 0, contentEncoding: encoding, transferredBytes: raw.length, decodedBytes: body.length, body });
        } catch (error) {
          reject(error);
        }
      });
    });
    request.on("timeout", () => request.destroy(new Error(`GET ${url} timed out after 30 s.`)));
    request.on("error", reject);
  });
}

/** Fetch a page (with extra request headers, such as a session cookie) and every same-origin <script src> in its HTML, and add up their bytes. */
export async function measurePageWeight(pageUrl: string, headers: Record<string, string> = {}): Promise<PageWeight> {
  const page = await fetchTransferred(pageUrl, headers);
  if (page.status !== 200) throw new Error(`GET ${pageUrl} returned ${page.status}, expected 200.`);

  const origin = new URL(pageUrl).origin;
  const sources = new Set<string>();
  const skippedScripts: string[] = [];
  for (const match of page.body.toString("utf8").matchAll(/<script\b[^>]*?\bsrc="([^"]+)"/g)) {
    const src = new URL(match[1]!.replaceAll("&amp;", "&"), pageUrl);
    if (src.origin === origin) sources.add(src.toString());
    else skippedScripts.push(src.toString());
  }

  const scripts: Transfer[] = [];
  for (const source of sources) {
    const { body: _body, ...script } = await fetchTransferred(source);
    if (script.status !== 200) throw new Error(`GET ${source} returned ${script.status}, expected 200.`);
    scripts.push(script);
  }
  const { body: _pageBody, ...pageTransfer } = page;

  return {
    page: pageTransfer,
    scripts,
    scriptTransferredBytes: scripts.reduce((sum, script) => sum + script.transferredBytes, 0),
    scriptDecodedBytes: scripts.reduce((sum, script) => sum + script.decodedBytes, 0),
    skippedScripts,
  };
}

/**
 * Size of public/embed.js as written and after node:zlib gzip at level 9.
 * `gzip -9 FILE` gives a few bytes more, because it also stores the file name.
 */
export function measureLoader(): { file: string; bytes: number; gzip9Bytes: number } {
  const file = path.join("public", "embed.js");
  const source = readFileSync(path.join(process.cwd(), file));

  return { file, bytes: source.length, gzip9Bytes: zlib.gzipSync(source, { level: 9 }).length };
}
