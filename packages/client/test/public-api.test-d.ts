import type { components, InputOf, OutputOf } from "@cloudhsm-kit/spec";
import { pathOf, targetOf } from "@cloudhsm-kit/spec";
import { describe, expectTypeOf, it } from "vitest";
import type * as cloudhsmv2 from "../src/cloudhsmv2/index.js";
import {
  type AwsServiceError,
  type CloudHsmResourceNotFoundException,
  type CloudHsmV2Client,
  type CloudHsmV2ModelledError,
  type CloudHsmV2ServiceError,
  createCloudHsmV2Client,
  createCloudHsmV2RawClient,
  createWaiter,
  isCloudHsmV2ServiceError,
  type Output,
  type Paginator,
  paginateDescribeBackups,
  paginateDescribeClusters,
  paginateListTags,
  type ResponseMetadata,
  waitUntilBackupState,
} from "../src/index.js";

declare const client: CloudHsmV2Client;

describe("operation methods", () => {
  it("take the operation's input and return its output with $metadata", () => {
    expectTypeOf(client.describeBackups).parameter(0).toEqualTypeOf<InputOf<"DescribeBackups"> | undefined>();
    expectTypeOf(client.copyBackupToRegion).parameter(0).toEqualTypeOf<InputOf<"CopyBackupToRegion">>();
    expectTypeOf<Awaited<ReturnType<typeof client.copyBackupToRegion>>>().toMatchTypeOf<
      OutputOf<"CopyBackupToRegion">
    >();
    expectTypeOf<Awaited<ReturnType<typeof client.describeBackups>>["$metadata"]>().toEqualTypeOf<ResponseMetadata>();
    expectTypeOf<Awaited<ReturnType<typeof client.describeBackups>>["Backups"]>().toEqualTypeOf<
      components["schemas"]["Backup"][] | undefined
    >();
  });

  it("require the input when the operation has required members", () => {
    // @ts-expect-error BackupId and DestinationRegion are required
    void client.copyBackupToRegion();
    // @ts-expect-error BackupId is a string
    void client.deleteBackup({ BackupId: 42 });
    // @ts-expect-error operation names are AWS's spelling
    void client.send("describeBackups", {});
    void client.describeClusters();
  });

  it("send is typed by operation name", () => {
    expectTypeOf(client.send<"ListTags">)
      .parameter(1)
      .toEqualTypeOf<InputOf<"ListTags">>();
    expectTypeOf<Awaited<ReturnType<typeof client.send<"ListTags">>>["TagList"]>().toEqualTypeOf<
      components["schemas"]["Tag"][]
    >();
  });

  it("has all 18 operations and nothing else besides send, config and forRegion", () => {
    expectTypeOf<keyof CloudHsmV2Client>().toEqualTypeOf<
      | "copyBackupToRegion"
      | "createCluster"
      | "createHsm"
      | "deleteBackup"
      | "deleteCluster"
      | "deleteHsm"
      | "deleteResourcePolicy"
      | "describeBackups"
      | "describeClusters"
      | "getResourcePolicy"
      | "initializeCluster"
      | "listTags"
      | "modifyBackupAttributes"
      | "modifyCluster"
      | "putResourcePolicy"
      | "restoreBackup"
      | "tagResource"
      | "untagResource"
      | "send"
      | "config"
      | "forRegion"
    >();
  });

  it("keeps the raw client typed by the spec's fragment paths", () => {
    const raw = createCloudHsmV2RawClient({
      region: "us-east-1",
      credentials: { accessKeyId: "a", secretAccessKey: "b" },
    });
    // The spec declares X-Amz-Target as a header parameter with a constant value; awsJson() sets it anyway.
    const header = { "X-Amz-Target": targetOf("DescribeBackups") } as const;
    void raw.POST(pathOf("DescribeBackups"), { params: { header }, body: {} });
    // @ts-expect-error the header must name the path's operation
    void raw.POST(pathOf("ListTags"), { params: { header }, body: { ResourceId: "r" } });
    // @ts-expect-error not a path of the spec
    void raw.POST("/backups", {});
  });
});

