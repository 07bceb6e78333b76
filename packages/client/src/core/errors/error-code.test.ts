import { describe, expect, it } from "vitest";
import { normaliseErrorCode, readErrorCode } from "./error-code.js";

describe("normaliseErrorCode", () => {
  it.each([
    ["CloudHsmInvalidRequestException", "CloudHsmInvalidRequestException"],
    ["com.amazonaws.cloudhsmv2#CloudHsmInvalidRequestException", "CloudHsmInvalidRequestException"],
    ["CloudHsmTagException:http://internal.amazon.com/coral/com.amazon.coral.validate/", "CloudHsmTagException"],
    ["aws.protocoltests.restjson#FooError:http://internal.amazon.com/coral/com.amazon/", "FooError"],
    [" ThrottlingException ", "ThrottlingException"],
  ])("%s → %s", (raw, code) => {
    expect(normaliseErrorCode(raw)).toBe(code);
  });
});

describe("readErrorCode", () => {
  const body = { code: "FromCode", __type: "FromType" };

  it("prefers the X-Amzn-Errortype header over the body", () => {
    expect(readErrorCode(new Headers({ "X-Amzn-Errortype": "FromHeader:http://x" }), body)).toBe("FromHeader");
  });

  it("prefers body code over __type", () => {
    expect(readErrorCode(new Headers(), body)).toBe("FromCode");
  });

  it("falls back to __type", () => {
    expect(readErrorCode(new Headers(), { __type: "ns#FromType" })).toBe("FromType");
  });

  it("ignores empty and non-string fields", () => {
    expect(readErrorCode(new Headers(), { code: 42, __type: "" })).toBeUndefined();
    expect(readErrorCode(new Headers(), "<html>")).toBeUndefined();
  });
});
