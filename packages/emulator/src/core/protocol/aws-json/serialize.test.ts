import { describe, expect, it } from "vitest";
import { serializeOutput } from "./serialize.js";

describe("serializeOutput", () => {
  it("writes an output with no members as the chosen empty body, any other as JSON", async () => {
    const text = (output: unknown, empty: string) => serializeOutput(output, "req-1", empty).body;
    expect(await text({}, "{}")).toBe("{}");
    expect(await text(undefined, "{}")).toBe("{}");
    expect(await text({}, "")).toBe("");
    expect(await text({ Backups: [] }, "")).toBe('{"Backups":[]}');
    const r = serializeOutput({}, "req-1", "{}");
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toBe("application/x-amz-json-1.1");
    expect(r.headers["x-amzn-requestid"]).toBe("req-1");
  });
});
