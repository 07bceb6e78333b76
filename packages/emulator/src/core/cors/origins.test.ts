import { describe, expect, it } from "vitest";
import { OptionError } from "../options/option-error.js";
import { corsOriginsFromList, corsPolicy, isAllowedOrigin, isLoopbackOrigin } from "./origins.js";

describe("CORS origins", () => {
  it("allow any port of a loopback origin by default, and nothing else", () => {
    const policy = corsPolicy();
    for (const origin of ["http://localhost:5173", "https://localhost", "http://127.0.0.1:8080", "http://[::1]:3000"]) {
      expect(isAllowedOrigin(policy, origin), origin).toBe(true);
    }
    for (const origin of [
      "https://app.example.com",
      "http://localhost.example.com",
      "null",
      "file://",
      "ftp://localhost",
    ]) {
      expect(isAllowedOrigin(policy, origin), origin).toBe(false);
    }
    expect(isLoopbackOrigin("http://127.0.0.2")).toBe(false);
  });

  it("take a list of origins and loopback, or *", () => {
    const listed = corsPolicy(corsOriginsFromList("https://app.example.com, http://10.0.0.5:8080"));
    expect(isAllowedOrigin(listed, "https://app.example.com")).toBe(true);
    expect(isAllowedOrigin(listed, "http://10.0.0.5:8080")).toBe(true);
    expect(isAllowedOrigin(listed, "http://localhost:5173")).toBe(false);
    const both = corsPolicy(corsOriginsFromList("loopback,https://app.example.com"));
    expect(isAllowedOrigin(both, "http://localhost:5173")).toBe(true);
    expect(corsOriginsFromList(" * ")).toBe("*");
    expect(isAllowedOrigin(corsPolicy("*"), "https://anything.example")).toBe(true);
    expect(isAllowedOrigin(corsPolicy([]), "http://localhost")).toBe(false);
  });

  it("refuse an entry that is not an origin, saying what was expected", () => {
    const reason = (option: unknown) => {
      try {
        corsPolicy(option as never);
      } catch (e) {
        expect(e).toBeInstanceOf(OptionError);
        return (e as OptionError).reason;
      }
      return "accepted";
    };
    expect(reason(["https://app.example.com/"])).toBe(
      '"https://app.example.com/" is not an origin as a browser sends it (expected "loopback" or an origin as a browser sends it, scheme://host[:port] (e.g. https://app.example.com)); did you mean "https://app.example.com"?',
    );
    expect(reason(["app.example.com"])).toMatch(/^expected "loopback" or an origin .*; got "app.example.com"$/);
    expect(reason(["ftp://files.example.com"])).toMatch(/; got "ftp:\/\/files.example.com"$/);
    expect(reason([42])).toMatch(/; got 42$/);
    expect(reason("loopback")).toBe('expected "*" or a list of origins and "loopback"; got "loopback"');
  });
});
