import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UNDOC_ERRORS } from "./domain/undocumented-errors.js";
import { UNDOC } from "./undocumented.js";

/** The README's table of undocumented choices, which must name every entry of the module. */
const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
const table = readme.slice(readme.indexOf("## Undocumented behaviour"), readme.indexOf("## Not modelled"));

describe("undocumented choices", () => {
  it("are all listed in the README's table", () => {
    expect(table.length).toBeGreaterThan(0);
    const missing = [
      ...Object.keys(UNDOC).map((k) => `UNDOC.${k}`),
      ...Object.keys(UNDOC_ERRORS).map((k) => `UNDOC_ERRORS.${k}`),
    ].filter((name) => !table.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it("name only entries that exist", () => {
    const named = [...table.matchAll(/`(UNDOC(?:_ERRORS)?)\.(\w+)`/g)];
    expect(named.length).toBeGreaterThan(0);
    for (const [, module, key] of named) {
      expect(Object.keys(module === "UNDOC" ? UNDOC : UNDOC_ERRORS), `${module}.${key}`).toContain(key);
    }
  });
});
