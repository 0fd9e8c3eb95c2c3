import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEFAULT_SCORING_MODEL } from "@/lib/scoring/default-model";
import { createModelFile, formatModelFile } from "@/lib/scoring/model-file";

const FIXTURE = "tests/fixtures/x-education-leads.csv";
// Each command starts tsx; on a loaded 2-core machine that alone can take several seconds.
const COMMAND_TIMEOUT_MS = 60_000;

type CommandResult = { code: number; stdout: string; stderr: string };

type BacktestOutput = {
  auc: number;
  count: number;
  positives: number;
  threshold: number;
  precision: number;
  recall: number;
  bands: { minScore: number; maxScore: number; count: number; conversions: number; conversionRate: number; lift: number }[];
};

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "pellet-scoring-cli-"));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** Run `npx tsx scripts/scoring.ts ARGS`. */
function runScoring(args: string[]): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile("npx", ["tsx", "scripts/scoring.ts", ...args], { timeout: COMMAND_TIMEOUT_MS }, (error, stdout, stderr) => {
      let code = 0;
      if (error) code = typeof error.code === "number" ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

function writeTemporary(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);

  return file;
}

function countConverted(): number {
  const rows = parse(readFileSync(FIXTURE, "utf8"), { columns: true }) as Record<string, string>[];

  return rows.filter((row) => row.Converted === "1").length;
}

describe("scoring suggest and backtest", () => {
  let suggested: CommandResult;
  let backtested: CommandResult;
  let output: BacktestOutput;
  let scoresFile: string;

  beforeAll(async () => {
    const modelFile = path.join(folder, "suggested.json");
    scoresFile = path.join(folder, "scores.csv");
    suggested = await runScoring(["suggest", "--csv", FIXTURE, "--outcome", "Converted", "--id", "ProspectID", "--units", "TotalTime=s", "--out", modelFile]);
    backtested = await runScoring(["backtest", "--model", modelFile, "--csv", FIXTURE, "--outcome", "Converted", "--id", "ProspectID", "--scores-out", scoresFile]);
    output = JSON.parse(backtested.stdout) as BacktestOutput;
  }, 2 * COMMAND_TIMEOUT_MS);

  it("suggest succeeds", () => {
    expect(suggested.stderr).toBe("");
    expect(suggested.code).toBe(0);
  });

  it("suggest reports held-out AUC", () => {
    expect(suggested.stdout).toMatch(/AUC: 0\.\d{3} on training leads, 0\.\d{3} on held-out leads/);
  });

  it("suggest reports the threshold", () => {
    expect(suggested.stdout).toMatch(/MQL threshold: -?\d+ points/);
  });

  it("backtest succeeds", () => {
    expect(backtested.stderr).toBe("");
    expect(backtested.code).toBe(0);
  });

  it("backtest AUC at least 0.80", () => {
    expect(output.auc).toBeGreaterThanOrEqual(0.8);
  });

  it("backtest counts every row", () => {
    expect(output.count).toBe(6468);
  });

  it("positives match the CSV", () => {
    expect(output.positives).toBe(countConverted());
  });

  it("bands sum to count", () => {
    expect(output.bands.reduce((sum, band) => sum + band.count, 0)).toBe(output.count);
  });

  it("five bands by default", () => {
    expect(output.bands).toHaveLength(5);
  });

  it("top band lifts above 1", () => {
    expect(output.bands[0]!.lift).toBeGreaterThan(1);
  });

  it("precision and recall present", () => {
    expect([typeof output.precision, typeof output.recall, typeof output.threshold]).toEqual(["number", "number", "number"]);
  });

  it("scores file has every lead", () => {
    const rows = parse(readFileSync(scoresFile, "utf8"), { columns: true }) as Record<string, string>[];

    expect(rows).toHaveLength(6468);
  });

  it("scores file has id and score", () => {
    const [first] = parse(readFileSync(scoresFile, "utf8"), { columns: true }) as Record<string, string>[];

    expect(first!.id).toBe("95caf95f-6873-6558-7d21-88235eee7dd3");
    expect(Number.isInteger(Number(first!.score))).toBe(true);
  });
});

describe.concurrent("scoring command checks", () => {
  it("--help prints usage", async ({ expect }) => {
    const result = await runScoring(["--help"]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: npm run scoring -- COMMAND [options]");
    expect(result.stdout).toContain("--scores-out");
  });

  it("default model back-tests", async ({ expect }) => {
    const modelFile = writeTemporary("default.json", formatModelFile(createModelFile({ model: DEFAULT_SCORING_MODEL })));
    const result = await runScoring(["backtest", "--model", modelFile, "--csv", FIXTURE, "--outcome", "Converted"]);
    const output = JSON.parse(result.stdout) as BacktestOutput;

    expect(result.code).toBe(0);
    expect(output.count).toBe(6468);
    // The default model reads form answers, which imported leads lack, so every lead scores the same.
    expect(output.auc).toBe(0.5);
    expect(output.bands).toHaveLength(1);
  });

  it("missing CSV file is named", async ({ expect }) => {
    const result = await runScoring(["suggest", "--csv", "no-such-leads.csv", "--outcome", "Converted", "--out", path.join(folder, "unused.json")]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain("CSV file not found: no-such-leads.csv.");
  });

  it("unknown column lists columns", async ({ expect }) => {
    const result = await runScoring(["suggest", "--csv", FIXTURE, "--outcome", "Convertd", "--out", path.join(folder, "unused.json")]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Unknown outcome column "Convertd"');
    expect(result.stderr).toContain("ProspectID, LeadOrigin, LeadSource");
  });

  it("one outcome class is rejected", async ({ expect }) => {
    const csv = writeTemporary("zeros.csv", "ProspectID,LeadSource,Converted\na,google,0\nb,bing,0\n");
    const result = await runScoring(["suggest", "--csv", csv, "--outcome", "Converted", "--out", path.join(folder, "unused.json")]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain("The outcome column Converted has only 0 (unconverted) values.");
    expect(result.stderr).toContain("needs both converted and unconverted leads");
  });

  it("CSV without rows is rejected", async ({ expect }) => {
    const csv = writeTemporary("header-only.csv", "ProspectID,LeadSource,Converted\n");
    const result = await runScoring(["suggest", "--csv", csv, "--outcome", "Converted", "--out", path.join(folder, "unused.json")]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain("has a header row but no data rows");
  });

  it("invalid model file is named", async ({ expect }) => {
    const modelFile = writeTemporary("invalid.json", JSON.stringify({ format: "pellet-scoring-model", version: 1, model: { ...DEFAULT_SCORING_MODEL, mqlThreshold: "high" } }));
    const result = await runScoring(["backtest", "--model", modelFile, "--csv", FIXTURE, "--outcome", "Converted"]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Invalid model file ${modelFile}`);
    expect(result.stderr).toContain("model.mqlThreshold: Expected a finite number.");
  });

  it("missing model file is named", async ({ expect }) => {
    const result = await runScoring(["backtest", "--model", "no-such-model.json", "--csv", FIXTURE, "--outcome", "Converted"]);

    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Model file not found: no-such-model.json.");
  });

  it("missing option is a usage error", async ({ expect }) => {
    const result = await runScoring(["backtest", "--csv", FIXTURE, "--outcome", "Converted"]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Missing --model");
  });

  it("unknown command is a usage error", async ({ expect }) => {
    const result = await runScoring(["train"]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown command "train"');
  });
});