describe("errors", () => {
  it("narrow by name through the guard", () => {
    const error: unknown = new Error("x");
    if (isCloudHsmV2ServiceError(error, "CloudHsmResourceNotFoundException")) {
      expectTypeOf(error).toEqualTypeOf<CloudHsmResourceNotFoundException>();
      expectTypeOf(error.name).toEqualTypeOf<"CloudHsmResourceNotFoundException">();
    }
    if (isCloudHsmV2ServiceError(error, "ThrottlingException")) {
      expectTypeOf(error).toEqualTypeOf<CloudHsmV2ServiceError<"ThrottlingException">>();
    }
    if (isCloudHsmV2ServiceError(error)) {
      expectTypeOf(error.$fault).toEqualTypeOf<"client" | "server">();
      expectTypeOf(error.$metadata.httpStatusCode).toEqualTypeOf<number>();
    }
  });

  it("narrow by switching on name over the modelled errors", () => {
    const error = {} as CloudHsmV2ModelledError;
    switch (error.name) {
      case "CloudHsmResourceNotFoundException":
        expectTypeOf(error).toEqualTypeOf<CloudHsmResourceNotFoundException>();
        break;
      case "CloudHsmInternalFailureException":
        expectTypeOf(error.name).toEqualTypeOf<"CloudHsmInternalFailureException">();
        break;
    }
    expectTypeOf(error).toMatchTypeOf<CloudHsmV2ServiceError>();
  });
});

describe("options, paginators and the waiter", () => {
  it("check option types", () => {
    // @ts-expect-error region is required
    createCloudHsmV2Client({ credentials: { accessKeyId: "a", secretAccessKey: "b" } });
    createCloudHsmV2Client({
      region: "eu-west-1",
      credentials: async () => ({ accessKeyId: "a", secretAccessKey: "b" }),
    });
  });

  it("yield typed pages", async () => {
    for await (const page of paginateDescribeBackups(client, { Filters: { states: ["READY"] } })) {
      expectTypeOf(page.Backups).toEqualTypeOf<components["schemas"]["Backup"][] | undefined>();
    }
    void paginateDescribeClusters(client);
    // @ts-expect-error ListTags needs its input (ResourceId is required)
    void paginateListTags(client);
  });

  it("come from the factories, whose results are typed by the definition's types", async () => {
    expectTypeOf(paginateListTags).toEqualTypeOf<
      Paginator<Pick<CloudHsmV2Client, "send">, InputOf<"ListTags">, Output<"ListTags">>
    >();
    const waitUntilReady = createWaiter({
      name: "waitUntilReady",
      poll: async (c: CloudHsmV2Client, { BackupId }: { BackupId: string }) =>
        (await c.describeBackups({ Filters: { backupIds: [BackupId] } })).Backups?.[0],
      acceptors: [{ state: "success", matches: (backup) => backup.BackupState === "READY" }],
    });
    const result = await waitUntilReady(client, { BackupId: "b" }, { timeoutMs: 1 });
    if (result.state === "timeout") {
      expectTypeOf(result.last).toEqualTypeOf<components["schemas"]["Backup"] | undefined>();
    } else {
      expectTypeOf(result.observation).toEqualTypeOf<components["schemas"]["Backup"]>();
    }
  });

  it("are the same from the CloudHSM v2 entry", () => {
    expectTypeOf<typeof cloudhsmv2.paginateListTags>().toEqualTypeOf<typeof paginateListTags>();
    expectTypeOf<cloudhsmv2.CloudHsmV2Client>().toEqualTypeOf<CloudHsmV2Client>();
    expectTypeOf<cloudhsmv2.CloudHsmV2ServiceError>().toMatchTypeOf<AwsServiceError>();
  });

  it("accept only modelled backup states", async () => {
    // @ts-expect-error not a BackupState
    await waitUntilBackupState(client, { BackupId: "backup-1", states: ["AVAILABLE"], timeoutMs: 1 });
    const { state } = await waitUntilBackupState(client, { BackupId: "b", states: ["READY"], timeoutMs: 1 });
    expectTypeOf(state).toEqualTypeOf<components["schemas"]["BackupState"]>();
  });
});
