import { readdirSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { responseWithKnownBody } from "../protocol/known-bodies.js";

/** Where the dashboard page is served; the JSON it reads is the control API's `GET /_emulator/v1/dashboard`. */
export const UI_PREFIX = "/_emulator/ui";

export const isUiPath = (pathname: string): boolean => pathname === UI_PREFIX || pathname.startsWith(`${UI_PREFIX}/`);

/** The package's `ui/` folder: three levels up from here, in src/ (tests) and in dist/ (the package) alike. */
const UI_DIR = new URL("../../../ui/", import.meta.url);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
};

/** Everything the page loads comes from this origin; nothing from anywhere else (it works offline). */
const SECURITY_HEADERS = {
  "Content-Security-Policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'",
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "no-cache",
};

let assets: Map<string, { type: string; text: string }> | undefined;

/** The page's files, read once: index.html, its stylesheet and its JavaScript modules (not the tests beside them). */
function loadAssets() {
  assets ??= new Map(
    readdirSync(fileURLToPath(UI_DIR))
      .filter((name) => TYPES[extname(name)] !== undefined && !name.includes(".test."))
      .map((name) => [
        name,
        { type: TYPES[extname(name)] as string, text: readFileSync(fileURLToPath(new URL(name, UI_DIR)), "utf8") },
      ]),
  );
  return assets;
}

const refusal = (status: number, __type: string, Message: string) =>
  responseWithKnownBody(JSON.stringify({ __type, Message }), {
    status,
    headers: { "Content-Type": "application/json" },
  });

/** Serves the dashboard page: `/_emulator/ui` (and `/_emulator/ui/`) is index.html, `/_emulator/ui/<file>` a file. */
export function serveUi(request: Request): Response {
  const path = new URL(request.url).pathname;
  if (request.method !== "GET") {
    return refusal(405, "MethodNotAllowed", `${request.method} is not allowed on ${path}; use GET.`);
  }
  const name = path === UI_PREFIX || path === `${UI_PREFIX}/` ? "index.html" : path.slice(UI_PREFIX.length + 1);
  const asset = loadAssets().get(name);
  if (!asset) {
    return refusal(404, "ResourceNotFound", `No dashboard file at ${path}.`);
  }
  return responseWithKnownBody(asset.text, {
    status: 200,
    headers: { "Content-Type": asset.type, ...SECURITY_HEADERS },
  });
}
