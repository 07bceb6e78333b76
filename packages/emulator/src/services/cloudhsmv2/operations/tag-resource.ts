import { tagResource } from "../domain/tags.js";
import type { Handler } from "../handlers.js";

/** TagResource: "Adds or overwrites one or more tags"; the reply is an empty structure. */
export const TagResource: Handler<"TagResource"> = (input, ctx) => {
  tagResource(ctx, input.ResourceId, input.TagList);
  return {};
};
