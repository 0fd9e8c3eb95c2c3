import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// Files and folders that `next start` and the server read at run time, besides .next and node_modules.
const RUNTIME_ENTRIES = ["package.json", "next.config.ts", "tsconfig.json", "public", "drizzle"];
// Parts of .next that `next start` does not read: the build cache and the `next dev` output.
const SKIPPED_BUILD_FOLDERS = new Set(["cache", "dev"]);

export type BuildSnapshot = { dir: string; buildId: string; remove: () => Promise<void> };

function readBuildIdIn(projectDir: string): string | null {
  const file = path.join(projectDir, ".next", "BUILD_ID");

  return existsSync(file) ? readFileSync(file, "utf8").trim() : null;
}

/**
 * Copy the production build and the files the server reads into a
 * temporary folder, with node_modules linked, so that a `next build` run in
 * the working tree during the benchmark cannot change or delete the build
 * under test. Throws when the build changed while it was copied.
 */
export function snapshotBuild(projectDir: string): BuildSnapshot {
  const buildId = readBuildIdIn(projectDir);
  if (buildId === null) throw new Error(`${projectDir}/.next/BUILD_ID is missing. Run \`npx next build\` first.`);

  const dir = mkdtempSync(path.join(os.tmpdir(), "pellet-bench-build-"));
  const remove = async () => rmSync(dir, { recursive: true, force: true });
  try {
    const buildDir = path.join(projectDir, ".next");
    cpSync(buildDir, path.join(dir, ".next"), {
      recursive: true,
      // Links under .next/node_modules are relative and resolve through the linked node_modules.
      verbatimSymlinks: true,
      filter: (source) => !SKIPPED_BUILD_FOLDERS.has(path.relative(buildDir, source).split(path.sep)[0]!),
    });
    for (const entry of RUNTIME_ENTRIES) {
      const source = path.join(projectDir, entry);
      if (existsSync(source)) cpSync(source, path.join(dir, entry), { recursive: true });
    }
    symlinkSync(path.join(projectDir, "node_modules"), path.join(dir, "node_modules"), "dir");

    if (readBuildIdIn(projectDir) !== buildId || readBuildIdIn(dir) !== buildId) {
      throw new Error("The .next build changed while it was copied, because another `next build` is running. Run the benchmark again when it has finished.");
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  return { dir, buildId, remove };
}
