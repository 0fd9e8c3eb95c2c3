export type BodyReadResult =
  | { ok: true; text: string }
  | { ok: false; reason: "too_large" };

/** Read a request body as UTF-8, stopping once it passes `maxBytes`, whatever Content-Length claims. */
export async function readBodyWithLimit(request: Request, maxBytes: number): Promise<BodyReadResult> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return { ok: false, reason: "too_large" };
  if (!request.body) return { ok: true, text: "" };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { ok: false, reason: "too_large" };
    }
    chunks.push(value);
  }

  return { ok: true, text: Buffer.concat(chunks).toString("utf8") };
}
