import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { browserBundle } from "../../bench/browser-bundle.mjs";

export interface PageServer {
  /** `http://127.0.0.1:<port>`: the page's origin. */
  readonly url: string;
  /** The files in the page's bundle. */
  readonly bundled: readonly string[];
  close(): Promise<void>;
}

// The entry the page loads: the published client, as a browser bundler resolves it (the WebCrypto signer),
// handed to the page's script with the emulator's URL from the query string.
const ENTRY = `
  import * as kit from "@cloudhsm-kit/client";
  import { runPage } from "./page.ts";
  window.pageResults = runPage(kit, new URLSearchParams(location.search).get("endpoint"));`;

const HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>@cloudhsm-kit/client in a browser</title>
    <link rel="icon" href="data:," />
    <style>
      body { font: 15px/1.4 system-ui, sans-serif; margin: 24px; }
      table { border-collapse: collapse; }
      td { border: 1px solid #bbb; padding: 6px 10px; vertical-align: top; }
      td:first-child { font-weight: 600; white-space: nowrap; }
    </style>
  </head>
  <body>
    <h1>@cloudhsm-kit/client in a browser</h1>
    <div id="results">running…</div>
    <script type="module" src="/page.js"></script>
  </body>
</html>
`;

/** Serves the page and its bundle on 127.0.0.1 and a free port. */
export async function startPageServer(): Promise<PageServer> {
  const { code, metafile } = await browserBundle({
    contents: ENTRY,
    resolveDir: fileURLToPath(new URL(".", import.meta.url)),
  });
  const server = createServer((request, response) => {
    if (request.url === "/page.js") {
      response.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8" }).end(code);
    } else if (request.url?.startsWith("/?") || request.url === "/") {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(HTML);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bundled: Object.keys(metafile.inputs),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
