import type { Metafile, Plugin } from "esbuild";

export function browserBundle(options: {
  contents: string;
  resolveDir: string;
  plugins?: Plugin[];
}): Promise<{ code: Uint8Array; metafile: Metafile }>;
