/**
 * A control route: method, path below its mount (groups become `params`), whether it changes the state, and what it
 * does (its dependencies are bound when the routes are built). It returns the reply's JSON body, or a whole Response
 * when it needs headers or a status of its own (the dashboard's ETag and 304).
 */
export interface ControlRoute {
  method: string;
  path: RegExp;
  mutates: boolean;
  handle(body: unknown, params: string[], request: Request): unknown;
}

/**
 * A part of the control API: routes below `/_emulator/v1<prefix>`. A service's routes are mounted at
 * `/services/<service id>` unless it gives a prefix, so that two services' routes cannot collide; CloudHSM v2 gives
 * "" because control protocol v1 fixed its paths before there were other services.
 */
export interface ControlMount {
  prefix?: string;
  routes: readonly ControlRoute[];
  /** The capabilities `GET /info` lists for these routes (names from the control document). */
  capabilities: readonly string[];
}

/** Where a service's control routes are mounted when it gives no prefix. */
export const servicePrefix = (serviceId: string) => `/services/${serviceId}`;
