import { CONTROL_PREFIX } from "@cloudhsm-kit/spec/control";
import { commitAfterDue } from "../persistence/commit-after-due.js";
import { jsonDepth } from "../protocol/json-limits.js";
import { responseWithKnownBody } from "../protocol/known-bodies.js";
import { WIRE_LIMITS } from "../protocol/limits.js";
import type { ServiceError } from "../protocol/service-error.js";
import { readWebBody } from "../protocol/web-messages.js";
import type { ServiceDefinition } from "../service.js";
import { CONTROL_MAX_BODY_BYTES, ControlError } from "./inputs.js";
import { type ControlMount, type ControlRoute, servicePrefix } from "./route.js";

/**
 * The control API (control protocol v1, described in spec/control/control-api.yaml) under `/_emulator/v1`: JSON in
 * and out, no SigV4. The core's routes (./core-routes.ts) and each service's mounted routes. Errors are 4xx
 * `{"__type", "Message"}`: InvalidInput (400), ResourceNotFound (404), MethodNotAllowed (405), InvalidState (409:
 * a service refused the call for the state it found).
 */
export interface ControlApiDeps {
  /** Runs due transitions; returns whether any ran (then the state is persisted even by a read). */
  runDue(): boolean;
  committed(): void;
  log(message: string): void;
  /** A service's modelled error for a thrown value (a domain refusal), or undefined. */
  asServiceError(error: unknown): ServiceError | undefined;
}

function reply(status: number, body: unknown): Response {
  return responseWithKnownBody(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

/** The mount of the core's routes, then each service's, at its own prefix or at `/services/<id>`. */
export function controlMounts(core: ControlMount, services: readonly ServiceDefinition[]): ControlMount[] {
  return [core, ...services.map((s) => ({ ...s.control, prefix: s.control.prefix ?? servicePrefix(s.id) }))];
}

/** Every route with its full path below the control prefix: its mount's prefix joined to its own (`^/…`). */
function mounted(mounts: readonly ControlMount[]): ControlRoute[] {
  return mounts.flatMap(({ prefix = "", routes }) =>
    prefix === "" ? routes : routes.map((r) => ({ ...r, path: new RegExp(`^${prefix}${r.path.source.slice(1)}`) })),
  );
}

async function readJson(request: Request): Promise<unknown> {
  const text = new TextDecoder().decode(await readWebBody(request, CONTROL_MAX_BODY_BYTES));
  if (text.trim() === "") {
    return {};
  }
  if (jsonDepth(text) > WIRE_LIMITS.maxJsonDepth) {
    throw new ControlError(
      "InvalidInput",
      400,
      `The request body nests objects and arrays deeper than ${WIRE_LIMITS.maxJsonDepth} levels.`,
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ControlError("InvalidInput", 400, "The request body is not valid JSON.");
  }
}

export function createControlApi(mounts: readonly ControlMount[], deps: ControlApiDeps) {
  const routes = mounted(mounts);
  return async function control(request: Request): Promise<Response> {
    try {
      const path = new URL(request.url).pathname;
      if (!path.startsWith(CONTROL_PREFIX)) {
        throw new ControlError(
          "ResourceNotFound",
          404,
          `No control route at ${path}; the prefix is ${CONTROL_PREFIX}.`,
        );
      }
      const sub = path.slice(CONTROL_PREFIX.length);
      const matching = routes.filter((r) => r.path.test(sub));
      if (matching.length === 0) {
        throw new ControlError("ResourceNotFound", 404, `No control route at ${path}.`);
      }
      const route = matching.find((r) => r.method === request.method);
      if (!route) {
        throw new ControlError(
          "MethodNotAllowed",
          405,
          `${request.method} is not allowed on ${path}; use ${matching.map((r) => r.method).join(" or ")}.`,
        );
      }
      const body = await readJson(request);
      const params = (route.path.exec(sub) as RegExpExecArray).slice(1);
      const result = commitAfterDue(deps, route.mutates, () => route.handle(body, params, request));
      return result instanceof Response ? result : reply(200, result);
    } catch (e) {
      if (e instanceof ControlError) {
        return reply(e.status, { __type: e.name, Message: e.message });
      }
      if (deps.asServiceError(e)) {
        // A domain refusal (wrong cluster state) is a state conflict in control terms.
        return reply(409, { __type: "InvalidState", Message: (e as Error).message });
      }
      if (e instanceof Error && "status" in e && (e as { status: number }).status === 413) {
        return reply(413, { __type: "InvalidInput", Message: e.message });
      }
      deps.log(`control ${request.method} ${request.url}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return reply(500, { __type: "InternalFailure", Message: "The control request failed unexpectedly." });
    }
  };
}
