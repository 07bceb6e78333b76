import { backupWireNames } from "@cloudhsm-kit/spec";
import {
  type EndpointParameters,
  type ResolvedEndpoint,
  resolveServiceEndpoint,
} from "../core/endpoint/resolve-endpoint.js";

/**
 * AWS Backup's endpoint: `backup[-fips].{region}.{suffix}` by AWS's partition table, or the custom endpoint given.
 *
 * @example
 * resolveBackupEndpoint({ region: "cn-north-1" }).url; // "https://backup.cn-north-1.amazonaws.com.cn"
 */
export function resolveBackupEndpoint(parameters: EndpointParameters): ResolvedEndpoint {
  return resolveServiceEndpoint(backupWireNames.endpointPrefix, parameters);
}
