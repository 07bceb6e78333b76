import type { Handler } from "../dispatch/handlers.js";
import { listTags } from "../domain/list-tags.js";

export const ListTags: Handler<"ListTags"> = (input, ctx) => listTags(ctx, input);
