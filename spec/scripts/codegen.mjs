// `node scripts/codegen.mjs [--check]`: writes the data modules of src/generated/ that openapi-typescript does not
// make — each service's src/generated/<id>/service.ts from its bundle (and io.ts for REST services), and src/generated/partitions.ts from AWS's
// partition table. With --check it writes nothing and fails when a committed module differs from what it renders.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { renderPartitionModule } from "./codegen/partition-module.mjs";
import { renderRestIoModule } from "./codegen/rest-io-module.mjs";
import { renderServiceModule } from "./codegen/service-module.mjs";

const root = new URL("../", import.meta.url);
const check = process.argv.includes("--check");
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), "utf8"));

const services = readdirSync(new URL("services/", root), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const modules = [
  ...services.map((id) => ({
    path: `src/generated/${id}/service.ts`,
    text: renderServiceModule(id, readJson(`dist/services/${id}/openapi.json`)),
  })),
  ...services
    .map((id) => ({ id, doc: readJson(`dist/services/${id}/openapi.json`) }))
    .filter(({ doc }) => doc.info["x-aws-service"].protocol === "restJson1")
    .map(({ id, doc }) => ({ path: `src/generated/${id}/io.ts`, text: renderRestIoModule(id, doc) })),
  { path: "src/generated/partitions.ts", text: renderPartitionModule(readJson("shared/aws-model/partitions.json")) },
];

const stale = [];
for (const { path, text } of modules) {
  const file = new URL(path, root);
  if (!check) {
    writeFileSync(file, text);
  } else if (readFileSync(file, "utf8") !== text) {
    stale.push(path);
  }
}
if (stale.length > 0) {
  process.stderr.write(`stale: ${stale.join(", ")}\n`);
  process.exitCode = 1;
}
