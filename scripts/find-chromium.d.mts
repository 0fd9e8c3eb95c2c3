// Types for find-chromium.mjs, which playwright.config.ts imports.
export declare const CHROMIUM_PATH_VARIABLES: string[];
export declare const SYSTEM_CHROMIUM_PATHS: string[];
export declare const CHROMIUM_INSTALL_HINT: string;
export declare function findChromium(
  env?: NodeJS.ProcessEnv,
): { ok: true; path: string; source: string } | { ok: false; message: string };
