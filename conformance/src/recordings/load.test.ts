import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadRecordings, RecordingFormatError, recordingsByCheck } from "./load.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "recordings-load-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const recording = (id: string, patch: Record<string, unknown> = {}) => ({
  id,
  operation: "GetResourcePolicy",
  recordedOn: "2024-09-11/2024-09-12",
  recordedOnBasis: "the backups the same flight lists",
  source: {
    kind: "public-recording",
    url: "https://github.com/example/recordings",
    what: "a recorded reply",
    licence: "Apache-2.0",
    attribution: "the authors",
  },
  request: {
    region: "<region:1>",
    input: { ResourceArn: "arn:aws:cloudhsm:<region:1>:<account:1>:backup/<backup-id:1>" },
  },
  reply: { status: 200, body: { Policy: "{}" } },
  checks: ["SHARE-POLICY-004"],
  ...patch,
});

async function write(file: string, content: unknown) {
  await mkdir(join(dir, file, ".."), { recursive: true });
  await writeFile(join(dir, file), typeof content === "string" ? content : JSON.stringify(content));
}

/** The error loading `dir` gives, as [member, problem]. */
async function refusal(): Promise<[string, string]> {
  const error = await loadRecordings(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RecordingFormatError);
  const { member, problem, file, message } = error as RecordingFormatError;
  expect(message).toBe(`${file}: ${member}: ${problem}`);
  return [member, problem];
}

describe("loadRecordings", () => {
  it("reads the recordings of a folder and its subfolders, sorted by id, with defaults filled in", async () => {
    await write("b/two.policy.json", recording("two.policy"));
    await write("one.policy.json", recording("one.policy", { notes: ["a note"] }));
    await write("README.md", "# not a recording");
    const loaded = await loadRecordings(dir, { checkIds: new Set(["SHARE-POLICY-004"]) });
    expect(loaded.map((r) => [r.id, r.file])).toEqual([
      ["one.policy", join(dir, "one.policy.json")],
      ["two.policy", join(dir, "b/two.policy.json")],
    ]);
    expect(loaded[1]).toMatchObject({ abridged: false, optional: {}, contextual: {}, order: [], notes: [] });
    expect(recordingsByCheck(loaded)).toEqual(new Map([["SHARE-POLICY-004", ["one.policy", "two.policy"]]]));
  });

  it.each([
    ["not JSON", "{", "(file)", /is not JSON/],
    ["an unknown member", recording("x.y", { comment: "hi" }), "comment", /is not a member of a recording/],
    ["an id that is not the file name", recording("x.z"), "id", /file's name/],
    ["an unknown operation", recording("x.y", { operation: "DescribeHsms" }), "operation", /not a CloudHSM v2/],
    ["a date that does not exist", recording("x.y", { recordedOn: "2024-02-30" }), "recordedOn", /must be a date/],
    ["dates in the wrong order", recording("x.y", { recordedOn: "2024-09-12/2024-09-11" }), "recordedOn", /ends/],
    ["a source of another kind", recording("x.y", { source: { kind: "blog" } }), "source.kind", /must be one of/],
    ["a status that is not HTTP", recording("x.y", { reply: { status: 42, body: {} } }), "reply.status", /HTTP/],
    [
      "a header it does not keep",
      recording("x.y", { reply: { status: 200, headers: { date: "today" }, body: {} } }),
      "reply.headers.date",
      /not a recorded header/,
    ],
    [
      "a raw backup id",
      recording("x.y", { reply: { status: 200, body: { Policy: "backup-6qjbcmkhcxm" } } }),
      "reply.body.Policy",
      /not normalised/,
    ],
    [
      "a raw timestamp",
      recording("x.y", { reply: { status: 200, body: { Backup: { CreateTimestamp: 1 } } } }),
      "reply.body.Backup.CreateTimestamp",
      /not normalised/,
    ],
    [
      "a malformed placeholder",
      recording("x.y", { reply: { status: 200, body: { Policy: "<backup-id:0>" } } }),
      "reply",
      /malformed placeholders: <backup-id:0>/,
    ],
    [
      "an optional path of another syntax",
      recording("x.y", { optional: { "Backups[0]": "r" } }),
      "optional.Backups[0]",
      /body path/,
    ],
    [
      "an order rule the recording breaks",
      recording("x.y", {
        reply: {
          status: 200,
          body: {
            Backups: [{ CreateTimestamp: "<timestamp:1:epoch-ms>" }, { CreateTimestamp: "<timestamp:2:epoch-ms>" }],
          },
        },
        order: [{ list: "Backups", by: "CreateTimestamp", direction: "descending", basis: "observed" }],
      }),
      "order[0]",
      /breaks it: body.Backups\[1\] is newer/,
    ],
    ["a check id of another form", recording("x.y", { checks: ["desc-sort-002"] }), "checks[0]", /check id/],
  ])("refuses %s, naming the file and the member", async (_what, content, member, problem) => {
    await write("x.y.json", content);
    const [gotMember, gotProblem] = await refusal();
    expect(gotMember).toBe(member);
    expect(gotProblem).toMatch(problem);
  });

  it("refuses a check that does not exist and an id used twice", async () => {
    await write("x.y.json", recording("x.y", { checks: ["NOPE-NOPE-001"] }));
    const error = await loadRecordings(dir, { checkIds: new Set(["SHARE-POLICY-004"]) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ member: "checks[0]", problem: "names no check: NOPE-NOPE-001" });
    await write("x.y.json", recording("x.y"));
    await write("sub/x.y.json", recording("x.y"));
    expect(await refusal()).toEqual(["id", `x.y is also the id of ${join(dir, "sub/x.y.json")}`]);
  });
});
