import { deleteResourcePolicy } from "../domain/policies.js";
import type { Handler } from "../handlers.js";

export const DeleteResourcePolicy: Handler<"DeleteResourcePolicy"> = (input, ctx) =>
  deleteResourcePolicy(ctx, input.ResourceArn);
