import { describe, expect, it } from "vitest";
import type { ServiceDefinition } from "../service.js";
import { controlMounts, createControlApi } from "./control-api.js";

/** A service with only a control mount: one route, and whether it asked for a prefix of its own. */
const service = (id: string, prefix?: string) =>
  ({
    id,
    control: {
      ...(prefix !== undefined ? { prefix } : {}),
      capabilities: [],
      routes: [{ method: "GET", path: /^\/ping$/, mutates: false, handle: () => ({ from: id }) }],
    },
  }) as unknown as ServiceDefinition;

const api = (services: ServiceDefinition[]) =>
  createControlApi(controlMounts({ capabilities: [], routes: [] }, services), {
    runDue: () => false,
    committed: () => undefined,
    log: () => undefined,
    asServiceError: () => undefined,
  });
const get = async (control: (r: Request) => Promise<Response>, path: string) => {
  const r = await control(new Request(`http://localhost/_emulator/v1${path}`));
  return { status: r.status, body: await r.json() };
};

describe("control mounts", () => {
  it("mount a service's routes under /services/<id>, or at the prefix it gives", async () => {
    const control = api([service("alpha"), service("beta", "")]);
    expect(await get(control, "/services/alpha/ping")).toEqual({ status: 200, body: { from: "alpha" } });
    expect(await get(control, "/ping")).toEqual({ status: 200, body: { from: "beta" } });
    expect((await get(control, "/services/beta/ping")).status).toBe(404);
  });
});
