/** The parts of a botocore `service-2.json` that the fidelity check reads. */
export interface BotocoreModel {
  metadata: {
    /** AWS JSON protocols only. */
    targetPrefix?: string;
    apiVersion: string;
    protocol: string;
    jsonVersion?: string;
    signingName?: string;
    endpointPrefix: string;
    serviceId: string;
  };
  operations: Record<string, BotocoreOperation>;
  shapes: Record<string, BotocoreShape>;
}

export interface BotocoreOperation {
  name: string;
  http: { method: string; requestUri: string };
  input?: { shape: string };
  output?: { shape: string };
  errors?: { shape: string }[];
}

/** A structure member; REST protocols bind some to the URI, the query string or a header (`location`). */
export interface BotocoreMember {
  shape: string;
  location?: "uri" | "querystring" | "header" | "headers" | "statusCode";
  locationName?: string;
  /** Clients fill the member with a fresh token when the caller gives none. */
  idempotencyToken?: boolean;
}

export interface BotocoreShape {
  type: "structure" | "string" | "integer" | "long" | "boolean" | "timestamp" | "list" | "map" | "blob" | "double";
  members?: Record<string, BotocoreMember>;
  required?: string[];
  member?: { shape: string };
  key?: { shape: string };
  value?: { shape: string };
  enum?: string[];
  pattern?: string;
  min?: number;
  max?: number;
  exception?: boolean;
  fault?: boolean;
  /** REST protocols: the HTTP status an error is sent with, when it is not 400 (client) or 500 (fault). */
  error?: { httpStatusCode?: number };
}

/** A JSON Schema object as it appears in the bundled OpenAPI document. */
export type JsonSchema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  propertyNames?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  format?: string;
  enum?: string[];
  const?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  maxProperties?: number;
  deprecated?: boolean;
  "x-aws-idempotency-token"?: boolean;
  "x-legacy-documented"?: unknown;
};

/** A member the spec has on purpose although AWS's model does not. */
export interface DeclaredExtension {
  shape: string;
  member: string;
  /** The extension keyword the member must carry to say where it comes from. */
  marker: string;
  reason: string;
}

export interface Difference {
  /** Where: `Operation CopyBackupToRegion`, `CopyBackupToRegionRequest.BackupId`, `BackupState`, … */
  at: string;
  what: string;
  model: unknown;
  spec: unknown;
}

export interface FidelityReport {
  differences: Difference[];
  compared: {
    operations: number;
    shapes: number;
    members: number;
    requiredFlags: number;
    enumValues: number;
    patterns: number;
    bounds: number;
    operationErrors: number;
    declaredExtensions: number;
    /** Region names of AWS's partition table checked against the model's `Region` pattern. */
    regions: number;
  };
}
