import { shippedRecordingsOf } from "./recordings/load.js";
import { registered } from "./registry/registration.js";
import { type CheckDefinition, LEVELS, type Validation } from "./registry/types.js";
import { quoted } from "./report/markdown.js";

/** What a check asserts, and for an advisory check citing a document, what that document leaves open. */
const asserted = (c: CheckDefinition) =>
  c.undocumented ? `${c.asserts} *Left open by the documents:* ${c.undocumented}.` : c.asserts;
const validation = (v: Validation) => (v.status === "aws" ? `aws (${v.on})` : v.status);
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The catalogue of every check (ID, level, group, what is asserted, citations), generated from the registry. */
export function renderCatalogue(): string {
  const { checks, groups } = registered();
  const count = (group: string, level: string) => checks.filter((c) => c.group === group && c.level === level).length;
  const lines = [
    "# Conformance checks",
    "",
    "<!-- Generated from the check registry by `npm run catalogue -w @cloudhsm-kit/conformance`; do not edit. -->",
    "",
    `${checks.length} checks. Levels: **required** — what the current API model, API reference and user guide state (a failure fails the run); **legacy** — what only an earlier version of a document stated: the 2018–2023 CloudHSM user guide's ClusterId option on CopyBackupToRegion, and the older AWS Backup page's outdated rules (checked, and failing the run, only on targets that declare that behaviour); **advisory** — observation or inference: what no document settles (reported, never failing a run). A check's first citation is the one that states what it asserts; a test over the registry holds every level to this rule.`,
    "",
    "Needs: what a check requires of the target; a check whose needs the target cannot meet is skipped with the reason. Validated: `aws (date)` once the check has passed against AWS itself, `unvalidated` until then, `emulator-only` for checks that need the emulator control protocol.",
    "",
    `| group | ${LEVELS.join(" | ")} | total |`,
    `|---|${LEVELS.map(() => "---:").join("|")}|---:|`,
    ...groups.map(
      (g) =>
        `| [${g.title}](#${g.id}) | ${LEVELS.map((l) => count(g.id, l)).join(" | ")} | ${checks.filter((c) => c.group === g.id).length} |`,
    ),
    `| **all** | ${LEVELS.map((l) => checks.filter((c) => c.level === l).length).join(" | ")} | ${checks.length} |`,
    "",
  ];
  for (const g of groups) {
    lines.push(`## ${g.title}`, "", `<a id="${g.id}"></a>Group \`${g.id}\`.`, "");
    lines.push(
      "| ID | level | check | what is asserted | needs | validated | citation |",
      "|---|---|---|---|---|---|---|",
    );
    for (const c of checks.filter((x) => x.group === g.id)) {
      const recordings = shippedRecordingsOf(c.id).map((id) => `recording \`${id}\``);
      const citations = [...c.citations.map((x) => `${quoted(x, cell)} — <${x.url}>`), ...recordings].join("<br>");
      lines.push(
        `| \`${c.id}\` | ${c.level} | ${cell(c.title)} | ${cell(asserted(c))} | ${c.needs.join(", ") || "—"} | ${validation(c.validated)} | ${citations} |`,
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}
