import type { Handler } from "../dispatch/handlers.js";
import { getResourcePolicy } from "../domain/policies.js";

export const GetResourcePolicy: Handler<"GetResourcePolicy"> = (input, ctx) =>
  getResourcePolicy(ctx, input.ResourceArn);
