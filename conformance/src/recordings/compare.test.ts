import { describe, expect, it } from "vitest";
import { compareWithRecording, type ObservedExchange } from "./compare.js";
import type { Recording } from "./format.js";

const ACCOUNT = "111122223333";
const arn = (id: string) => `arn:aws:cloudhsm:us-east-1:${ACCOUNT}:backup/${id}`;
const backup = (id: string, created: number, extra: Record<string, unknown> = {}) => ({
  BackupId: id,
  BackupArn: arn(id),
  BackupState: "READY",
  ClusterId: "cluster-72zn6eby7x2",
  CreateTimestamp: created,
  NeverExpires: false,
  TagList: [],
  ...extra,
});

/** A DescribeBackups recording: a READY backup, then an older one pending deletion; newest first. */
const RECORDING: Recording = {
  id: "test.describe-backups",
  operation: "DescribeBackups",
  recordedOn: "2024-09-11",
  recordedOnBasis: "test",
  source: { kind: "public-recording", url: "https://example.test/", what: "t", licence: "t", attribution: "t" },
  request: { region: "<region:1>", input: {} },
  reply: {
    status: 200,
    headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "<request-id:1>" },
    body: {
      Backups: [
        {
          BackupId: "<backup-id:1>",
          BackupArn: "arn:aws:cloudhsm:<region:1>:<account:1>:backup/<backup-id:1>",
          BackupState: "READY",
          ClusterId: "<cluster-id:1>",
          CreateTimestamp: "<timestamp:2:epoch-ms>",
          NeverExpires: false,
          TagList: [],
        },
        {
          BackupId: "<backup-id:2>",
          BackupArn: "arn:aws:cloudhsm:<region:1>:<account:1>:backup/<backup-id:2>",
          BackupState: "PENDING_DELETION",
          ClusterId: "<cluster-id:1>",
          CreateTimestamp: "<timestamp:1:epoch-ms>",
          DeleteTimestamp: "<timestamp:3:epoch-ms>",
          NeverExpires: false,
          TagList: [],
        },
      ],
    },
  },
  abridged: false,
  optional: { "Backups[].HsmType": "added to the API later" },
  contextual: {},
  order: [{ list: "Backups", by: "CreateTimestamp", direction: "descending", basis: "test" }],
  checks: [],
  notes: [],
};

const observed = (backups: unknown[], extra: Partial<ObservedExchange["reply"]> = {}): ObservedExchange => ({
  request: { region: "us-east-1", input: {} },
  reply: {
    status: 200,
    headers: new Headers({ "Content-Type": "application/x-amz-json-1.1", "x-amzn-RequestId": "r-1" }),
    body: { Backups: backups },
    ...extra,
  },
});
const GOOD = [
  backup("backup-aaaaaaaaaaa", 1000.5, { HsmType: "hsm2m.medium" }),
  backup("backup-bbbbbbbbbbb", 900.25, { BackupState: "PENDING_DELETION", DeleteTimestamp: 1600.125 }),
];
const problemsOf = (backups: unknown[], extra?: Partial<ObservedExchange["reply"]>) =>
  compareWithRecording(RECORDING, observed(backups, extra));

