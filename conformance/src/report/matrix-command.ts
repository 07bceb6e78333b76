import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ConfigError } from "../config/validate.js";
import { buildMatrix } from "./matrix.js";
import { matrixHtml } from "./matrix-html.js";
import { MatrixInputError, readTargets } from "./matrix-input.js";
import { matrixMarkdown } from "./matrix-markdown.js";

export const MATRIX_FILES = { html: "matrix.html", markdown: "matrix.md" } as const;

export const MATRIX_USAGE = "cloudhsm-conformance matrix [name=]results.json… [--out DIR] [--title TEXT]";

function parseMatrixArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: { out: { type: "string" }, title: { type: "string" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new ConfigError(`matrix: ${(error as Error).message.split("\n")[0]} (usage: ${MATRIX_USAGE})`);
  }
}

/**
 * `cloudhsm-conformance matrix a/results.json b/results.json [--out DIR] [--title TEXT]`: one results.json per
 * target (named by the file's target, or `name=path`) into a parity matrix, matrix.html and matrix.md in DIR
 * (default conformance-matrix). Its flags are its own, so it parses them here. A bad flag or file is a usage error.
 */
export function matrixCommand(argv: readonly string[], out: (text: string) => void): number {
  const parsed = parseMatrixArgs(argv);
  const dir = parsed.values.out ?? "conformance-matrix";
  let html: string;
  let markdown: string;
  try {
    const matrix = buildMatrix(readTargets(parsed.positionals, (path) => readFileSync(path, "utf8")));
    html = matrixHtml(matrix, parsed.values.title);
    markdown = matrixMarkdown(matrix, parsed.values.title);
  } catch (error) {
    throw error instanceof MatrixInputError ? new ConfigError(`matrix: ${error.message}`) : error;
  }
  mkdirSync(dir, { recursive: true });
  const files = [
    [join(dir, MATRIX_FILES.html), html],
    [join(dir, MATRIX_FILES.markdown), markdown],
  ] as const;
  for (const [path, text] of files) {
    writeFileSync(path, text);
  }
  out(`matrix: ${files.map(([path]) => path).join(", ")}\n`);
  return 0;
}
