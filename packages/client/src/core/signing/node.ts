import { NodeSha256 } from "./node-sha256.js";
import type { CreateSigner } from "./signer.js";
import { smithySigner } from "./smithy.js";

/**
 * The signer under Node: the AWS SDK's own over node:crypto. Each WebCrypto call in Node is a job on the
 * thread pool, which makes signing over it several times slower (the client README has the figures).
 */
export const createSigner: CreateSigner = smithySigner(NodeSha256);
