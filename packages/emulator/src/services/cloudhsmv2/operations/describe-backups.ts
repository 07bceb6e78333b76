import { describeBackups } from "../domain/describe-backups.js";
import type { Handler } from "../handlers.js";

export const DescribeBackups: Handler<"DescribeBackups"> = (input, ctx) => describeBackups(ctx, input);
