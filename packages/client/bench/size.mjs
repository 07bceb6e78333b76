// Minified + gzipped size of a browser bundle that makes one DescribeBackups call, for this client (as a
// browser resolves it, and with the other candidate signers) and for the official AWS SDK client.
import { gzipSync } from "node:zlib";
import { browserBundle } from "./browser-bundle.mjs";
import { SIGNERS, signerPlugin } from "./variants.mjs";

const OURS = `
  import { createCloudHsmV2Client } from "@cloudhsm-kit/client";
  const client = createCloudHsmV2Client({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" } });
  client.describeBackups({}).then((out) => console.log(out.Backups));`;
const SDK = `
  import { CloudHSMV2Client, DescribeBackupsCommand } from "@aws-sdk/client-cloudhsm-v2";
  const client = new CloudHSMV2Client({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" } });
  client.send(new DescribeBackupsCommand({})).then((out) => console.log(out.Backups));`;

/** Name → [entry, esbuild plugins]. The first is the client as published, resolved as any bundler would. */
const ENTRIES = {
  "client, aws4fetch (WebCrypto)": [OURS, []],
  "client, smithy + WebCrypto": [OURS, [signerPlugin(SIGNERS["smithy + WebCrypto"])]],
  "client, smithy + sha256-js (previous)": [OURS, [signerPlugin(SIGNERS["smithy + sha256-js (previous)"])]],
  "@aws-sdk/client-cloudhsm-v2 3.332.0": [SDK, []],
};

/** `node_modules/openapi-fetch/dist/index.mjs` → `openapi-fetch`; files of this repository by workspace. */
function ownerOf(path) {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inPackage) {
    return inPackage[1];
  }
  return path.includes("spec/dist/") ? "@cloudhsm-kit/spec" : path === "<stdin>" ? "entry" : "@cloudhsm-kit/client";
}

async function bundle(contents, plugins, resolveDir) {
  const { code, metafile } = await browserBundle({ contents, resolveDir, plugins });
  const parts = {};
  for (const [path, { bytesInOutput }] of Object.entries(Object.values(metafile.outputs)[0].inputs)) {
    parts[ownerOf(path)] = (parts[ownerOf(path)] ?? 0) + bytesInOutput;
  }
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength, parts };
}

export async function measureSize(resolveDir) {
  const sizes = {};
  for (const [name, [contents, plugins]] of Object.entries(ENTRIES)) {
    sizes[name] = await bundle(contents, plugins, resolveDir);
  }
  return sizes;
}
