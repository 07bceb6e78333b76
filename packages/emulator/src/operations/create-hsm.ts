import type { Handler } from "../dispatch/handlers.js";
import { createHsm } from "../domain/hsm.js";

export const CreateHsm: Handler<"CreateHsm"> = (input, ctx) => ({ Hsm: createHsm(ctx, input) });
