import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadStrictKeys, parseStrictKeys } from "./strict-keys.js";

const dir = mkdtempSync(join(tmpdir(), "cloudhsm-strict-keys-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("--strict-keys file", () => {
  it("reads key pairs with their optional account and regions", () => {
    const file = join(dir, "keys.json");
    writeFileSync(
      file,
      JSON.stringify({
        keys: [
          { accessKeyId: "AKIDALICE", secretAccessKey: "a", accountId: "111122223333", regions: ["us-east-1"] },
          { accessKeyId: "AKIDBOB", secretAccessKey: "b" },
        ],
      }),
    );
    expect(loadStrictKeys(file)).toEqual([
      { accessKeyId: "AKIDALICE", secretAccessKey: "a", accountId: "111122223333", regions: ["us-east-1"] },
      { accessKeyId: "AKIDBOB", secretAccessKey: "b" },
    ]);
  });

  it("says which member is wrong and what was expected", () => {
    const refusal = (doc: unknown) => {
      try {
        parseStrictKeys(typeof doc === "string" ? doc : JSON.stringify(doc));
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error(`accepted ${JSON.stringify(doc)}`);
    };
    const key = { accessKeyId: "AKID", secretAccessKey: "s" };
    expect(refusal("{keys")).toMatch(/^is not valid JSON \(.*\); expected \{"keys": \[/);
    expect(refusal([key])).toMatch(/^must be an object with a non-empty "keys" array/);
    expect(refusal({ keys: [] })).toMatch(/non-empty "keys" array/);
    expect(refusal({ keys: [key], colour: 1 })).toBe('has an unknown member "colour"; the only member is "keys"');
    expect(refusal({ keys: [null] })).toBe("keys[0] must be an object with accessKeyId and secretAccessKey");
    expect(refusal({ keys: [{ ...key, secret: "x" }] })).toMatch(/^keys\[0\] has an unknown member "secret"/);
    expect(refusal({ keys: [{ ...key, accessKeyId: "a/b" }] })).toMatch(/^keys\[0\]\.accessKeyId must be/);
    expect(refusal({ keys: [key, key] })).toBe('keys[1].accessKeyId "AKID" is given twice');
    expect(refusal({ keys: [{ ...key, secretAccessKey: "" }] })).toBe(
      "keys[0].secretAccessKey must be a non-empty string",
    );
    expect(refusal({ keys: [{ ...key, accountId: 111122223333 }] })).toMatch(/^keys\[0\]\.accountId must be 12 digits/);
    expect(refusal({ keys: [{ ...key, regions: [] }] })).toMatch(/^keys\[0\]\.regions must be a non-empty array/);
    expect(refusal({ keys: [{ ...key, regions: ["us-east-1", "zz-east-1"] }] })).toBe(
      'keys[0].regions[1] "zz-east-1" is not a region CloudHSM serves',
    );
  });

  it("gives the OS's reason when the file cannot be read", () => {
    expect(() => loadStrictKeys(join(dir, "missing.json"))).toThrow(
      "cannot be read: ENOENT: no such file or directory",
    );
  });
});
