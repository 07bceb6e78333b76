import { describe, expect, it } from "vitest";
import { EndpointError, resolveServiceEndpoint } from "./resolve-endpoint.js";

// Any service's endpoint prefix: the rule set is the same (CloudHSM v2's runs AWS's own cases beside its binding).
describe("resolveServiceEndpoint", () => {
  it("builds the host from the service's endpoint prefix and the region's partition", () => {
    expect(resolveServiceEndpoint("miniservice", { region: "eu-west-1" })).toEqual({
      url: "https://miniservice.eu-west-1.amazonaws.com",
    });
    expect(resolveServiceEndpoint("miniservice", { region: "cn-north-1", useFipsEndpoint: true })).toEqual({
      url: "https://miniservice-fips.cn-north-1.amazonaws.com.cn",
    });
  });

  it("keeps a custom endpoint as given and refuses FIPS with it", () => {
    expect(resolveServiceEndpoint("miniservice", { endpoint: "http://127.0.0.1:4566" })).toEqual({
      url: "http://127.0.0.1:4566",
    });
    expect(() => resolveServiceEndpoint("miniservice", { endpoint: "http://x", useFipsEndpoint: true })).toThrow(
      EndpointError,
    );
  });
});
