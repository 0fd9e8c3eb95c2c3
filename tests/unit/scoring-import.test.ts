import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { foldCategory, normalizeCell, parseDecimal } from "@/lib/scoring/import/cell-values";
import { LeadImportError } from "@/lib/scoring/import/errors";
import { importHistoricalLeads, type ColumnMapping } from "@/lib/scoring/import/historical-leads";
import { parseOutcome } from "@/lib/scoring/import/outcome";
import { readCsvFile } from "@/lib/scoring/import/read-csv-file";

const DECOMPOSED_E_ACUTE = "e\u0301";

// Line 6 has an outcome no spelling matches, so it is skipped.
const MESSY_CSV = [
  "Id,Source,Visits,Spec,Won",
  "a1, Google ,3,Select,yes",
  "a2,google,  10 ,,No",
  "a3,Direct   Traffic,N/A,Finance,TRUE",
  "a4,GOOGLE,2.5,null,lost",
  "a5,bing,-,-,maybe",
].join("\r\n");

function importMessy(mapping: Partial<ColumnMapping> = {}) {
  return importHistoricalLeads({ csv: MESSY_CSV, mapping: { id: "Id", outcome: "Won", ...mapping } });
}

function importError(csv: string, mapping: ColumnMapping): string {
  try {
    importHistoricalLeads({ csv, mapping, source: "leads.csv" });
  } catch (error) {
    if (error instanceof LeadImportError) return error.message;
    throw error;
  }

  throw new Error("The import did not fail.");
}

describe("normalizeCell", () => {
  it.each<{ label: string; raw: string; expected: string | undefined }>([
    { label: "Select is unanswered", raw: "Select", expected: undefined },
    { label: "select is unanswered", raw: "select", expected: undefined },
    { label: "empty is unanswered", raw: "", expected: undefined },
    { label: "spaces are unanswered", raw: "   ", expected: undefined },
    { label: "NA is unanswered", raw: "NA", expected: undefined },
    { label: "N/A is unanswered", raw: "N/A", expected: undefined },
    { label: "null is unanswered", raw: "null", expected: undefined },
    { label: "NULL is unanswered", raw: "NULL", expected: undefined },
    { label: "dash is unanswered", raw: "-", expected: undefined },
    { label: "padded Select is unanswered", raw: " Select ", expected: undefined },
    { label: "ends trimmed", raw: "  Google ", expected: "Google" },
    { label: "inner spaces collapse", raw: "Direct \t  Traffic", expected: "Direct Traffic" },
    { label: "composed to NFC", raw: `Caf${DECOMPOSED_E_ACUTE}`, expected: "Caf\u00E9" },
    { label: "selected is an answer", raw: "Selected", expected: "Selected" },
    { label: "negative number kept", raw: "-3", expected: "-3" },
  ])("cell: $label", ({ raw, expected }) => {
    expect(normalizeCell(raw)).toBe(expected);
  });
});

describe("parseDecimal", () => {
  it.each<{ label: string; text: string; expected: number | null }>([
    { label: "integer", text: "12", expected: 12 },
    { label: "decimal", text: "2.5", expected: 2.5 },
    { label: "negative", text: "-1.25", expected: -1.25 },
    { label: "leading point", text: ".5", expected: 0.5 },
    { label: "exponent", text: "2e3", expected: 2000 },
    { label: "thousands comma", text: "1,200", expected: null },
    { label: "hexadecimal", text: "0x10", expected: null },
    { label: "word", text: "ten", expected: null },
    { label: "Infinity", text: "Infinity", expected: null },
    { label: "overflow", text: "1e999", expected: null },
  ])("decimal: $label", ({ text, expected }) => {
    expect(parseDecimal(text)).toBe(expected);
  });
});

describe("foldCategory", () => {
  it("Google and google fold together", () => {
    expect(foldCategory("Google")).toBe(foldCategory("google"));
  });

  it("folds to lower case", () => {
    expect(foldCategory("Direct Traffic")).toBe("direct traffic");
  });
});

