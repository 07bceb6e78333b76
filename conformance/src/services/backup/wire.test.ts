import { describe, expect, it } from "vitest";
import { backupReplyProblems, operationOf } from "./wire.js";

const json = (headers: Record<string, string> = {}) => new Headers({ "content-type": "application/json", ...headers });

describe("operationOf", () => {
  it("reads the operation from the method and the path, with or without the final slash", () => {
    expect(operationOf("GET", "/copy-jobs/")).toBe("ListCopyJobs");
    expect(operationOf("GET", "/copy-jobs")).toBe("ListCopyJobs");
    expect(operationOf("PUT", "/copy-jobs")).toBe("StartCopyJob");
    expect(operationOf("GET", "/copy-jobs/ABC-123")).toBe("DescribeCopyJob");
    expect(operationOf("GET", "/backup-vaults/v1/recovery-points/arn%3Aaws%3Aec2%3A%3Asnapshot%2Fsnap-1")).toBe(
      "DescribeRecoveryPoint",
    );
    expect(operationOf("POST", "/")).toBeUndefined();
  });
});

describe("backupReplyProblems", () => {
  it("accepts a reply that matches its output shape and names what breaks it", () => {
    expect(backupReplyProblems("StartCopyJob", 200, json(), '{"CopyJobId":"a","CreationDate":1.5}')).toEqual([]);
    expect(backupReplyProblems("StartCopyJob", 200, json(), '{"CopyJobId":5}').join()).toContain("CopyJobId");
    expect(backupReplyProblems("ListCopyJobs", 200, json(), "not json")[0]).toContain("not JSON");
  });

  it("wants the error type in X-Amzn-ErrorType and a modelled error's body in its shape", () => {
    expect(backupReplyProblems("DescribeCopyJob", 400, json(), '{"Message":"x"}')).toEqual([
      "the error reply has no X-Amzn-ErrorType header",
    ]);
    const typed = json({ "x-amzn-errortype": "ResourceNotFoundException" });
    expect(backupReplyProblems("DescribeCopyJob", 400, typed, '{"Message":"x"}')).toEqual([]);
    expect(backupReplyProblems("DescribeCopyJob", 400, typed, '{"Message":5}').join()).toContain(
      "ResourceNotFoundException",
    );
  });
});
