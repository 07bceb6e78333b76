import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

/**
 * Debian's Chromium, for the dashboard's browser test and screenshot script: CHROMIUM_PATH, else `chromium` on the
 * PATH. Missing, it is an error that says what to install (CI installs it; the browser test fails rather than skip).
 */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is ${fromEnv}, which does not exist.`);
    }
    return fromEnv;
  }
  try {
    return execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error(
      "The dashboard's browser test needs Chromium: install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) " +
        "or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
  }
}

/** Offline: without these Chromium keeps calling Google's hosts, which a closed network refuses. */
const OFFLINE = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

/** Headless Chromium, offline; without its sandbox when run as root (containers), where the sandbox cannot start. */
export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...OFFLINE, ...(process.getuid?.() === 0 ? ["--no-sandbox"] : [])],
  });
}
