import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Whether the AWS CLI is on the PATH; when it is not, says so on stderr for `testFile`, whose tests then skip. */
export async function awsCliAvailable(testFile: string): Promise<boolean> {
  const found = await run("aws", ["--version"]).then(
    () => true,
    () => false,
  );
  if (!found) {
    process.stderr.write(`${testFile}: skipped — the AWS CLI (\`aws\`) is not on the PATH\n`);
  }
  return found;
}

/** What one `aws` invocation gave: its exit code, its JSON output (empty when none) and its stderr. */
export interface AwsCliResult<Out> {
  code: number;
  out: Out;
  err: string;
}

/**
 * Runs the AWS CLI, unmodified, against `endpoint` as `account` (the emulator takes the access key id as the account)
 * in `region`, with no config or credentials file of the machine's, JSON output and no pager. `Out` is the shape the
 * caller reads from the output (the CLI's JSON is not checked against it).
 */
export async function awsCli<Out = Record<string, unknown>>(
  endpoint: string,
  region: string,
  account: string,
  args: string[],
): Promise<AwsCliResult<Out>> {
  const env = {
    ...process.env,
    AWS_ACCESS_KEY_ID: account,
    AWS_SECRET_ACCESS_KEY: "dummy",
    AWS_CONFIG_FILE: "/dev/null",
    AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
    AWS_PAGER: "",
  };
  const cmd = ["--endpoint-url", endpoint, "--region", region, "--output", "json", ...args];
  try {
    const { stdout } = await run("aws", cmd, { env });
    return { code: 0, out: (stdout.trim() ? JSON.parse(stdout) : {}) as Out, err: "" };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, out: {} as Out, err: err.stderr };
  }
}
