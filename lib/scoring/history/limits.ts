/** Limits of the historical import. Pure, so client code may import this file. */

// 10 MiB, about 100,000 rows of 100 bytes as in the X Education export. docs/benchmarks-scoring.md has the import,
// back-test and suggestion times and the memory for that size.
export const MAX_CSV_BYTES = 10 * 1024 * 1024;

export const MAX_CSV_SIZE_TEXT = "10 MB";

// Rows per INSERT: 1,000 rows of 5 columns stay far below PostgreSQL's 65,535 bind parameters per statement.
export const INSERT_BATCH_ROWS = 1_000;

export const MAX_BAND_COUNT = 20;

/** Describes a byte count in MB with one decimal, as the limit is written. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
