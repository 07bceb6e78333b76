import { describe, expect, it } from "vitest";
import { CloudHsmInvalidRequestException } from "./errors.js";
import { principalsOf } from "./policies.js";

describe("principalsOf", () => {
  it("reads accounts from Allow statements (ARN or bare ID) and the * wildcard", () => {
    const policy = JSON.stringify({
      Statement: [
        { Effect: "Allow", Principal: { AWS: ["arn:aws:iam::111122223333:root", "444455556666"] }, Action: "*" },
        { Effect: "Deny", Principal: { AWS: "777788889999" }, Action: "*" },
        { Effect: "Allow", Principal: "*", Action: "*" },
      ],
    });
    expect([...principalsOf(policy)].sort()).toEqual(["*", "111122223333", "444455556666"]);
  });
  it("refuses text that is not a JSON object", () => {
    for (const bad of ["nope", "[]", "1", '{"Statement": [1]}']) {
      expect(() => principalsOf(bad)).toThrow(CloudHsmInvalidRequestException);
    }
    expect(principalsOf("{}").size).toBe(0);
  });
});
