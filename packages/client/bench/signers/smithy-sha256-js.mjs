// `#signer` for the benchmark: @smithy/signature-v4 over @aws-crypto/sha256-js, the signer the client used before.
import { Sha256 } from "@aws-crypto/sha256-js";
import { smithySigner } from "../../dist/core/signing/smithy.js";

export const createSigner = smithySigner(Sha256);
