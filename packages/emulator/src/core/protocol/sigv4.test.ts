import { describe, expect, it } from "vitest";
import { FrameworkError } from "./framework-errors.js";
import { parseAuthorization } from "./sigv4.js";

const SIGNATURE = "0123456789abcdef".repeat(4);
const CREDENTIAL = "AKIDEXAMPLE/20261122/us-east-1/cloudhsm/aws4_request";
const header = (rest: string) => `AWS4-HMAC-SHA256 ${rest}`;
const WELL_FORMED = header(`Credential=${CREDENTIAL}, SignedHeaders=Content-Type;host, Signature=${SIGNATURE}`);
const anyRegion = (_region: string) => true;

/** The error name a header is refused with, or "accepted". */
function verdict(value: string | null, isServedRegion: (region: string) => boolean = anyRegion): string {
  try {
    parseAuthorization(value, isServedRegion);
    return "accepted";
  } catch (error) {
    if (error instanceof FrameworkError) {
      return error.name;
    }
    throw error;
  }
}

describe("parseAuthorization", () => {
  it("reads the credential scope, the signed headers as given and the signature", () => {
    expect(parseAuthorization(WELL_FORMED, anyRegion)).toEqual({
      accessKeyId: "AKIDEXAMPLE",
      date: "20261122",
      region: "us-east-1",
      service: "cloudhsm",
      signedHeaders: "Content-Type;host",
      signature: SIGNATURE,
    });
  });

  it("takes any whitespace around the scheme and the parameters, in any order, the last of a repeated one", () => {
    const spaced = `\n AWS4-HMAC-SHA256\t\tSignature=${"f".repeat(64)} ,Credential = ${CREDENTIAL},\n  SignedHeaders=host, Signature=${SIGNATURE} \t`;
    expect(parseAuthorization(spaced, anyRegion)).toMatchObject({ signedHeaders: "host", signature: SIGNATURE });
    expect(
      verdict(header(`Credential=${CREDENTIAL}, Other=x, =y, z, SignedHeaders=host, Signature=${SIGNATURE}`)),
    ).toBe("accepted");
  });

  it("refuses a missing header, another scheme, and a missing or empty parameter, as AWS does", () => {
    expect(verdict(null)).toBe("MissingAuthenticationTokenException");
    expect(verdict(" \t")).toBe("MissingAuthenticationTokenException");
    for (const bad of [
      "Bearer abc",
      "AWS4-HMAC-SHA256",
      `AWS4-HMAC-SHA256Credential=${CREDENTIAL}, SignedHeaders=host, Signature=${SIGNATURE}`,
      `aws4-hmac-sha256 Credential=${CREDENTIAL}, SignedHeaders=host, Signature=${SIGNATURE}`,
      header(`SignedHeaders=host, Signature=${SIGNATURE}`),
      header(`Credential=${CREDENTIAL}, Signature=${SIGNATURE}`),
      header(`Credential=${CREDENTIAL}, SignedHeaders=host`),
      header(`Credential=${CREDENTIAL}, SignedHeaders=, Signature=${SIGNATURE}`),
    ]) {
      expect(verdict(bad), bad).toBe("IncompleteSignatureException");
    }
  });

  it("refuses a malformed credential scope or signature, and a region the service does not serve", () => {
    for (const credential of [
      "AKIDEXAMPLE/20261122/us-east-1/cloudhsm",
      "AKIDEXAMPLE/2026112/us-east-1/cloudhsm/aws4_request",
      "/20261122/us-east-1/cloudhsm/aws4_request",
      "AKIDEXAMPLE/20261122/us-east-1/cloudhsm/aws4_request/x",
      "AKIDEXAMPLE/20261122/us-east-1/cloudhsm/aws5_request",
    ]) {
      expect(verdict(header(`Credential=${credential}, SignedHeaders=host, Signature=${SIGNATURE}`)), credential).toBe(
        "IncompleteSignatureException",
      );
    }
    expect(verdict(header(`Credential=${CREDENTIAL}, SignedHeaders=host, Signature=${SIGNATURE.toUpperCase()}`))).toBe(
      "IncompleteSignatureException",
    );
    expect(verdict(WELL_FORMED, (region) => region !== "us-east-1")).toBe("InvalidSignatureException");
  });
});
