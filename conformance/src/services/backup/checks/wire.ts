import { expectEqual, expectTrue } from "../../../harness/assert.js";
import { B } from "../citations.js";
import type { Check } from "../context.js";
import { rawBackup } from "../fixtures/raw.js";

/** A copy job id no target has. */
const UNKNOWN_COPY_JOB = "00000000-0000-4000-8000-00000000c0de";

export const wireChecks: readonly Check[] = [
  {
    id: "BKP-WIRE-ERRTYPE-001",
    level: "required",
    title: "An error reply names its error in the X-Amzn-ErrorType header",
    asserts:
      "A refused request (ListCopyJobs with maxResults=0, below the model's minimum of 1) is answered with an X-Amzn-ErrorType header whose value, after Smithy's sanitising (before ':', after '#'), is InvalidParameterValueException.",
    citations: [B.errorTypeHeader, B.invalidParameter400],
    needs: [],
    async run(t) {
      const reply = await rawBackup(t, { method: "GET", path: "/copy-jobs/?maxResults=0" });
      const header = reply.headers.get("x-amzn-errortype");
      expectTrue(`the reply (HTTP ${reply.status}) has an X-Amzn-ErrorType header`, header !== null);
      expectEqual("the error type the header names", reply.errorName, "InvalidParameterValueException");
    },
  },
  {
    id: "BKP-WIRE-STATUS-001",
    level: "required",
    title: "InvalidParameterValueException is sent with HTTP 400",
    asserts:
      "ListCopyJobs with maxResults=0 (out of the model's range 1–1000) is answered HTTP 400 InvalidParameterValueException.",
    citations: [B.invalidParameter400],
    needs: [],
    async run(t) {
      const reply = await rawBackup(t, { method: "GET", path: "/copy-jobs/?maxResults=0" });
      expectEqual(
        "the HTTP status and error",
        `${reply.status} ${reply.errorName}`,
        "400 InvalidParameterValueException",
      );
    },
  },
  {
    id: "BKP-WIRE-STATUS-002",
    level: "required",
    title: "DescribeCopyJob of an unknown job is HTTP 400 ResourceNotFoundException",
    asserts: "GET /copy-jobs/<an id no job has> is answered HTTP 400 with X-Amzn-ErrorType ResourceNotFoundException.",
    citations: [B.notFound400],
    needs: [],
    async run(t) {
      const reply = await rawBackup(t, { method: "GET", path: `/copy-jobs/${UNKNOWN_COPY_JOB}` });
      expectEqual("the HTTP status and error", `${reply.status} ${reply.errorName}`, "400 ResourceNotFoundException");
    },
  },
  {
    id: "BKP-WIRE-URI-001",
    level: "required",
    title: "ListCopyJobs answers at its URI with and without the final slash",
    asserts:
      "GET /copy-jobs/ (the URI of AWS's botocore model, what the AWS CLI sends) and GET /copy-jobs (the same without its final slash, what Smithy-generated SDKs send) both answer HTTP 200 with a JSON body whose CopyJobs is a list.",
    citations: [B.trailingSlash, B.success200],
    needs: [],
    async run(t) {
      for (const path of ["/copy-jobs/", "/copy-jobs"]) {
        const reply = await rawBackup(t, { method: "GET", path: `${path}?maxResults=5` });
        expectEqual(`the HTTP status of GET ${path}`, reply.status, 200);
        const body = (reply.json ?? {}) as { CopyJobs?: unknown };
        expectTrue(
          `GET ${path} answers with a CopyJobs list (${reply.text.slice(0, 120)})`,
          Array.isArray(body.CopyJobs),
        );
      }
    },
  },
];
