import { backup } from "./descriptor/backup.js";
import { cloudHsmV2 } from "./descriptor/cloudhsmv2.js";
import type { ServiceDescriptor } from "./descriptor/types.js";
import type { ServiceId } from "./service-ids.js";

/** The descriptor of every service of SERVICE_IDS (a missing one is a compile error). */
export const SERVICES: { readonly [Id in ServiceId]: ServiceDescriptor } = { cloudhsmv2: cloudHsmV2, backup };
