// The build type-checks without Node's types (the main entry is browser-safe); this file is Node-only.
/// <reference types="node" />
import { createHash, createHmac, type Hash, type Hmac } from "node:crypto";

type SourceData = string | ArrayBuffer | ArrayBufferView;

function bytesOf(data: SourceData): string | Uint8Array {
  if (typeof data === "string" || data instanceof Uint8Array) {
    return data;
  }
  return data instanceof ArrayBuffer
    ? new Uint8Array(data)
    : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * SHA-256, or HMAC-SHA-256 when given a secret, over node:crypto, in the `Checksum` shape that
 * @smithy/signature-v4 takes as `sha256`. Synchronous native hashing; the signer's API is async anyway.
 */
export class NodeSha256 {
  readonly #secret: SourceData | undefined;
  #hash: Hash | Hmac;

  constructor(secret?: SourceData) {
    this.#secret = secret;
    this.#hash = this.#start();
  }

  update(data: SourceData): void {
    this.#hash.update(bytesOf(data));
  }

  async digest(): Promise<Uint8Array> {
    return this.#hash.digest();
  }

  reset(): void {
    this.#hash = this.#start();
  }

  #start(): Hash | Hmac {
    return this.#secret === undefined ? createHash("sha256") : createHmac("sha256", bytesOf(this.#secret));
  }
}
