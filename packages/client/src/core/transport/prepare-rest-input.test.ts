import { backup } from "@cloudhsm-kit/spec";
import { describe, expect, it } from "vitest";
import { prepareRestInput } from "./prepare-rest-input.js";

const prepare = prepareRestInput(backup.operations);

describe("a REST JSON input made ready before its attempts", () => {
  it("gets a fresh UUID as its idempotency token when the caller gives none, and keeps one given", () => {
    const filled = prepare("CreateBackupVault", { BackupVaultName: "dr-vault" }) as Record<string, string>;
    expect(filled.CreatorRequestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const again = prepare("CreateBackupVault", { BackupVaultName: "dr-vault" }) as Record<string, string>;
    expect(again.CreatorRequestId).not.toBe(filled.CreatorRequestId);
    expect(prepare("StartCopyJob", { IdempotencyToken: "mine" })).toEqual({ IdempotencyToken: "mine" });
    expect(prepare("DescribeCopyJob", { CopyJobId: "j" })).toEqual({ CopyJobId: "j" });
  });

  it("writes query timestamps given as a Date or epoch seconds as ISO 8601, and leaves text as given", () => {
    expect(
      prepare("ListCopyJobs", {
        ByCreatedAfter: new Date("2026-12-01T00:00:00.250Z"),
        ByCreatedBefore: 1_765_000_000,
        ByCompleteAfter: "2026-12-02",
      }),
    ).toEqual({
      ByCreatedAfter: "2026-12-01T00:00:00.250Z",
      ByCreatedBefore: "2025-12-06T05:46:40Z",
      ByCompleteAfter: "2026-12-02",
    });
  });
});
