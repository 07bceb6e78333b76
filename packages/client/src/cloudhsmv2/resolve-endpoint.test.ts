import { describe, expect, it } from "vitest";
import endpointTests from "../../test/fixtures/endpoint-tests-1.json" with { type: "json" };
import { EndpointError } from "../core/endpoint/resolve-endpoint.js";
import { resolveEndpoint } from "./resolve-endpoint.js";

interface RuleSetCase {
  documentation: string;
  params?: { Region?: string; UseFIPS?: boolean; UseDualStack?: boolean; Endpoint?: string };
  expect: { endpoint?: { url: string }; error?: string };
}

const cases = endpointTests.testCases as RuleSetCase[];

describe("resolveEndpoint against AWS's endpoint-tests-1.json", () => {
  it("has every case of the file", () => {
    expect(cases).toHaveLength(42);
  });

  it.each(cases.map((c) => [c.documentation, c] as const))("%s", (_name, c) => {
    const parameters = {
      region: c.params?.Region,
      useFipsEndpoint: c.params?.UseFIPS,
      useDualstackEndpoint: c.params?.UseDualStack,
      endpoint: c.params?.Endpoint,
    };
    if (c.expect.error !== undefined) {
      expect(() => resolveEndpoint(parameters)).toThrow(new EndpointError(c.expect.error));
    } else {
      expect(resolveEndpoint(parameters)).toEqual({ url: c.expect.endpoint?.url });
    }
  });
});

describe("partitions beyond the AWS test file", () => {
  it.each([
    ["eu-isoe-west-1", "https://cloudhsmv2.eu-isoe-west-1.cloud.adc-e.uk"],
    ["us-isof-south-1", "https://cloudhsmv2.us-isof-south-1.csp.hci.ic.gov"],
    ["eusc-de-east-1", "https://cloudhsmv2.eusc-de-east-1.amazonaws.eu"],
    ["ap-southeast-9", "https://cloudhsmv2.ap-southeast-9.amazonaws.com"],
  ])("resolves %s by the region regex", (region, url) => {
    expect(resolveEndpoint({ region })).toEqual({ url });
  });

  it("uses the dual-stack suffix of the ISO partitions", () => {
    expect(resolveEndpoint({ region: "us-iso-east-1", useDualstackEndpoint: true })).toEqual({
      url: "https://cloudhsmv2.us-iso-east-1.api.aws.ic.gov",
    });
  });
});
