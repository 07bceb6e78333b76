#!/usr/bin/env node
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { renderCatalogue } from "./catalogue.js";
import "./services/index.js";

/** `docs/conformance/checks.md` at the repository root (two levels above this package's dist/ or src/). */
export const CATALOGUE_PATH = fileURLToPath(new URL("../../docs/conformance/checks.md", import.meta.url));

mkdirSync(dirname(CATALOGUE_PATH), { recursive: true });
writeFileSync(CATALOGUE_PATH, renderCatalogue());
process.stdout.write(`wrote ${CATALOGUE_PATH}\n`);
