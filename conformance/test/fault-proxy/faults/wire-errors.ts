import { defineFault, type Json } from "../fault.js";

const NOT_FOUND = "CloudHsmResourceNotFoundException";

function errorType(output: Json | undefined): string | undefined {
  return typeof output?.__type === "string" ? output.__type : undefined;
}

export const notFoundAs500 = defineFault({
  name: "not-found-as-500",
  level: "required",
  breaks: "CloudHsmResourceNotFoundException is a client error: HTTP 400.",
  source: "cloudhsmv2-api.md §5(f); API pages (HTTP Status Code: 400)",
  groups: ["wire", "validation"],
  operations: "any",
  create: () => ({
    response: (reply) =>
      errorType(reply.output) === NOT_FOUND
        ? { status: 500, output: { ...reply.output, __type: "InternalFailure" } }
        : undefined,
  }),
});

export const notFoundAs404 = defineFault({
  name: "not-found-as-404",
  level: "required",
  breaks: "CloudHsmResourceNotFoundException is HTTP 400, not 404.",
  source: "cloudhsmv2-api.md §5(f); API_DeleteBackup (HTTP Status Code: 400)",
  groups: ["wire", "validation"],
  operations: "any",
  create: () => ({
    response: (reply) => (errorType(reply.output) === NOT_FOUND ? { status: 404 } : undefined),
  }),
});

export const errorTypeWithoutServicePrefix = defineFault({
  name: "error-type-without-service-prefix",
  level: "required",
  breaks: "Error replies name the modelled error shape, e.g. CloudHsmResourceNotFoundException.",
  source: "cloudhsmv2-api.md §5(f) (modelled errors; awsJson1_1 __type is the shape name)",
  groups: ["wire", "validation"],
  operations: "any",
  create: () => ({
    response: (reply) => {
      const type = errorType(reply.output);
      return type?.startsWith("CloudHsm")
        ? { output: { ...reply.output, __type: type.slice("CloudHsm".length) }, headers: { "x-amzn-errortype": null } }
        : undefined;
    },
  }),
});

export const errorTypeNamespacedWithColon = defineFault({
  name: "error-type-namespaced-with-colon",
  breaks:
    "An error's __type is the shape name, or namespace#name; clients drop what follows a colon, so namespace:name reads as the namespace.",
  level: "required",
  source: "cloudhsmv2-api.md §5(f) (Smithy awsJson1_1: sanitise at ':' then '#')",
  groups: ["wire", "validation"],
  operations: "any",
  create: () => ({
    response: (reply) => {
      const type = errorType(reply.output);
      return type && !type.includes(":")
        ? { output: { ...reply.output, __type: `cloudhsmv2:${type}` }, headers: { "x-amzn-errortype": null } }
        : undefined;
    },
  }),
});

export const errorTypeMissing = defineFault({
  name: "error-type-missing",
  level: "required",
  breaks: "An AWS JSON 1.1 error reply identifies the error with __type (or X-Amzn-Errortype).",
  source: "cloudhsmv2-api.md §5(f) (Smithy awsJson error wire format)",
  groups: ["wire", "schema"],
  operations: "any",
  create: () => ({
    response: (reply) => {
      const type = errorType(reply.output);
      if (reply.status < 400 || type === undefined) {
        return undefined;
      }
      const { __type: _dropped, ...rest } = reply.output ?? {};
      return { output: rest, headers: { "x-amzn-errortype": null } };
    },
  }),
});

export const notFoundAsInvalidRequest = defineFault({
  name: "not-found-as-invalid-request",
  level: "required",
  breaks: "A well-formed id that names no resource is refused as CloudHsmResourceNotFoundException.",
  source: "cloudhsmv2-api.md §5(f) (recommendation: unknown but well-formed id → CloudHsmResourceNotFoundException)",
  groups: ["delete-restore", "id-precedence", "retention"],
  operations: "any",
  create: () => ({
    response: (reply) =>
      errorType(reply.output) === NOT_FOUND
        ? {
            output: { ...reply.output, __type: "CloudHsmInvalidRequestException" },
            headers: { "x-amzn-errortype": null },
          }
        : undefined,
  }),
});
