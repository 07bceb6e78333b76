import { describe, expect, it } from "vitest";
import { classify, summarise } from "../runner/classify.js";
import type { RunResult } from "../runner/types.js";
import { junitReport } from "./junit.js";
import { markdownReport } from "./markdown.js";

const exchanges = [
  { method: "POST", path: "/", target: "BaldrApiService.ListTags", requestBody: '{"ResourceId":"<id>"}', status: 200 },
  {
    method: "POST",
    path: "/",
    target: "BaldrApiService.TagResource",
    requestBody: '{"TagList":[{"Key":"a|b"}]}',
    status: 400,
    headers: { "x-amzn-errortype": "CloudHsmInvalidRequestException" },
    replyBody: '{"__type":"CloudHsmInvalidRequestException",\n "message":"<bad>"}',
  },
];
const results = [
  classify(
    {
      id: "TAG-ADD-001",
      service: "cloudhsmv2",
      group: "tags",
      level: "required",
      title: "TagResource adds <tags> & more",
      citations: [{ url: "https://docs.example/t", quote: "Adds or overwrites | tags", kind: "current" }],
    },
    { outcome: "failed", reason: 'expected "a", got "b"', notes: [], exchanges, durationMs: 1200 },
    undefined,
  ),
  classify(
    {
      id: "TAG-LIMIT-003",
      service: "cloudhsmv2",
      group: "tags",
      level: "advisory",
      title: "TagResource refuses a 51st tag",
      citations: [{ url: "https://docs.example/l", quote: "limit", kind: "current" }],
    },
    { outcome: "failed", reason: "accepted", notes: [], exchanges: exchanges.slice(0, 1), durationMs: 5 },
    undefined,
  ),
  classify(
    {
      id: "PART-GOV-003",
      service: "cloudhsmv2",
      group: "partitions",
      level: "required",
      title: "GovCloud east to west",
      citations: [{ url: "https://docs.example/p", quote: "can be copied", kind: "current" }],
    },
    { outcome: "skipped", reason: "needs a READY backup in a GovCloud region", notes: [], durationMs: 0 },
    undefined,
  ),
];
const run: RunResult = {
  runId: "run-1",
  target: { name: "moto", endpoint: "http://127.0.0.1:5000", regions: { primary: "us-east-1" }, control: undefined },
  startedAt: "2026-11-22T00:00:00.000Z",
  finishedAt: "2026-11-22T00:01:00.000Z",
  results,
  summary: summarise(results),
  cleanupFailures: [{ what: "delete backup backup-x", error: "CloudHsmServiceException: x" }],
};

describe("junitReport", () => {
  const xml = junitReport(run);
  it("has one suite per group and a failure only for what fails the run", () => {
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml).toContain('<testsuites name="cloudhsm-conformance run-1" tests="3" failures="1" skipped="1">');
    expect(xml.match(/<failure /g)).toHaveLength(1);
    expect(xml).toContain('<skipped message="needs a READY backup in a GovCloud region"/>');
    expect(xml).toContain("fail (advisory): accepted");
  });
  it("escapes XML", () => {
    expect(xml).toContain("TagResource adds &lt;tags&gt; &amp; more");
    expect(xml).toContain("expected &quot;a&quot;, got &quot;b&quot;");
    expect(xml).not.toMatch(/<tags>/);
  });
  it("puts the exchanges, in full and escaped, in the failure's text and in a difference's note", () => {
    const failure = xml.slice(xml.indexOf("<failure "), xml.indexOf("</failure>"));
    expect(failure).toContain("HTTP exchanges, oldest first:");
    expect(failure).toContain(
      "#1 request: POST / (BaldrApiService.ListTags)\n{&quot;ResourceId&quot;:&quot;&lt;id&gt;&quot;}",
    );
    expect(failure).toContain("#2 reply: HTTP 400, x-amzn-errortype: CloudHsmInvalidRequestException");
    expect(failure).toContain("&quot;message&quot;:&quot;&lt;bad&gt;&quot;}");
    expect(xml).toContain("fail (advisory): accepted\n\nHTTP exchanges, oldest first:\n#1 request: POST /");
  });
});

describe("markdownReport", () => {
  const md = markdownReport(run);
  it("lists every check with level, result, reason and citation", () => {
    expect(md).toContain("| check | level | result | reason | citation |");
    expect(md).toContain("| `TAG-ADD-001` TagResource adds <tags> & more | required | FAIL |");
    expect(md).toContain(
      "| `TAG-LIMIT-003` TagResource refuses a 51st tag | advisory | differs | accepted — last exchange: POST / (BaldrApiService.ListTags) → HTTP 200 |",
    );
    expect(md).toContain("[“Adds or overwrites \\| tags”](https://docs.example/t)");
    expect(md).toContain("needs a READY backup in a GovCloud region");
  });
  it("shows the last exchange briefly beside the reason", () => {
    expect(md).toContain(
      'got "b" — last exchange: POST / (BaldrApiService.TagResource) → HTTP 400, x-amzn-errortype: CloudHsmInvalidRequestException: {"__type":"CloudHsmInvalidRequestException", "message":"<bad>"} |',
    );
  });
  it("states the verdict and the cleanup failures", () => {
    expect(md).toContain("the target fails (1 required or legacy checks); 1 advisory differences");
    expect(md).toContain("- delete backup backup-x: CloudHsmServiceException: x");
  });
});
