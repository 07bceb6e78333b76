// `#signer` for the benchmark: @smithy/signature-v4 over WebCrypto.
import { smithySigner } from "../../dist/core/signing/smithy.js";
import { WebCryptoSha256 } from "./webcrypto-sha256.mjs";

export const createSigner = smithySigner(WebCryptoSha256);