describe("parseOutcome", () => {
  it.each<{ raw: string; expected: 0 | 1 | null }>([
    { raw: "1", expected: 1 },
    { raw: "0", expected: 0 },
    { raw: "true", expected: 1 },
    { raw: "FALSE", expected: 0 },
    { raw: "Yes", expected: 1 },
    { raw: "no", expected: 0 },
    { raw: "WON", expected: 1 },
    { raw: "Lost", expected: 0 },
    { raw: " yes ", expected: 1 },
    { raw: "", expected: null },
    { raw: "maybe", expected: null },
    { raw: "2", expected: null },
    { raw: "1.0", expected: null },
    { raw: "constructor", expected: null },
  ])("outcome: '$raw'", ({ raw, expected }) => {
    expect(parseOutcome(raw)).toBe(expected);
  });
});

describe("importHistoricalLeads values", () => {
  const imported = importMessy();
  const attributesOf = (id: string) => imported.leads.find((lead) => lead.id === id)!.facts.attributes!;

  it("Select becomes unanswered", () => {
    expect(attributesOf("a1").Spec).toBeUndefined();
  });

  it("null becomes unanswered", () => {
    expect(attributesOf("a4").Spec).toBeUndefined();
  });

  it("Google spellings share one value", () => {
    expect(["a1", "a2", "a4"].map((id) => attributesOf(id).Source)).toEqual(["google", "google", "google"]);
  });

  it("whitespace collapses in categories", () => {
    expect(attributesOf("a3").Source).toBe("direct traffic");
  });

  it("numeric column gives numbers", () => {
    expect(["a1", "a2", "a4"].map((id) => attributesOf(id).Visits)).toEqual([3, 10, 2.5]);
  });

  it("N/A in numeric column is unanswered", () => {
    expect(attributesOf("a3").Visits).toBeUndefined();
  });

  it("columns get their kinds", () => {
    expect(imported.attributes).toEqual([
      { name: "Source", kind: "category", answered: 4 },
      { name: "Visits", kind: "number", answered: 3 },
      { name: "Spec", kind: "category", answered: 1 },
    ]);
  });

  it("outcomes parse per row", () => {
    expect(imported.leads.map((lead) => lead.outcome)).toEqual([1, 0, 1, 0]);
  });

  it("counts the positives", () => {
    expect(imported.positives).toBe(2);
  });

  it("reports the unparseable outcome", () => {
    expect(imported.skippedRows).toEqual([{ line: 6, outcome: "maybe" }]);
  });

  it("keeps lead ids and lines", () => {
    expect(imported.leads.map((lead) => `${lead.id}@${lead.line}`)).toEqual(["a1@2", "a2@3", "a3@4", "a4@5"]);
  });

  it("facts have empty defaults", () => {
    const { attributes, ...rest } = imported.leads[0]!.facts;

    expect(rest).toEqual({
      answers: {},
      contact: { emailDomain: "", emailKind: "work", country: "", hasPhone: false },
      offerKind: "",
      engagement: { events: [], submissions: 0 },
    });
  });
});

describe("importHistoricalLeads mapping", () => {
  it("attributes default to other columns", () => {
    expect(Object.keys(importMessy().leads[0]!.facts.attributes!)).toEqual(["Source", "Visits", "Spec"]);
  });

  it("attributes can be listed", () => {
    expect(Object.keys(importMessy({ attributes: ["Spec", "Source"] }).leads[0]!.facts.attributes!)).toEqual(["Spec", "Source"]);
  });

  it("without id, leads are named by line", () => {
    const imported = importHistoricalLeads({ csv: MESSY_CSV, mapping: { outcome: "Won" } });

    expect(imported.leads[0]!.id).toBe("line 2");
  });

  it("without id, the id column is an attribute", () => {
    const imported = importHistoricalLeads({ csv: MESSY_CSV, mapping: { outcome: "Won" } });

    expect(imported.leads[0]!.facts.attributes!.Id).toBe("a1");
  });

  it("mixed column stays categorical", () => {
    const imported = importHistoricalLeads({ csv: "Size,Won\n12,1\nlarge,0\n", mapping: { outcome: "Won" } });

    expect(imported.leads.map((lead) => lead.facts.attributes!.Size)).toEqual(["12", "large"]);
  });

  it("quoted comma stays in cell", () => {
    const imported = importHistoricalLeads({ csv: 'Spec,Won\n"Banking, Insurance",1\nIT,0\n', mapping: { outcome: "Won" } });

    expect(imported.leads[0]!.facts.attributes!.Spec).toBe("banking, insurance");
  });

  it("header names are normalized", () => {
    const imported = importHistoricalLeads({ csv: "\uFEFF Lead  Source ,Won\nweb,1\nads,0\n", mapping: { outcome: "Won" } });

    expect(imported.attributes[0]!.name).toBe("Lead Source");
  });

  it("blank lines are skipped", () => {
    const imported = importHistoricalLeads({ csv: "Source,Won\n\nweb,1\n\nads,0\n", mapping: { outcome: "Won" } });

    expect(imported.leads).toHaveLength(2);
  });
});

