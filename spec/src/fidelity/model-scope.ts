import type { Comparison } from "./context.js";
import type { BotocoreModel } from "./types.js";

/**
 * The part of AWS's model a spec describes. A spec that lists its operations (`info.x-aws-model.operations`, as
 * the AWS Backup spec does for the operations a cross-Region copy touches) is compared with those operations and the
 * shapes they reach; a spec without the list, with the whole model.
 */
export function modelInScope(model: BotocoreModel, operations: readonly string[] | undefined): BotocoreModel {
  if (operations === undefined) {
    return model;
  }
  const shapes = new Set<string>();
  const reach = (name: string) => {
    const shape = model.shapes[name];
    if (shape === undefined || shapes.has(name)) {
      return;
    }
    shapes.add(name);
    for (const member of Object.values(shape.members ?? {})) {
      reach(member.shape);
    }
    for (const part of [shape.member, shape.key, shape.value]) {
      if (part !== undefined) {
        reach(part.shape);
      }
    }
  };
  const scoped: BotocoreModel = { ...model, operations: {}, shapes: {} };
  for (const name of operations.filter((n) => n in model.operations)) {
    const operation = model.operations[name] as BotocoreModel["operations"][string];
    scoped.operations[name] = operation;
    for (const ref of [operation.input, operation.output, ...(operation.errors ?? [])]) {
      if (ref !== undefined) {
        reach(ref.shape);
      }
    }
  }
  for (const name of [...shapes].sort()) {
    scoped.shapes[name] = model.shapes[name] as BotocoreModel["shapes"][string];
  }
  return scoped;
}

/** Every operation a spec lists must be one of the model's. */
export function compareScope(c: Comparison, model: BotocoreModel, operations: readonly string[] | undefined): void {
  for (const name of (operations ?? []).filter((n) => !(n in model.operations))) {
    c.differ(`Operation ${name}`, "listed in info.x-aws-model.operations but not in AWS's model", undefined, name);
  }
}
