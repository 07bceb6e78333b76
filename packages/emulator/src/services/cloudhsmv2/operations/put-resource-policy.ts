import { putResourcePolicy } from "../domain/policies.js";
import type { Handler } from "../handlers.js";

export const PutResourcePolicy: Handler<"PutResourcePolicy"> = (input, ctx) =>
  putResourcePolicy(ctx, input.ResourceArn, input.Policy);
