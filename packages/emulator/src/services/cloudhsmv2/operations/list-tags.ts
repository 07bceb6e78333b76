import { listTags } from "../domain/list-tags.js";
import type { Handler } from "../handlers.js";

export const ListTags: Handler<"ListTags"> = (input, ctx) => listTags(ctx, input);
