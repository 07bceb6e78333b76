import { deleteHsm } from "../domain/hsm.js";
import type { Handler } from "../handlers.js";

export const DeleteHsm: Handler<"DeleteHsm"> = (input, ctx) => deleteHsm(ctx, input);
