import type { Handler } from "../dispatch/handlers.js";
import { deleteResourcePolicy } from "../domain/policies.js";

export const DeleteResourcePolicy: Handler<"DeleteResourcePolicy"> = (input, ctx) =>
  deleteResourcePolicy(ctx, input.ResourceArn);
