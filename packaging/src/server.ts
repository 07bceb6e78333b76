import { type ChildProcess, spawn } from "node:child_process";

export interface RunningServer {
  url: string;
  /** Stops the server's whole process group (npx, the shell it may start, and node). */
  stop(): Promise<void>;
}

/**
 * Starts a long-running command in its own process group and waits for the first line it prints that is a URL.
 * Rejects (after stopping it) when it exits or prints none within `timeout` milliseconds.
 */
export function startServer(command: string, args: string[], cwd: string, timeout: number): Promise<RunningServer> {
  const child = spawn(command, args, { cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const stop = () => stopGroup(child);
  let output = "";
  return new Promise<RunningServer>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      void stop().then(() => reject(new Error(`${command} ${args.join(" ")}: ${why}\n${output}`)));
    };
    const timer = setTimeout(() => fail(`printed no URL within ${timeout} ms`), timeout);
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const url = /^(https?:\/\/\S+)$/m.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stop });
      }
    });
    child.once("exit", (code, signal) => fail(`exited (${code ?? signal}) before printing its URL`));
  });
}

/** Sends SIGTERM to the child's process group, then SIGKILL if it has not exited after two seconds. */
function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    return Promise.resolve();
  }
  const pid = child.pid;
  return new Promise((resolve) => {
    const kill = setTimeout(() => signalGroup(pid, "SIGKILL"), 2_000);
    child.once("exit", () => {
      clearTimeout(kill);
      signalGroup(pid, "SIGKILL");
      resolve();
    });
    signalGroup(pid, "SIGTERM");
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group has already gone
  }
}
