import { defineFault, type Fault, type Json } from "../fault.js";
import { without } from "../wire-json.js";

/**
 * Replies that break the spec's response shapes where the behaviour checks do not look: the SCHEMA check of the
 * operation is what must notice.
 */

export const listTagsWithoutTagList = defineFault({
  name: "list-tags-without-tag-list",
  level: "required",
  breaks: "A ListTags reply always carries TagList (a required member of ListTagsResponse).",
  source: "API_ListTags (TagList Required: Yes); spec ListTagsResponse",
  groups: ["schema", "tags"],
  operations: ["ListTags"],
  create: () => ({
    response: ({ output }) => (output && "TagList" in output ? { output: without(output, "TagList") } : undefined),
  }),
});

/** A fault that answers a successful call of `operation` (whose output has no members) with the JSON literal null. */
function nullReply(operation: "TagResource" | "UntagResource"): Fault {
  return defineFault({
    name: `${operation === "TagResource" ? "tag" : "untag"}-reply-as-null`,
    level: "required",
    breaks: `${operation}, whose output has no members, answers with an empty body (or {}), not the JSON literal null.`,
    source: `API_${operation} (an HTTP 200 response with an empty HTTP body)`,
    groups: ["wire", "schema"],
    operations: [operation],
    create: () => ({
      response: (reply) => (reply.status === 200 ? { body: "null" } : undefined),
    }),
  });
}

/** Caught by WIRE-EMPTYOUT-001; the tagging fixtures see it first, so SCHEMA-TAG-RESOURCE-001 is blocked. */
export const tagReplyAsNull = nullReply("TagResource");
export const untagReplyAsNull = nullReply("UntagResource");

export const policyAsJsonObject = defineFault({
  name: "policy-as-json-object",
  level: "required",
  breaks: "Resource policy replies carry Policy as a string (the policy document's JSON text).",
  source: "API_GetResourcePolicy, API_PutResourcePolicy, API_DeleteResourcePolicy (Policy Type: String)",
  groups: ["schema", "sharing"],
  operations: ["PutResourcePolicy", "GetResourcePolicy", "DeleteResourcePolicy"],
  create: () => ({
    response: ({ output }) => {
      const policy = output?.Policy;
      if (typeof policy !== "string" || policy === "") {
        return undefined;
      }
      try {
        return { output: { ...output, Policy: JSON.parse(policy) as Json } };
      } catch {
        return undefined;
      }
    },
  }),
});

export const createHsmStateLowerCase = defineFault({
  name: "create-hsm-state-lower-case",
  level: "required",
  breaks: "The HSM that CreateHsm returns has a State among the model's values (CREATE_IN_PROGRESS, ACTIVE, …).",
  source: "API_Hsm State (Valid Values: CREATE_IN_PROGRESS | ACTIVE | DEGRADED | DELETE_IN_PROGRESS | DELETED)",
  groups: ["schema"],
  operations: ["CreateHsm"],
  create: () => ({
    response: ({ output }) => {
      const hsm = output?.Hsm as Json | undefined;
      return hsm && typeof hsm.State === "string"
        ? { output: { Hsm: { ...hsm, State: hsm.State.toLowerCase() } } }
        : undefined;
    },
  }),
});

export const initializeStateLowerCase = defineFault({
  name: "initialize-state-lower-case",
  level: "required",
  breaks: "InitializeCluster answers a State among the model's cluster states (INITIALIZE_IN_PROGRESS, …).",
  source: "API_InitializeCluster State (Valid Values: CREATE_IN_PROGRESS | UNINITIALIZED | INITIALIZE_IN_PROGRESS | …)",
  groups: ["schema", "cluster-lifecycle"],
  operations: ["InitializeCluster"],
  create: () => ({
    response: ({ output }) =>
      typeof output?.State === "string" ? { output: { ...output, State: output.State.toLowerCase() } } : undefined,
  }),
});

export const deleteHsmAnswersArn = defineFault({
  name: "delete-hsm-answers-arn",
  level: "required",
  breaks: "DeleteHsm answers with the identifier (ID) of the HSM that was deleted, not its ARN.",
  source: "API_DeleteHsm (HsmId: The identifier (ID) of the HSM that was deleted; pattern hsm-[2-7a-zA-Z]{11,16})",
  groups: ["schema", "cluster-lifecycle"],
  operations: ["DeleteHsm"],
  create: () => ({
    response: ({ output }, { region = "us-east-1" }) =>
      typeof output?.HsmId === "string"
        ? { output: { HsmId: `arn:aws:cloudhsm:${region}:123456789012:hsm/${output.HsmId}` } }
        : undefined,
  }),
});
