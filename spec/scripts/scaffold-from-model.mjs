// `node scripts/scaffold-from-model.mjs <service> <Operation,...>`: writes the model-derived skeleton of a REST JSON
// service's OpenAPI source — services/<service>/openapi/components/schemas.yaml (every shape the operations reach,
// with the model's constraints and documentation) and one paths/<uri>.yaml per request URI (method, parameters,
// body, replies by HTTP status) — from services/<service>/aws-model/service-2.json. It writes only files that do not
// exist yet: the written sources are then edited by hand (documented behaviours, examples), and the fidelity gate
// proves the result equal to the model, so a hand edit that departs from it fails the build.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { stringify } from "yaml";
import { markdownOf } from "./scaffold/markdown.mjs";
import { pathFileName, pathItemsOf } from "./scaffold/paths.mjs";
import { schemaOf, shapesReached } from "./scaffold/schemas.mjs";

const [service, operationList] = process.argv.slice(2);
if (service === undefined || operationList === undefined) {
  process.stderr.write("usage: node scripts/scaffold-from-model.mjs <service> <Operation,...>\n");
  process.exit(2);
}
const root = new URL(`../services/${service}/`, import.meta.url);
const model = JSON.parse(readFileSync(new URL("aws-model/service-2.json", root), "utf8"));
const operations = operationList.split(",");
for (const name of operations.filter((n) => model.operations[n] === undefined)) {
  process.stderr.write(`${name} is not an operation of the model\n`);
  process.exit(2);
}

const yaml = (value) => stringify(value, { lineWidth: 118, aliasDuplicateObjects: false, blockQuote: "literal" });
const writeNew = (url, text) => {
  if (existsSync(url)) {
    process.stdout.write(`kept ${url.pathname} (exists)\n`);
    return;
  }
  writeFileSync(url, text);
  process.stdout.write(`wrote ${url.pathname}\n`);
};

mkdirSync(new URL("openapi/components/", root), { recursive: true });
mkdirSync(new URL("openapi/paths/", root), { recursive: true });
const schemas = Object.fromEntries(
  [...shapesReached(model, operations)].sort().map((name) => [name, schemaOf(model, name, markdownOf)]),
);
writeNew(new URL("openapi/components/schemas.yaml", root), yaml(schemas));
for (const [uri, item] of pathItemsOf(model, operations, markdownOf)) {
  writeNew(new URL(`openapi/paths/${pathFileName(uri)}`, root), yaml(item));
}
