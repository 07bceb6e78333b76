import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVICE_IDS } from "../src/service-ids.js";

describe("SERVICE_IDS", () => {
  it("names exactly the service folders under services/", () => {
    const folders = readdirSync(new URL("../services/", import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect([...SERVICE_IDS].sort()).toEqual(folders.sort());
  });
});
