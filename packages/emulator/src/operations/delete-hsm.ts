import type { Handler } from "../dispatch/handlers.js";
import { deleteHsm } from "../domain/hsm.js";

export const DeleteHsm: Handler<"DeleteHsm"> = (input, ctx) => deleteHsm(ctx, input);
