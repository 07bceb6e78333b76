import { untagResource } from "../domain/tags.js";
import type { Handler } from "../handlers.js";

export const UntagResource: Handler<"UntagResource"> = (input, ctx) => {
  untagResource(ctx, input.ResourceId, input.TagKeyList);
  return {};
};
