import { describe, expect, it } from "vitest";
import { serverForTest, testOptions } from "../../test/test-server.js";
import { createBackupClient } from "./create-client.js";
import { paginateListCopyJobs, paginateListRecoveryPointsByBackupVault } from "./paginators.js";

describe("AWS Backup paginators", () => {
  it("follow NextToken through every page, with the page size as maxResults", async () => {
    const pages = [{ CopyJobs: [{ CopyJobId: "a" }], NextToken: "t1" }, { CopyJobs: [{ CopyJobId: "b" }] }];
    const server = await serverForTest((_request, index) => ({ body: pages[index] ?? {} }));
    const client = createBackupClient(testOptions(server));
    const ids: string[] = [];
    for await (const page of paginateListCopyJobs(client, { ByState: "COMPLETED" }, { pageSize: 1 })) {
      ids.push(...(page.CopyJobs ?? []).map((job) => job.CopyJobId ?? ""));
    }
    expect(ids).toEqual(["a", "b"]);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/copy-jobs/?maxResults=1&state=COMPLETED",
      "/copy-jobs/?nextToken=t1&maxResults=1&state=COMPLETED",
    ]);
  });

  it("keep the URI members of every page's request", async () => {
    const server = await serverForTest((_request, index) => ({ body: index === 0 ? { NextToken: "n" } : {} }));
    const client = createBackupClient(testOptions(server));
    const pages = [];
    for await (const page of paginateListRecoveryPointsByBackupVault(client, { BackupVaultName: "prod-vault" })) {
      pages.push(page);
    }
    expect(pages).toHaveLength(2);
    expect(server.requests.map((r) => r.url.split("?")[0])).toEqual([
      "/backup-vaults/prod-vault/recovery-points/",
      "/backup-vaults/prod-vault/recovery-points/",
    ]);
  });
});