describe("compareWithRecording", () => {
  it("finds nothing when the reply has the recording's members, types, values, references and order", () => {
    expect(problemsOf(GOOD)).toEqual([]);
  });

  it("reports a missing member, an unexpected one, and allows the members marked optional", () => {
    const [first, second] = structuredClone(GOOD);
    delete (first as Record<string, unknown>).NeverExpires;
    (second as Record<string, unknown>).CopyTimestamp = 950;
    expect(problemsOf([first, second])).toEqual([
      { where: "body.Backups[0].NeverExpires", problem: "is missing; the recording has false" },
      { where: "body.Backups[1].CopyTimestamp", problem: "is not in the recording (a timestamp)" },
    ]);
  });

  it("reports another JSON type, another enum or boolean value and another list length", () => {
    const [first, second] = structuredClone(GOOD);
    Object.assign(first as object, { NeverExpires: true, TagList: null });
    Object.assign(second as object, { BackupState: "DELETED" });
    expect(problemsOf([first, second, backup("backup-ccccccccccc", 800)])).toEqual([
      { where: "body.Backups", problem: "has 3 items; the recording has 2" },
      { where: "body.Backups[0].NeverExpires", problem: "is true; the recording has false" },
      { where: "body.Backups[0].TagList", problem: "is null; the recording has a list" },
      { where: "body.Backups[1].BackupState", problem: 'is "DELETED"; the recording has "PENDING_DELETION"' },
    ]);
  });

  it("reports a broken reference, an id of the wrong kind and an ARN of another form", () => {
    const [first, second] = structuredClone(GOOD);
    Object.assign(first as object, { BackupArn: arn("backup-bbbbbbbbbbb") });
    Object.assign(second as object, { ClusterId: "cluster-zzzzzzzzzzz", BackupId: "b-2" });
    const problems = problemsOf([first, second]);
    expect(problems.map((p) => p.where)).toEqual([
      "body.Backups[0].BackupArn",
      "body.Backups[1].BackupId",
      "body.Backups[1].ClusterId",
    ]);
    expect(problems[1]?.problem).toBe('is "b-2", not a backup id');
    const arnForm = compareWithRecording(RECORDING, observed([{ ...GOOD[0], BackupArn: "backup/x" }, GOOD[1]]));
    expect(arnForm).toContainEqual({
      where: "body.Backups[0].BackupArn",
      problem: "has the form backup/x; the recording has arn:aws:cloudhsm:<region>:<account>:backup/<backup-id>",
    });
  });

  it("reports timestamps written another way or in the wrong order within one item, and a list out of order", () => {
    const wrong = [
      backup("backup-aaaaaaaaaaa", 800.5),
      backup("backup-bbbbbbbbbbb", "1970-01-01T00:15:00Z" as never, {
        BackupState: "PENDING_DELETION",
        DeleteTimestamp: 700.123456,
      }),
    ];
    expect(problemsOf(wrong)).toEqual([
      {
        where: "body.Backups[1].CreateTimestamp",
        problem: "is a string; the recording has epoch seconds (a JSON number)",
      },
      {
        where: "body.Backups[1].DeleteTimestamp",
        problem: "has more than three fraction digits; the recording's timestamps carry at most milliseconds",
      },
      {
        where: "body.Backups[1].DeleteTimestamp",
        problem: "is earlier than body.Backups[1].CreateTimestamp; in the recording it is later",
      },
      {
        where: "body.Backups[1]",
        problem: "is newer than the item before it; the list must be ordered by CreateTimestamp, descending",
      },
    ]);
  });

  it("reports whole-second timestamps where the recording has milliseconds, given three or more", () => {
    const whole = [
      backup("backup-aaaaaaaaaaa", 1000),
      backup("backup-bbbbbbbbbbb", 900, { BackupState: "PENDING_DELETION", DeleteTimestamp: 1600 }),
    ];
    expect(problemsOf(whole)).toEqual([
      { where: "body", problem: "has only whole-second timestamps; the recording's carry milliseconds" },
    ]);
  });

  it("reports another status and content type and a missing request id, never X-Amzn-Errortype", () => {
    const headers = new Headers({ "content-type": "application/json" });
    expect(problemsOf(GOOD, { status: 201, headers })).toEqual([
      { where: "status", problem: "is 201; the recording has 200" },
      {
        where: "headers.content-type",
        problem: 'is "application/json"; the recording has "application/x-amz-json-1.1"',
      },
      { where: "headers.x-amzn-requestid", problem: 'is missing; the recording has "<request-id:1>"' },
    ]);
    const withErrortype = { ...RECORDING, reply: { ...RECORDING.reply, headers: { "x-amzn-errortype": "X" } } };
    expect(compareWithRecording(withErrortype, observed(GOOD))).toEqual([]);
  });

  it("relates the request to the reply: the id asked for is the id answered", () => {
    const recording: Recording = {
      ...RECORDING,
      operation: "DeleteBackup",
      request: { input: { BackupId: "<backup-id:1>" } },
      reply: { status: null, body: { Backup: { BackupId: "<backup-id:1>", BackupState: "PENDING_DELETION" } } },
      order: [],
      abridged: true,
    };
    const reply = (id: string) => ({
      request: { input: { BackupId: "backup-aaaaaaaaaaa" } },
      reply: { body: { Backup: { BackupId: id, BackupState: "PENDING_DELETION", NeverExpires: false } } },
    });
    expect(compareWithRecording(recording, reply("backup-aaaaaaaaaaa"))).toEqual([]);
    expect(compareWithRecording(recording, reply("backup-bbbbbbbbbbb"))).toEqual([
      {
        where: "body.Backup.BackupId",
        problem:
          "is <backup-id:2>, but where the recording has the same <backup-id:1> (request.input.BackupId) the reply has <backup-id:1>",
      },
    ]);
  });

  it("lets contextual paths differ in value and length, and compares map entries by kind", () => {
    const recording: Recording = {
      ...RECORDING,
      operation: "DescribeClusters",
      request: null,
      reply: {
        status: 200,
        body: { Clusters: [{ State: "ACTIVE", SubnetMapping: { "<region:1>a": "<subnet-id:1>" }, TagList: [] }] },
      },
      optional: {},
      contextual: { "Clusters[].State": "depends on the cluster", "Clusters[].TagList": "depends on the tags" },
      order: [],
    };
    const cluster = (subnet: string) => ({
      State: "UNINITIALIZED",
      SubnetMapping: { "us-east-1a": "subnet-0123456789abcdef0", "us-east-1b": subnet },
      TagList: [{ Key: "k", Value: "v" }],
    });
    const clusters = (c: unknown) => ({ reply: { status: 200, body: { Clusters: [c] } } });
    expect(compareWithRecording(recording, clusters(cluster("subnet-0123456789abcdef1")))).toEqual([]);
    expect(compareWithRecording(recording, clusters(cluster("nope")))).toEqual([
      { where: 'body.Clusters[0].SubnetMapping["<region:1>b"]', problem: 'is "nope"; the recording has a subnet-id' },
    ]);
  });

  it("compares error names without their namespace and never compares messages", () => {
    const recording: Recording = {
      ...RECORDING,
      operation: "RestoreBackup",
      request: null,
      reply: { status: 400, body: { __type: "CloudHsmInvalidRequestException", Message: "Backup is READY." } },
      order: [],
    };
    const error = (type: string) => ({ reply: { status: 400, body: { __type: type, Message: "other words" } } });
    expect(compareWithRecording(recording, error("com.amazonaws.cloudhsmv2#CloudHsmInvalidRequestException"))).toEqual(
      [],
    );
    expect(compareWithRecording(recording, error("ValidationException"))).toEqual([
      {
        where: "body.__type",
        problem: 'is "ValidationException"; the recording has "CloudHsmInvalidRequestException"',
      },
    ]);
  });
});
