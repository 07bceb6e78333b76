// Minified + gzipped size of a browser bundle that makes one DescribeBackups call, for each client.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ENTRIES = {
  "@cloudhsm-kit/client": `
    import { createCloudHsmV2Client } from "@cloudhsm-kit/client";
    const client = createCloudHsmV2Client({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" } });
    client.describeBackups({}).then((out) => console.log(out.Backups));`,
  "@aws-sdk/client-cloudhsm-v2 3.332.0": `
    import { CloudHSMV2Client, DescribeBackupsCommand } from "@aws-sdk/client-cloudhsm-v2";
    const client = new CloudHSMV2Client({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" } });
    client.send(new DescribeBackupsCommand({})).then((out) => console.log(out.Backups));`,
};

async function bundle(contents, resolveDir) {
  const result = await build({
    stdin: { contents, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    treeShaking: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "error",
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

export async function measureSize(resolveDir) {
  const sizes = {};
  for (const [name, contents] of Object.entries(ENTRIES)) {
    sizes[name] = await bundle(contents, resolveDir);
  }
  return sizes;
}
