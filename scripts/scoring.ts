/**
 * Fit a scoring model to historical leads and back-test models on them.
 * Usage: `npm run scoring -- --help`.
 */
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

import { stringify } from "csv-stringify/sync";

import { backtestModel, type BacktestResult } from "@/lib/scoring/analytics/backtest";
import { DEFAULT_BAND_COUNT } from "@/lib/scoring/analytics/bands";
import { LeadImportError } from "@/lib/scoring/import/errors";
import { importHistoricalLeads, type LeadImport } from "@/lib/scoring/import/historical-leads";
import { readCsvFile } from "@/lib/scoring/import/read-csv-file";
import type { ScoringModelDocument } from "@/lib/scoring/model";
import { createModelFile, formatModelFile, parseModelFile } from "@/lib/scoring/model-file";
import { ModelSuggestionError } from "@/lib/scoring/suggest/errors";
import { formatSuggestReport } from "@/lib/scoring/suggest/report";
import { SUGGEST_DEFAULTS, suggestScoringModel } from "@/lib/scoring/suggest/suggest-model";

const USAGE = `Usage: npm run scoring -- COMMAND [options]

Commands:
  suggest --csv FILE --outcome COLUMN --out MODEL.json [--id COLUMN]
          [--attributes COLUMNS] [--engagement COLUMNS] [--units COLUMN=UNIT,...]
          [--seed N] [--name NAME]
      Fit a points model to historical leads and write it as a model file.
      ${Math.round(SUGGEST_DEFAULTS.testShare * 100)}% of the leads are held out to test it; the report gives the AUC
      on the training and the held-out leads.
  backtest --model MODEL.json --csv FILE --outcome COLUMN [--id COLUMN]
           [--bands N] [--scores-out SCORES.csv]
      Score historical leads with a model file and print one JSON object:
      auc, count, positives, threshold, flagged (leads scoring at least the
      threshold), precision, recall and score bands with their conversion
      rate and lift. The gate and disqualifiers are not applied.

Options:
  --csv FILE            historical leads, one row per lead with a header row
  --outcome COLUMN      1/0, true/false, yes/no or won/lost (any case);
                        rows with another value are skipped and counted
  --id COLUMN           lead id column; without it leads are named by line
  --attributes COLUMNS  comma-separated columns to fit on (default: every
                        column other than the id and the outcome)
  --engagement COLUMNS  numeric columns whose rules go on the engagement
                        dimension (default: those named like visits, time
                        or page views); the other rules go on fit
  --units COLUMN=UNIT   units for rule labels, such as TotalTime=s
  --seed N              seed of the train/held-out split (default ${SUGGEST_DEFAULTS.seed})
  --name NAME           model name (default: from the CSV file name)
  --out MODEL.json      where suggest writes the model file
  --model MODEL.json    the model file to back-test
  --bands N             number of quantile score bands (default ${DEFAULT_BAND_COUNT})
  --scores-out FILE     also write each lead's id, score and outcome as CSV

Cells reading Select, NA, N/A, null, - or nothing count as unanswered.
`;

const HELP_HINT = 'Run "npm run scoring -- --help" for usage.';

/** A mistake in the command line itself: exit code 2. */
class UsageError extends Error {}

/** A command that was understood but could not be carried out: exit code 1. */
class CommandError extends Error {}

type Values = Record<string, string | boolean | undefined>;

const COMMAND_OPTIONS = {
  suggest: { required: ["csv", "outcome", "out"], optional: ["id", "attributes", "engagement", "units", "seed", "name"] },
  backtest: { required: ["model", "csv", "outcome"], optional: ["id", "bands", "scores-out"] },
} as const;

type Command = keyof typeof COMMAND_OPTIONS;

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

function warn(line: string): void {
  process.stderr.write(`${line}\n`);
}

