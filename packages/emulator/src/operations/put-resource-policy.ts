import type { Handler } from "../dispatch/handlers.js";
import { putResourcePolicy } from "../domain/policies.js";

export const PutResourcePolicy: Handler<"PutResourcePolicy"> = (input, ctx) =>
  putResourcePolicy(ctx, input.ResourceArn, input.Policy);
