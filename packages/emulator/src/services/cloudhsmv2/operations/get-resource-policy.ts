import { getResourcePolicy } from "../domain/policies.js";
import type { Handler } from "../handlers.js";

export const GetResourcePolicy: Handler<"GetResourcePolicy"> = (input, ctx) =>
  getResourcePolicy(ctx, input.ResourceArn);
