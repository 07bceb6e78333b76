import type { Handler } from "../dispatch/handlers.js";
import { tagResource } from "../domain/tags.js";

/** TagResource: "Adds or overwrites one or more tags"; the reply is an empty structure. */
export const TagResource: Handler<"TagResource"> = (input, ctx) => {
  tagResource(ctx, input.ResourceId, input.TagList);
  return {};
};
