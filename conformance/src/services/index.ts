import { registerServices } from "../registry/registration.js";
import type { ServiceDefinition } from "../registry/service.js";
import { cloudHsmV2Service } from "./cloudhsmv2/index.js";

export type { GroupId } from "./cloudhsmv2/index.js";

/**
 * Every service the suite checks, in run and report order: the one place that lists them. Loading this module
 * registers them with the core (the CLI, the package's index and the vitest suite load it); nothing in the core
 * imports a service.
 */
export const SERVICES: readonly ServiceDefinition[] = [cloudHsmV2Service];

export const REGISTRY = registerServices(SERVICES);
