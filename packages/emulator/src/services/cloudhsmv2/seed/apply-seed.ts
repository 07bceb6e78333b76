import { readFileSync } from "node:fs";
import { OptionError } from "../../../core/options/option-error.js";
import { osReason } from "../../../core/persistence/state-file.js";
import { DEFAULT_ACCOUNT } from "../../../core/protocol/sigv4.js";
import { handOver } from "../../../core/state/handed-over.js";
import type { StateDocument } from "../state/state-members.js";
import type { Builder, Place } from "./build.js";
import { DEFAULT_FIXTURE_REGION } from "./members.js";
import { isStateDocument, type SeedDocument, seedProblem } from "./seed-document.js";
import type { TagListCheck } from "./tag-check.js";

/**
 * The `seed` option (`--seed FILE`): the path of a JSON file, or the document itself — a state document (the export
 * format, loaded as `PUT /_emulator/v1/state` loads it) or a declarative seed
 * (src/services/cloudhsmv2/seed/seed-document.ts), built at once. Every refusal is an OptionError("seed", …) naming the
 * file and the member.
 */
export type SeedOption = string | SeedDocument | StateDocument;

export interface SeedDeps {
  builder: Builder;
  checkTagList: TagListCheck;
  importState(doc: unknown): void;
}

export function applySeed(seed: SeedOption, deps: SeedDeps): void {
  const from = typeof seed === "string" ? `file ${seed}: ` : "";
  // A document read from a file is parsed for this load alone: its records are kept as they are, not copied.
  const doc = typeof seed === "string" ? handOver(readSeedFile(seed)) : seed;
  if (isStateDocument(doc)) {
    try {
      deps.importState(doc);
    } catch (e) {
      throw new OptionError("seed", `${from}a state document the emulator cannot load: ${(e as Error).message}`);
    }
    return;
  }
  const problem = seedProblem(doc, deps.checkTagList);
  if (problem) {
    throw new OptionError("seed", `${from}${problem}`);
  }
  build(doc as SeedDocument, deps.builder);
}

function readSeedFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new OptionError("seed", `file ${path} cannot be read: ${osReason(e)}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new OptionError("seed", `file ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

const placeOf = (entry: { region?: string; accountId?: string }): Place => ({
  account: entry.accountId ?? DEFAULT_ACCOUNT,
  region: entry.region ?? DEFAULT_FIXTURE_REGION,
});

/** Builds a checked seed: clusters first, then ready backups, each in the order given. */
function build(doc: SeedDocument, builder: Builder): void {
  for (const entry of doc.clusters ?? []) {
    for (let n = 0; n < (entry.count ?? 1); n++) {
      if (entry.state === "UNINITIALIZED") {
        builder.uninitializedCluster(placeOf(entry), entry.tags);
        continue;
      }
      const { Cluster } = builder.activeCluster(placeOf(entry), entry.tags);
      for (let b = 1; b < (entry.backups ?? 1); b++) {
        builder.backupOf(placeOf(entry), Cluster.ClusterId);
      }
    }
  }
  for (const entry of doc.readyBackups ?? []) {
    for (let n = 0; n < (entry.count ?? 1); n++) {
      builder.readyBackup(placeOf(entry), entry.tags ? { tags: entry.tags } : {});
    }
  }
}
