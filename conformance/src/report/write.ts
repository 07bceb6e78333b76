import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RunResult } from "../runner/types.js";
import { htmlReport } from "./html.js";
import { junitReport } from "./junit.js";
import { markdownReport } from "./markdown.js";

export const REPORT_FILES = {
  junit: "junit.xml",
  json: "results.json",
  markdown: "report.md",
  html: "report.html",
} as const;

/** Writes the four reports into `dir` (created if needed) and returns their paths. */
export function writeReports(run: RunResult, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [
    [REPORT_FILES.junit, junitReport(run)],
    [REPORT_FILES.json, `${JSON.stringify(run, null, 2)}\n`],
    [REPORT_FILES.markdown, markdownReport(run)],
    [REPORT_FILES.html, htmlReport(run)],
  ];
  return files.map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}
