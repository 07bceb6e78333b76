import type { Handler } from "../dispatch/handlers.js";
import { untagResource } from "../domain/tags.js";

export const UntagResource: Handler<"UntagResource"> = (input, ctx) => {
  untagResource(ctx, input.ResourceId, input.TagKeyList);
  return {};
};
