/** The wire protocols of the services this package describes, in Smithy's names. */
export type Protocol = "awsJson1_0" | "awsJson1_1" | "restJson1";

/** Where an operation is served: the HTTP method and the request URI (path template) on the wire. */
export interface HttpBinding {
  readonly method: string;
  readonly uri: string;
}

/** An error AWS's model gives an operation, with the HTTP status it is sent with. */
export interface ModelledError {
  readonly name: string;
  readonly status: number;
}

/** REST protocols: an input member the wire carries in the URI or the query string, under its wire name. */
export interface ParameterBinding {
  readonly member: string;
  readonly in: "path" | "query";
  readonly name: string;
  /** A query timestamp, written as ISO 8601 (JSON bodies carry epoch seconds). */
  readonly timestamp?: true;
}

export interface OperationDescriptor {
  readonly name: string;
  readonly http: HttpBinding;
  /** The operation's path in the OpenAPI document: the wire URI, or `/#X-Amz-Target=<target>` for AWS JSON. */
  readonly specPath: string;
  /** The `X-Amz-Target` value (AWS JSON protocols only). */
  readonly target?: string;
  /** The names of the input and output shapes (`components.schemas`); no output when the model has none. */
  readonly input: string;
  readonly output?: string;
  readonly errors: readonly ModelledError[];
  /** REST protocols: the input members bound to the URI or the query string; the others form the JSON body. */
  readonly parameters?: readonly ParameterBinding[];
  /** REST protocols: the input has body members, sent as a JSON body (`{}` when none is given). */
  readonly body?: true;
  /** The input member a client fills with a fresh UUID when the caller leaves it out (an idempotency token). */
  readonly idempotencyToken?: string;
}

/**
 * Who a service is on the wire, as its OpenAPI document's `info.x-aws-service` states it (checked against AWS's model
 * by the fidelity gate): the names a client signs, targets and resolves endpoints with, and a server routes by.
 */
export interface ServiceIdentity {
  /** This package's key for the service: its folder `services/<id>/`. */
  readonly id: string;
  /** AWS's `serviceId`. */
  readonly serviceId: string;
  readonly protocol: Protocol;
  readonly apiVersion: string;
  /** The `X-Amz-Target` prefix (AWS JSON protocols only). */
  readonly targetPrefix?: string;
  /** The SigV4 signing name (the credential scope's service). */
  readonly signingName: string;
  /** The first label of the service's endpoint host. */
  readonly endpointPrefix: string;
  /** The service part of the service's ARNs. */
  readonly arnNamespace: string;
  /** The AWS partitions (ids of AWS's partition table) whose regions serve the service. */
  readonly partitions: readonly string[];
}

/** A service's identity and its operations, generated from its OpenAPI document. */
export interface ServiceDescriptor<Op extends string = string> extends ServiceIdentity {
  readonly operations: { readonly [Name in Op]: OperationDescriptor };
}
