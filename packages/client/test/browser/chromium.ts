import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium (package `chromium`); Playwright's own browser downloads do not work on these machines. */
export const CHROMIUM = "/usr/bin/chromium";

// Headless and offline: without the background-networking flags Chromium keeps trying Google's hosts, which
// a closed network refuses. Playwright gives each launch a new empty profile of its own.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches Debian's Chromium headless; without it, fails saying how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the browser test needs Debian's Chromium; install it with \`apt-get install -y chromium\``,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}
