import { compareOperations, type OpenApiPaths, type OpenApiResponse } from "./compare-operations.js";
import { comparePartitions } from "./compare-partitions.js";
import { compareProtocol, type SpecInfo } from "./compare-protocol.js";
import { compareRestOperations, type RestPaths } from "./compare-rest-operations.js";
import { compareShape } from "./compare-shapes.js";
import { Comparison } from "./context.js";
import { compareScope, modelInScope } from "./model-scope.js";
import type { BotocoreModel, DeclaredExtension, FidelityReport, JsonSchema } from "./types.js";

export interface BundledSpec {
  info?: SpecInfo & { "x-aws-model"?: { operations?: string[] } };
  paths: OpenApiPaths;
  components: { schemas: Record<string, JsonSchema>; responses?: Record<string, OpenApiResponse> };
}

/**
 * Proves the bundled spec equal to AWS's model (the operations it lists in `info.x-aws-model.operations` and the
 * shapes they reach, or the whole model) member by member: the service's identity (API version, protocol,
 * target prefix, signing name, endpoint prefix, ARN namespace, the partitions it is served in), operations, targets, every shape's type, members,
 * required flags, enum values, anchored patterns, length/range/size bounds and each operation's errors. Server
 * faults must sit under 500 and client errors under 400. `extensions` are the members the spec may have beyond the
 * model (the service's entry of DECLARED_EXTENSIONS).
 */
export function checkFidelity(
  wholeModel: BotocoreModel,
  spec: BundledSpec,
  extensions: readonly DeclaredExtension[] = [],
): FidelityReport {
  const schemas = spec.components.schemas;
  const protocol = spec.info?.["x-aws-service"]?.protocol;
  const c = new Comparison(schemas, protocol);
  const listed = spec.info?.["x-aws-model"]?.operations;
  compareScope(c, wholeModel, listed);
  const model = modelInScope(wholeModel, listed);
  compareProtocol(c, model, spec.info);
  comparePartitions(c, model, spec.info?.["x-aws-service"]?.partitions);
  let inputs = new Map<string, JsonSchema>();
  if (protocol === "restJson1") {
    inputs = compareRestOperations(c, model, spec.paths as RestPaths);
  } else {
    compareOperations(c, model, spec.paths, spec.components.responses ?? {});
  }
  for (const [name, shape] of Object.entries(model.shapes)) {
    const schema = inputs.get(name) ?? schemas[name];
    if (schema === undefined) {
      c.differ(name, "shape missing from the spec", shape.type, undefined);
    } else {
      compareShape(c, name, shape, schema, extensions);
    }
  }
  for (const name of Object.keys(schemas)) {
    if (!(name in model.shapes)) {
      c.differ(name, "schema not in AWS's model", undefined, name);
    }
  }
  for (const declared of extensions) {
    if (schemas[declared.shape]?.properties?.[declared.member] === undefined) {
      c.differ(
        `${declared.shape}.${declared.member}`,
        "declared extension absent from the spec",
        declared.marker,
        undefined,
      );
    }
  }
  return { differences: c.differences, compared: c.compared };
}

/** One line per difference, for test failures and the CLI. */
export function formatDifferences(report: FidelityReport): string {
  return report.differences
    .map((d) => `${d.at}: ${d.what}\n    model: ${JSON.stringify(d.model)}\n    spec:  ${JSON.stringify(d.spec)}`)
    .join("\n");
}

export function formatCounts(report: FidelityReport): string {
  const n = report.compared;
  return (
    `compared ${n.operations} operations, ${n.shapes} shapes, ${n.members} members, ${n.requiredFlags} required flags, ` +
    `${n.enumValues} enum values, ${n.patterns} patterns, ${n.bounds} bounds, ${n.operationErrors} operation errors, ` +
    `${n.declaredExtensions} declared extensions, ${n.regions} region names`
  );
}