function parseCommandLine(args: string[]): { command: Command; values: Record<string, string | undefined> } | "help" {
  const names = new Set(Object.values(COMMAND_OPTIONS).flatMap((options) => [...options.required, ...options.optional]));
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { ...Object.fromEntries([...names].map((name) => [name, { type: "string" as const }])), help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message} ${HELP_HINT}`);
  }
  const { positionals } = parsed;
  const values = parsed.values as Values;

  if (values.help || positionals[0] === "help") return "help";
  if (positionals.length === 0) throw new UsageError(`Missing command. ${HELP_HINT}`);
  if (positionals.length > 1) throw new UsageError(`Unexpected argument "${positionals[1]}". ${HELP_HINT}`);

  const command = positionals[0]!;
  if (!Object.hasOwn(COMMAND_OPTIONS, command)) throw new UsageError(`Unknown command "${command}". Use one of: ${Object.keys(COMMAND_OPTIONS).join(", ")}. ${HELP_HINT}`);
  const { required, optional } = COMMAND_OPTIONS[command as Command];

  for (const name of required) {
    if (typeof values[name] !== "string" || values[name].trim() === "") throw new UsageError(`Missing --${name}: ${command} needs it. ${HELP_HINT}`);
  }
  const allowed: readonly string[] = [...required, ...optional];
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && name !== "help" && !allowed.includes(name)) throw new UsageError(`--${name} does not apply to ${command}. ${HELP_HINT}`);
  }

  return { command: command as Command, values: values as Record<string, string | undefined> };
}

function parseList(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;

  return text.split(",").map((item) => item.trim()).filter((item) => item !== "");
}

function parseWholeNumber(name: string, text: string | undefined, minimum: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim()) || Number(text) < minimum) throw new UsageError(`Invalid --${name} "${text}": use a whole number of at least ${minimum}.`);

  return Number(text);
}

function parseUnits(text: string | undefined): Record<string, string> {
  const units: Record<string, string> = {};
  for (const item of parseList(text) ?? []) {
    const [column, unit, ...rest] = item.split("=").map((part) => part.trim());
    if (!column || !unit || rest.length > 0) throw new UsageError(`Invalid --units item "${item}": write COLUMN=UNIT, such as TotalTime=s.`);
    units[column] = unit;
  }

  return units;
}

async function importLeads(values: Record<string, string | undefined>): Promise<LeadImport> {
  const path = values.csv!;
  const csv = await readCsvFile(path);
  const imported = importHistoricalLeads({
    csv,
    mapping: { outcome: values.outcome!, id: values.id, attributes: parseList(values.attributes) },
    source: path,
  });

  const skipped = imported.skippedRows;
  if (skipped.length > 0) {
    const examples = skipped.slice(0, 3).map((row) => `line ${row.line} has "${row.outcome}"`);
    warn(`Skipped ${skipped.length} rows whose ${imported.outcomeColumn} is not 1/0, true/false, yes/no or won/lost (${examples.join(", ")}).`);
  }

  return imported;
}

async function writeOutput(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CommandError(`Cannot write ${path}: its folder does not exist.`);
    if (code === "EACCES" || code === "EISDIR") throw new CommandError(`Cannot write ${path}: ${(error as Error).message}`);
    throw error;
  }
}

async function runSuggest(values: Record<string, string | undefined>): Promise<void> {
  const seed = parseWholeNumber("seed", values.seed, 0);
  const units = parseUnits(values.units);
  const imported = await importLeads(values);
  print(`Read ${imported.leads.length} leads from ${values.csv} (${imported.positives} converted).`);

  const { model, report } = suggestScoringModel({
    leads: imported.leads,
    attributes: imported.attributes,
    options: {
      name: values.name ?? `Suggested from ${values.csv!.split(/[\\/]/).at(-1)}`,
      seed,
      engagementColumns: parseList(values.engagement),
      units,
    },
  });

  const metadata = {
    createdAt: new Date().toISOString(),
    createdBy: "scripts/scoring.ts suggest",
    source: { csv: values.csv, outcome: imported.outcomeColumn, id: values.id ?? null, rows: imported.leads.length, skippedRows: imported.skippedRows.length },
    evaluation: report,
  };
  await writeOutput(values.out!, formatModelFile(createModelFile({ model, metadata })));

  for (const line of formatSuggestReport(report)) print(line);
  print(`Wrote ${values.out}.`);
}

async function readModel(path: string): Promise<ScoringModelDocument> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new CommandError(`Model file not found: ${path}.`);
    throw new CommandError(`Cannot read the model file ${path}: ${(error as Error).message}`);
  }

  const checked = parseModelFile(text);
  if (!checked.ok) throw new CommandError(`Invalid model file ${path}:\n  ${checked.errors.join("\n  ")}`);

  return checked.file.model;
}

/** Warns about rules that read attribute columns the CSV lacks, since they can never fire. */
function warnAboutMissingColumns(model: ScoringModelDocument, imported: LeadImport): void {
  const columns = new Set(imported.attributes.map((attribute) => attribute.name));
  const fields = [...model.rules, ...model.disqualifiers].map((rule) => rule.when.field);
  const missing = [...new Set(fields.filter((field) => field.startsWith("attributes.")).map((field) => field.slice("attributes.".length)))].filter(
    (column) => !columns.has(column),
  );
  if (missing.length > 0) warn(`The model reads columns the CSV does not have, so their rules never fire: ${missing.join(", ")}.`);
}

async function runBacktest(values: Record<string, string | undefined>): Promise<void> {
  const bandCount = parseWholeNumber("bands", values.bands, 1);
  const model = await readModel(values.model!);
  const imported = await importLeads(values);
  warnAboutMissingColumns(model, imported);

  const result: BacktestResult = backtestModel({ model, leads: imported.leads, now: new Date(), bandCount });
  const { scores, ...summary } = result;

  if (values["scores-out"] !== undefined) {
    const csv = stringify(scores, { header: true, columns: ["id", "score", "outcome"], escape_formulas: true });
    await writeOutput(values["scores-out"], csv);
  }

  print(JSON.stringify({ model: model.name, csv: values.csv, skippedRows: imported.skippedRows.length, ...summary }, null, 2));
}

async function main(): Promise<void> {
  const parsed = parseCommandLine(process.argv.slice(2));
  if (parsed === "help") {
    process.stdout.write(USAGE);
    return;
  }

  if (parsed.command === "suggest") return runSuggest(parsed.values);
  return runBacktest(parsed.values);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    warn(error.message);
    process.exitCode = 2;
    return;
  }
  if (error instanceof CommandError || error instanceof LeadImportError || error instanceof ModelSuggestionError) {
    warn(error.message);
    process.exitCode = 1;
    return;
  }
  warn(`The command failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
