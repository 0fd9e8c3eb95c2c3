import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { APP_URL } from "./app";

/**
 * Build a supplier's product page that embeds a Pellet form with the
 * documented one-line snippet. When the loader reports a completed submission, the page
 * stores the form slug in `document.body.dataset.submitted`.
 */
export function hostPageHtml(formSlug: string): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Moldworks polymer samples</title></head>
  <body>
    <h1>Request a PP sample</h1>
    <script>
      document.addEventListener("pellet:submitted", function (event) {
        document.body.dataset.submitted = event.detail.form;
      });
    </script>
    <script src="${APP_URL}/embed.js" data-pellet-form="${formSlug}" async></script>
  </body>
</html>`;
}

export type HostSite = { url: string; close: () => Promise<void> };

/**
 * Serve the host page from 127.0.0.1 on a free port. The app runs on
 * localhost at APP_PORT, so host page and form are on different origins, as
 * on a real supplier site.
 */
export async function startHostSite(formSlug: string): Promise<HostSite> {
  const html = hostPageHtml(formSlug);
  const server: Server = createServer((request, response) => {
    if (request.method !== "GET" || !request.url?.startsWith("/products/")) {
      response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/products/pp-compounds`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // The browser keeps idle connections open, and close() waits for every connection to end.
        server.closeAllConnections();
      }),
  };
}
