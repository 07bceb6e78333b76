import { describe, expect, it } from "vitest";
import { awsRequest, createHarness } from "../../../../test/helpers.js";

/**
 * Server-side rules of the Smithy awsJson1_1 protocol (smithy-lang/smithy aws-json.rst; cloudhsmv2-api.md §1, §5(f)),
 * as a table: each case is a raw request and what the reply must be.
 */
interface Vector {
  id: string;
  operation: string;
  body: string | undefined;
  headers?: Record<string, string>;
  status: number;
  type?: string;
  check?: (body: Record<string, unknown>, headers: Headers) => void;
}

const VECTORS: Vector[] = [
  { id: "AwsJson11EmptyInputBody", operation: "DescribeClusters", body: undefined, status: 200 },
  { id: "AwsJson11EmptyInputObject", operation: "DescribeClusters", body: "{}", status: 200 },
  { id: "AwsJson11WhitespaceBody", operation: "DescribeClusters", body: " \n ", status: 200 },
  {
    id: "AwsJson11IgnoresUnknownMembers",
    operation: "DescribeBackups",
    body: JSON.stringify({ SortAscending: true, NotAMember: { deep: [1] } }),
    status: 200,
  },
  {
    id: "AwsJson11EmptyOutputStructure",
    operation: "DescribeBackups",
    body: "{}",
    status: 200,
    check: (body) => expect(body).toEqual({ Backups: [] }),
  },
  {
    id: "AwsJson11ResponseMediaType",
    operation: "DescribeBackups",
    body: "{}",
    status: 200,
    check: (_body, headers) => expect(headers.get("content-type")).toBe("application/x-amz-json-1.1"),
  },
  {
    id: "AwsJson11ErrorBareTypeName",
    operation: "DeleteBackup",
    body: JSON.stringify({ BackupId: "backup-abcdefghijk" }),
    status: 400,
    type: "CloudHsmResourceNotFoundException",
    check: (body, headers) => {
      expect(String(body.__type)).not.toContain("#");
      expect(typeof body.Message).toBe("string");
      expect(headers.get("x-amzn-errortype")).toBeNull();
    },
  },
  {
    id: "AwsJson11AcceptsJson10MediaType",
    operation: "DescribeClusters",
    body: "{}",
    headers: { "Content-Type": "application/x-amz-json-1.0" },
    status: 200,
  },
  {
    id: "AwsJson11AcceptsCharsetParameter",
    operation: "DescribeClusters",
    body: "{}",
    headers: { "Content-Type": "application/x-amz-json-1.1; charset=utf-8" },
    status: 200,
  },
  {
    id: "AwsJson11RejectsTruncatedJson",
    operation: "DescribeClusters",
    body: '{"MaxResults": 5',
    status: 400,
    type: "SerializationException",
  },
  {
    id: "AwsJson11RejectsArrayBody",
    operation: "DescribeClusters",
    body: "[]",
    status: 400,
    type: "SerializationException",
  },
  {
    id: "AwsJson11UnknownTarget",
    operation: "DescribeEverything",
    body: "{}",
    status: 400,
    type: "UnknownOperationException",
  },
  {
    id: "AwsJson11WrongTypeIsSerializationError",
    operation: "ModifyBackupAttributes",
    body: JSON.stringify({ BackupId: "backup-abcdefghijk", NeverExpires: "true" }),
    status: 400,
    type: "SerializationException",
  },
];

describe("awsJson1_1 server vectors", () => {
  const h = createHarness();
  it.each(VECTORS.map((v) => [v.id, v] as const))("%s", async (_id, v) => {
    const request = new Request(awsRequest(v.operation, {}, v.headers ? { headers: v.headers } : {}), {
      body: v.body ?? "",
    });
    const response = await h.emu.fetch(request);
    const text = await response.text();
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    expect(response.status, text).toBe(v.status);
    expect(response.headers.get("x-amzn-requestid")).toBeTruthy();
    if (v.type) {
      expect(body.__type).toBe(v.type);
    }
    v.check?.(body, response.headers);
  });
});
