import { registerServices } from "../registry/registration.js";
import type { ServiceDefinition } from "../registry/service.js";
import type { GroupId as BackupGroupId } from "./backup/index.js";
import { backupService } from "./backup/index.js";
import type { GroupId as CloudHsmGroupId } from "./cloudhsmv2/index.js";
import { cloudHsmV2Service } from "./cloudhsmv2/index.js";

/** The id of a behaviour group of any service. */
export type GroupId = CloudHsmGroupId | BackupGroupId;

/**
 * Every service the suite checks, in run and report order: the one place that lists them. Loading this module
 * registers them with the core (the CLI, the package's index and the vitest suite load it); nothing in the core
 * imports a service.
 */
export const SERVICES: readonly ServiceDefinition[] = [cloudHsmV2Service, backupService];

export const REGISTRY = registerServices(SERVICES);
