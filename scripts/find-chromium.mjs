/**
 * Locate a Chromium binary for the Playwright tests. Shared by scripts/test.mjs
 * and playwright.config.ts, so `npm test` and `npx playwright test` pick the
 * same browser. Plain Node ESM with no dependency beyond @playwright/test.
 */
import { accessSync, constants, statSync } from "node:fs";
import { createRequire } from "node:module";

/** Variables that name a browser explicitly, in order of precedence. */
export const CHROMIUM_PATH_VARIABLES = ["PLAYWRIGHT_CHROMIUM_PATH", "CHROME_PATH"];

/** Distribution packages' binaries (Debian's chromium, Ubuntu's chromium-browser, Google's deb). */
export const SYSTEM_CHROMIUM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export const CHROMIUM_INSTALL_HINT = [
  "Install one of these:",
  "  - on Debian or Ubuntu: apt-get install chromium",
  "  - where browser downloads are allowed: npx playwright install chromium",
  "or set PLAYWRIGHT_CHROMIUM_PATH to the path of a Chromium or Chrome binary.",
].join("\n");

function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Return the binary that Playwright itself would launch, or null when none is installed for it. */
function playwrightChromiumPath() {
  try {
    const { chromium } = createRequire(import.meta.url)("@playwright/test");
    const file = chromium.executablePath();
    return file && isExecutableFile(file) ? file : null;
  } catch {
    // No @playwright/test, or no browser registered for this platform.
    return null;
  }
}

/**
 * Find Chromium: an explicit variable first, then the system packages, then
 * a browser installed by `npx playwright install`.
 *
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {{ ok: true, path: string, source: string } | { ok: false, message: string }}
 */
export function findChromium(env = process.env) {
  for (const name of CHROMIUM_PATH_VARIABLES) {
    const value = env[name];
    if (!value) continue;
    if (isExecutableFile(value)) return { ok: true, path: value, source: name };

    return { ok: false, message: `${name} is set to ${value}, but that is not an executable file. Correct it or unset it.` };
  }

  for (const file of SYSTEM_CHROMIUM_PATHS) {
    if (isExecutableFile(file)) return { ok: true, path: file, source: "system package" };
  }

  const downloaded = playwrightChromiumPath();
  if (downloaded) return { ok: true, path: downloaded, source: "npx playwright install" };

  return {
    ok: false,
    message: `No Chromium found: checked ${CHROMIUM_PATH_VARIABLES.join(", ")}, ${SYSTEM_CHROMIUM_PATHS.join(", ")} and Playwright's own browsers.\n${CHROMIUM_INSTALL_HINT}`,
  };
}
