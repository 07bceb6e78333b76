/**
 * The AWS services this package describes, one folder each: `services/<id>/openapi/` (the OpenAPI source) and
 * `services/<id>/aws-model/` (AWS's model it is proven equal to). The build bundles each to
 * `dist/services/<id>/openapi.json`; the fidelity gate and the tests iterate this list.
 */
export const SERVICE_IDS = ["cloudhsmv2", "backup"] as const;

export type ServiceId = (typeof SERVICE_IDS)[number];

export function isServiceId(id: string): id is ServiceId {
  return (SERVICE_IDS as readonly string[]).includes(id);
}
