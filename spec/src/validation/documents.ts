import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ServiceId } from "../service-ids.js";

/** A JSON Schema of a bundled document, as far as this package reads one. */
export type JsonSchema = { [keyword: string]: unknown };

/** The parts of a bundled OpenAPI document that validation and its callers read. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; [extension: string]: unknown };
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, JsonSchema>; [kind: string]: Record<string, unknown> };
}

const require = createRequire(import.meta.url);
const cache = new Map<string, OpenApiDocument>();

/** Reads a bundled document of this package by its export path, once (callers must not change it). */
function load(exportPath: string): OpenApiDocument {
  let doc = cache.get(exportPath);
  if (doc === undefined) {
    doc = JSON.parse(readFileSync(require.resolve(`@cloudhsm-kit/spec/${exportPath}`), "utf8")) as OpenApiDocument;
    cache.set(exportPath, doc);
  }
  return doc;
}

/** A service's bundled OpenAPI document (`@cloudhsm-kit/spec/services/<id>/openapi.json`). */
export const loadServiceDocument = (service: ServiceId = "cloudhsmv2"): OpenApiDocument =>
  load(`services/${service}/openapi.json`);

/** The emulator control protocol's bundled document (`@cloudhsm-kit/spec/control-api.json`). */
export const loadControlDocument = (): OpenApiDocument => load("control-api.json");
