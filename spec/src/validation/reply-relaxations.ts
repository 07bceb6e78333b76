import type { ServiceId } from "../service-ids.js";
import type { JsonSchema } from "./documents.js";

/** One way a service's real replies break its model, and how reply validation allows for it. */
export interface ReplyRelaxation {
  /** What is relaxed. */
  readonly what: string;
  /** Why real replies break the model there. */
  readonly why: string;
  /** Where that is documented. */
  readonly source: string;
  /** Applies the relaxation to a copy of the document's schemas. */
  readonly apply: (schemas: Record<string, JsonSchema>) => void;
}

const REFERENCE = "docs/reference/cloudhsmv2-api.md §3.3";

/** Removes `minItems` from every array schema, however deep. */
function dropListMinimums(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(dropListMinimums);
  } else if (node !== null && typeof node === "object") {
    const schema = node as JsonSchema;
    if (schema.type === "array") {
      delete schema.minItems;
    }
    Object.values(schema).forEach(dropListMinimums);
  }
}

/**
 * THE list of reply relaxations, per service: every place where validating a real reply against the model would fail
 * although the reply is right. Requests are always validated against the model as it is; replies (and records kept
 * in reply shape, such as the emulator's state documents) against the model with these applied. Nothing else is
 * relaxed: types, enums, patterns and required members hold as the spec says.
 */
export const REPLY_RELAXATIONS: { readonly [Id in ServiceId]: readonly ReplyRelaxation[] } = {
  cloudhsmv2: [
    {
      what: "List minimums (`minItems`) are not applied to replies.",
      why:
        'They are input rules: a resource without tags is described with `"TagList": []` although the model gives ' +
        "TagList (in Backup, Cluster and ListTagsResponse too) a minimum of 1.",
      source: `${REFERENCE}, List minimums ("servers do return empty lists. Don't apply the min-1 rule to responses"); user guide, delete-restore-backup`,
      apply: dropListMinimums,
    },
    {
      what: "A VpcId is `vpc-` and 8 to 17 hexadecimal digits.",
      why: "The model's pattern `^vpc-[0-9a-fA-F]$` admits one digit only, a model bug: real VPC IDs have 8 or 17.",
      source: `${REFERENCE}, VpcId ("a model bug … don't validate responses against it"); the spec's x-model-note on VpcId`,
      apply: (schemas) => {
        if (schemas.VpcId) {
          schemas.VpcId.pattern = "^vpc-[0-9a-fA-F]{8,17}$";
        }
      },
    },
    {
      what: "A BackupArn may be in the China partition (`arn:aws-cn:`).",
      why:
        "The model's partition part `arn:aws(-(us-gov))?` leaves out aws-cn, a partition CloudHSM serves: a backup in " +
        "cn-north-1 could not be described at all.",
      source: `${REFERENCE}, BackupArn / CloudHsmArn; §1.2`,
      apply: (schemas) => {
        const pattern = schemas.BackupArn?.pattern;
        if (typeof pattern === "string" && schemas.BackupArn) {
          schemas.BackupArn.pattern = pattern.replace("arn:aws(-(us-gov))?", "arn:aws(-(us-gov|cn))?");
        }
      },
    },
    {
      what: "A NextToken may be null.",
      why:
        'The API reference ends a listing at a null NextToken: "When you receive a response with no NextToken (or an ' +
        'empty or null value), that means there are no more backups to get."',
      source: "https://docs.aws.amazon.com/cloudhsm/latest/APIReference/API_DescribeBackups.html (NextToken)",
      apply: (schemas) => {
        if (schemas.NextToken) {
          schemas.NextToken = { anyOf: [schemas.NextToken, { type: "null" }] };
        }
      },
    },
  ],
  // None known yet: AWS Backup replies are validated against its model as it is.
  backup: [],
};

/** A copy of a service's schemas with its reply relaxations applied; `schemas` itself is left as it is. */
export function relaxForReplies(
  schemas: Readonly<Record<string, JsonSchema>>,
  service: ServiceId = "cloudhsmv2",
): Record<string, JsonSchema> {
  const relaxed = structuredClone(schemas) as Record<string, JsonSchema>;
  for (const relaxation of REPLY_RELAXATIONS[service]) {
    relaxation.apply(relaxed);
  }
  return relaxed;
}
