// moto's server (python -m moto.server), the benchmark's other CloudHSM v2 implementation: started on 127.0.0.1,
// holding backups as moto makes them, and waited out after a run.
import { execFileSync } from "node:child_process";
import { call } from "./cloudhsm-requests.mjs";
import { startProcess } from "./harness.mjs";

/** moto's version ("moto 5.2.1"), or null when Python has no moto. */
export function motoVersion() {
  try {
    const v = execFileSync("python", ["-c", "import moto;print(moto.__version__)"], { encoding: "utf8" }).trim();
    return `moto ${v}`;
  } catch {
    return null;
  }
}

/** moto's server on a port of 127.0.0.1, holding `backups` READY backups: moto makes one per CreateCluster. */
export async function startMoto(backups) {
  const port = 5000 + Math.floor(Math.random() * 1000);
  const { child } = await startProcess(
    "python",
    ["-m", "moto.server", "-H", "127.0.0.1", "-p", String(port)],
    /Running on|Serving Flask/,
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(url);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  for (let i = 0; i < backups; i++) {
    await call(url, "CreateCluster", { HsmType: "hsm2m.medium", SubnetIds: ["subnet-0123456789abcdef0"] });
  }
  return { url, child, settle: () => settle(url) };
}

/**
 * Waits (at most a minute) until a server answers a cheap call within 200 ms again: moto keeps working off its
 * backlog after a run, which would otherwise weigh on the next one.
 */
async function settle(url) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const t0 = Date.now();
    await call(url, "ListTags", { ResourceId: "backup-abcdefghijk" }).catch(() => undefined);
    if (Date.now() - t0 < 200) {
      return;
    }
  }
}
