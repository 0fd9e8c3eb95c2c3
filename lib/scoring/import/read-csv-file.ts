import { readFile } from "node:fs/promises";

import { LeadImportError } from "./errors";

/** Reads a CSV file as UTF-8 text, turning a missing or unreadable file into a LeadImportError that names the path. */
export async function readCsvFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new LeadImportError(`CSV file not found: ${path}.`);
    if (code === "EISDIR") throw new LeadImportError(`${path} is a folder, not a CSV file.`);
    if (code === "EACCES") throw new LeadImportError(`Cannot read ${path}: permission denied.`);
    throw error;
  }
}
