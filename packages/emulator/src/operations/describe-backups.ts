import type { Handler } from "../dispatch/handlers.js";
import { describeBackups } from "../domain/describe-backups.js";

export const DescribeBackups: Handler<"DescribeBackups"> = (input, ctx) => describeBackups(ctx, input);
