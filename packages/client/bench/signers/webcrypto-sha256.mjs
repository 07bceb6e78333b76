// SHA-256 (HMAC-SHA-256 with a secret) over WebCrypto, in the Checksum shape @smithy/signature-v4 takes: the
// benchmark's "smithy over WebCrypto" signer. Not shipped; @aws-crypto/sha256-browser is the packaged form,
// but it bundles sha256-js as a fallback, which would hide what WebCrypto itself costs.
const encoder = new TextEncoder();
function bytesOf(data) {
  if (typeof data === "string") {
    return encoder.encode(data);
  }
  return ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
}

export class WebCryptoSha256 {
  #secret;
  #chunks = [];

  constructor(secret) {
    this.#secret = secret === undefined ? undefined : bytesOf(secret);
  }

  update(data) {
    this.#chunks.push(bytesOf(data));
  }

  async digest() {
    const data = new Uint8Array(this.#chunks.reduce((n, chunk) => n + chunk.byteLength, 0));
    let offset = 0;
    for (const chunk of this.#chunks) {
      data.set(chunk, offset);
      offset += chunk.byteLength;
    }
    if (this.#secret === undefined) {
      return new Uint8Array(await crypto.subtle.digest("SHA-256", data));
    }
    const key = await crypto.subtle.importKey("raw", this.#secret, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    return new Uint8Array(await crypto.subtle.sign("HMAC", key, data));
  }

  reset() {
    this.#chunks = [];
  }
}
