import { execFile } from "node:child_process";

export interface RunOptions {
  cwd: string;
  /** Milliseconds before the command is killed; every command here is bounded. */
  timeout: number;
  env?: NodeJS.ProcessEnv;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment without the `npm_*` variables an npm script inherits (the workspace's own package and config), so
 * that npm and npx run here behave as in a user's shell.
 */
export function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_|^INIT_CWD$/i.test(key)));
  return { ...env, ...extra };
}

/** Runs a command without a shell and resolves with its exit code and output (a non-zero exit does not reject). */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        timeout: options.timeout,
        killSignal: "SIGKILL",
        maxBuffer: 64 * 1024 * 1024,
        env: userEnv(options.env),
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") {
          reject(new Error(`${command} ${args.join(" ")}: ${error.message}\n${stderr}`));
          return;
        }
        resolve({ code: typeof error?.code === "number" ? error.code : 0, stdout, stderr });
      },
    );
  });
}

/** Like `run`, but rejects with the command's output when it exits non-zero. */
export async function runOk(command: string, args: readonly string[], options: RunOptions): Promise<string> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(" ")} exited ${result.code}\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}
