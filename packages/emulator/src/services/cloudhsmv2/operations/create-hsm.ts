import { createHsm } from "../domain/hsm.js";
import type { Handler } from "../handlers.js";

export const CreateHsm: Handler<"CreateHsm"> = (input, ctx) => ({ Hsm: createHsm(ctx, input) });