describe("importHistoricalLeads errors", () => {
  it("unknown outcome column names it", () => {
    expect(importError(MESSY_CSV, { outcome: "Converted" })).toContain('Unknown outcome column "Converted"');
  });

  it("unknown column lists available ones", () => {
    expect(importError(MESSY_CSV, { outcome: "Converted" })).toContain("leads.csv has the columns: Id, Source, Visits, Spec, Won.");
  });

  it("other case gets a hint", () => {
    expect(importError(MESSY_CSV, { outcome: "won" })).toContain('Column names are case-sensitive: did you mean "Won"?');
  });

  it("padded column name matches", () => {
    expect(importMessy({ outcome: " Won " }).leads).toHaveLength(4);
  });

  it("unknown id column names it", () => {
    expect(importError(MESSY_CSV, { outcome: "Won", id: "LeadId" })).toContain('Unknown id column "LeadId"');
  });

  it("unknown attribute column names it", () => {
    expect(importError(MESSY_CSV, { outcome: "Won", attributes: ["Region"] })).toContain('Unknown attribute column "Region"');
  });

  it("outcome as attribute is rejected", () => {
    expect(importError(MESSY_CSV, { outcome: "Won", attributes: ["Won"] })).toContain('The outcome column "Won" cannot also be an attribute');
  });

  it("dotted column name is rejected", () => {
    expect(importError("Lead.Source,Won\nweb,1\nads,0\n", { outcome: "Won" })).toContain('The column "Lead.Source" has a dot in its name');
  });

  it("empty text is rejected", () => {
    expect(importError("", { outcome: "Won" })).toBe("leads.csv is empty. It needs a header row and at least one data row.");
  });

  it("header without rows is rejected", () => {
    expect(importError("Source,Won\n", { outcome: "Won" })).toBe("leads.csv has a header row but no data rows.");
  });

  it("duplicate header is rejected", () => {
    expect(importError("Won,Source,Won\n1,web,1\n", { outcome: "Won" })).toBe('leads.csv has two columns named "Won". Rename one of them.');
  });

  it("ragged row is rejected", () => {
    expect(importError("Source,Won\nweb,1\nads\n", { outcome: "Won" })).toContain("leads.csv is not valid CSV: Invalid Record Length");
  });

  it("only zeros is rejected", () => {
    expect(importError("Source,Converted\nweb,0\nads,0\n", { outcome: "Converted" })).toBe(
      "The outcome column Converted has only 0 (unconverted) values. A back-test needs both converted and unconverted leads.",
    );
  });

  it("only ones is rejected", () => {
    expect(importError("Source,Converted\nweb,1\nads,yes\n", { outcome: "Converted" })).toContain("has only 1 (converted) values");
  });

  it("no valid outcome is rejected", () => {
    expect(importError("Source,Won\nweb,maybe\nads,\n", { outcome: "Won" })).toContain('No row of leads.csv has a valid outcome in the column Won');
  });

  it("no valid outcome shows an example", () => {
    expect(importError("Source,Won\nweb,maybe\nads,\n", { outcome: "Won" })).toContain('(line 2 has "maybe")');
  });
});

describe("readCsvFile", () => {
  it("missing file names the path", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "pellet-import-"));
    const missing = path.join(folder, "nope.csv");

    await expect(readCsvFile(missing)).rejects.toThrow(`CSV file not found: ${missing}.`);
    rmSync(folder, { recursive: true, force: true });
  });

  it("folder is rejected", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "pellet-import-"));

    await expect(readCsvFile(folder)).rejects.toThrow(`${folder} is a folder, not a CSV file.`);
    rmSync(folder, { recursive: true, force: true });
  });
});
