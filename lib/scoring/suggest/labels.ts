import type { NumericBin } from "./bins";

const NUMBER_FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 6 });

/** Formats a number for a rule label, such as `1,200` or `2.5`, with the unit after a space when there is one. */
function formatQuantity(value: number, unit: string | undefined): string {
  const number = NUMBER_FORMAT.format(value);

  return unit ? `${number} ${unit}` : number;
}

/** Describes a bin as a rule label: "TotalTime 1,200–1,899 s", "TotalTime at most 240 s" or "TotalTime 1,900 s or more". */
export function labelBin(input: { column: string; bin: NumericBin; unit?: string }): string {
  const { column, bin, unit } = input;

  if (bin.min === undefined && bin.max === undefined) return `${column} has a value`;
  if (bin.min === undefined) return `${column} at most ${formatQuantity(bin.max!, unit)}`;
  if (bin.max === undefined) return `${column} ${formatQuantity(bin.min, unit)} or more`;
  if (bin.min === bin.max) return `${column} is ${formatQuantity(bin.min, unit)}`;

  const range = `${NUMBER_FORMAT.format(bin.min)}–${NUMBER_FORMAT.format(bin.max)}`;
  return unit ? `${column} ${range} ${unit}` : `${column} ${range}`;
}

export function labelCategory(input: { column: string; value: string }): string {
  return `${input.column} is ${input.value}`;
}

export function labelPresent(column: string): string {
  return `${column} has a value`;
}
