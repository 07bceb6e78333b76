// Each operation of a REST JSON service at its request URI and method, as AWS's model binds it: URI and query
// members as parameters, the other input members as a JSON body, the reply, and each modelled error under its HTTP
// status with the `X-Amzn-ErrorType` header that names it.
import { ERROR_EXAMPLES, exampleOf, messageOnlyExample } from "./examples.mjs";
import { inBody } from "./schemas.mjs";

const SCHEMAS = "../components/schemas.yaml#/";
const ref = (name) => ({ $ref: `${SCHEMAS}${name}` });
const defined = (entries) => Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));

/**
 * `/backup-vaults/{backupVaultName}/recovery-points/` → `backup-vaults_@backupVaultName_recovery-points_.yaml` (no
 * braces: a `$ref` is a URI reference, which cannot hold them).
 */
export const pathFileName = (uri) =>
  `${uri
    .slice(1)
    .replaceAll("/", "_")
    .replace(/\{([^}]+)\}/g, "@$1")}.yaml`;

const TAGS = [
  [/^\/(copy-jobs|audit\/copy-job-summaries)/, "Copy jobs"],
  [/^\/backup-jobs/, "Backup jobs"],
  [/^\/backup-vaults\/[^/]+\/recovery-points/, "Recovery points"],
  [/^\/backup-vaults/, "Backup vaults"],
  [/^\/backup\/plans\/[^/]+\/selections/, "Backup selections"],
  [/^\/backup\/plans/, "Backup plans"],
  [/^\/(tags|untag)\//, "Tags"],
  [/^\/account-settings/, "Region settings"],
];
const tagOf = (uri) => TAGS.find(([pattern]) => pattern.test(uri))?.[1];

function parameterOf(model, name, member, required) {
  const isTimestamp = model.shapes[member.shape].type === "timestamp";
  const where = member.location === "uri" ? "path" : "query";
  return defined({
    name: member.locationName,
    in: where,
    "x-aws-member": name,
    required: where === "path" ? true : required ? true : undefined,
    description: `\`${name}\`${member.documentation === undefined ? "" : `: ${member.documentation}`}`,
    // The query string carries timestamps in ISO 8601; JSON bodies carry epoch seconds.
    schema: isTimestamp && where === "query" ? { type: "string", format: "date-time" } : ref(member.shape),
  });
}

function errorReplies(model, operation) {
  const byStatus = new Map();
  for (const { shape } of operation.errors ?? []) {
    const error = model.shapes[shape];
    const status = String(error.error?.httpStatusCode ?? (error.fault ? 500 : 400));
    byStatus.set(status, [...(byStatus.get(status) ?? []), shape]);
  }
  const replies = {};
  for (const [status, names] of [...byStatus].sort()) {
    const sorted = names.sort();
    // The bodies of one status cannot be told apart (the same members); the header names the error: anyOf.
    replies[status] = {
      description: `${sorted.join(", ")}.`,
      headers: {
        "X-Amzn-ErrorType": {
          description: "The error's name.",
          required: true,
          schema: { type: "string", enum: sorted },
        },
      },
      content: {
        "application/json": {
          schema: sorted.length === 1 ? ref(sorted[0]) : { anyOf: sorted.map(ref) },
          examples: Object.fromEntries(sorted.map((n) => [n, ERROR_EXAMPLES[n] ?? messageOnlyExample(n)])),
        },
      },
    };
  }
  return replies;
}

/** The request body's example: the input's example without its URI and query members. */
function bodyExample(model, name, bodyMembers) {
  const whole = exampleOf(model, model.operations[name].input.shape);
  const value = Object.fromEntries(bodyMembers.filter(([m]) => m in whole).map(([m]) => [m, whole[m]]));
  return { default: { summary: `${name} request`, value } };
}

function operationOf(model, name, markdownOf) {
  const operation = model.operations[name];
  const input = operation.input === undefined ? undefined : model.shapes[operation.input.shape];
  const members = Object.entries(input?.members ?? {});
  const required = new Set(input?.required ?? []);
  const parameters = members
    .filter(([, m]) => !inBody(m))
    .map(([member, m]) =>
      parameterOf(model, member, { ...m, documentation: markdownOf(m.documentation) }, required.has(member)),
    );
  const body = members.filter(([, m]) => inBody(m));
  const output = operation.output === undefined ? undefined : model.shapes[operation.output.shape];
  const outputHasMembers = Object.keys(output?.members ?? {}).length > 0;
  return defined({
    operationId: name,
    summary: name.replace(/([a-z])([A-Z])/g, "$1 $2"),
    description: markdownOf(operation.documentation),
    tags: [tagOf(operation.http.requestUri)],
    "x-aws-input": operation.input?.shape,
    "x-aws-output": operation.output?.shape,
    parameters: parameters.length > 0 ? parameters : undefined,
    requestBody:
      body.length === 0
        ? undefined
        : {
            required: body.some(([member]) => required.has(member)) ? true : undefined,
            content: {
              "application/json": { schema: ref(operation.input.shape), examples: bodyExample(model, name, body) },
            },
          },
    responses: {
      200: defined({
        description: `${name} succeeded.`,
        content: outputHasMembers
          ? {
              "application/json": {
                schema: ref(operation.output.shape),
                examples: { default: { summary: `${name} reply`, value: exampleOf(model, operation.output.shape) } },
              },
            }
          : undefined,
      }),
      ...errorReplies(model, operation),
    },
  });
}

/** [uri, path item] for every request URI the operations use, in URI order. */
export function pathItemsOf(model, operations, markdownOf) {
  const items = new Map();
  for (const name of operations) {
    const { method, requestUri } = model.operations[name].http;
    const item = items.get(requestUri) ?? {};
    item[method.toLowerCase()] = operationOf(model, name, markdownOf);
    items.set(requestUri, item);
  }
  return [...items].sort(([a], [b]) => a.localeCompare(b));
}
