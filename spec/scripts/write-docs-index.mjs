// Writes dist/index.html: one link per HTML reference the build made (each AWS service's, then the control API's),
// with the title and summary of its bundled document. Run by `npm run docs` after the references are built.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";

const dist = new URL("../dist/", import.meta.url);

/** Title and summary of a bundled document, escaped for HTML. */
function describe(bundle) {
  const { info } = JSON.parse(readFileSync(new URL(bundle, dist), "utf8"));
  const html = (text) => String(text ?? "").replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return { title: html(info.title), summary: html(info.summary) };
}

const services = readdirSync(new URL("services/", dist), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const references = [
  ...services.map((id) => ({ href: `services/${id}/reference.html`, bundle: `services/${id}/openapi.json` })),
  { href: "control-api.html", bundle: "control-api.json" },
];
for (const { href } of references) {
  if (!existsSync(new URL(href, dist))) {
    throw new Error(`dist/${href} is missing: build the HTML references before the index`);
  }
}
const items = references.map(({ href, bundle }) => {
  const { title, summary } = describe(bundle);
  return `    <li><a href="${href}">${title}</a><br>${summary}</li>`;
});
writeFileSync(
  new URL("index.html", dist),
  [
    "<!doctype html>",
    '<html lang="en">',
    '<head><meta charset="utf-8"><title>cloudhsm-kit API references</title></head>',
    "<body>",
    "  <h1>cloudhsm-kit API references</h1>",
    "  <ul>",
    ...items,
    "  </ul>",
    "</body>",
    "</html>",
    "",
  ].join("\n"),
);
