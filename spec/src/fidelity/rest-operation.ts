import type { JsonSchema } from "./types.js";

/** REST JSON bodies, requests and replies alike. */
export const JSON_MEDIA_TYPE = "application/json";

/** The parts of a REST JSON operation of the bundled spec that the fidelity check reads. */
export interface RestParameter {
  name: string;
  in: string;
  /** The model member the parameter carries. */
  "x-aws-member"?: string;
  required?: boolean;
  schema?: JsonSchema;
}

export interface RestOperation {
  operationId?: string;
  "x-aws-input"?: string;
  "x-aws-output"?: string;
  parameters?: RestParameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<
    string,
    {
      headers?: Record<string, { required?: boolean; schema?: JsonSchema }>;
      content?: Record<string, { schema?: JsonSchema }>;
    }
  >;
}
