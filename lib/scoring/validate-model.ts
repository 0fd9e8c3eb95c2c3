import { DIMENSIONS, type ScoringModelDocument } from "./model";
import { createModelFile, validateModelFile } from "./model-file";
import { isKnownFactPath } from "./fact-paths";

export type ModelCheck = { ok: true; model: ScoringModelDocument } | { ok: false; errors: string[] };

/** Return the maximum one rule can add. Per-event rules add per event, so without a cap they have no bound. */
function maxRulePoints(rule: ScoringModelDocument["rules"][number]): number {
  if (rule.points <= 0) return 0;
  if (rule.perEvent) return rule.cap ?? Infinity;

  return rule.cap !== undefined ? Math.min(rule.cap, rule.points) : rule.points;
}

/**
 * The most a lead can score: each dimension's positive points, clipped to
 * its cap. An upper bound, because two rules on one field may never fire
 * together; so a threshold above it is surely unreachable.
 */
export function maxReachableScore(model: ScoringModelDocument): number {
  return DIMENSIONS.reduce((total, dimension) => {
    const positive = model.rules.filter((rule) => rule.dimension === dimension).reduce((sum, rule) => sum + maxRulePoints(rule), 0);
    const cap = model.dimensionCaps[dimension];

    return total + (cap !== undefined ? Math.min(cap, positive) : positive);
  }, 0);
}

const IMPORTED_PREFIX = "attributes.";

/**
 * Check that a model can work: the file format's checks, then every rule,
 * disqualifier and gate item on a known fact, and a threshold some lead
 * can reach. Each error names the problem. A draft may also test columns
 * of imported historical leads (`attributes.*`), as a model suggested from
 * them does; a model to publish may not, because live leads have none.
 */
export function validateModel(model: unknown, options: { allowImportedAttributes: boolean }): ModelCheck {
  const structural = validateModelFile(createModelFile({ model: model as ScoringModelDocument }));
  if (!structural.ok) return { ok: false, errors: structural.errors.map((error) => error.replace(/^model\./, "")) };
  const checked = structural.file.model;
  const errors: string[] = [];
  const isKnown = (path: string) => isKnownFactPath(path) || (options.allowImportedAttributes && path.startsWith(IMPORTED_PREFIX));

  checked.rules.forEach((rule, index) => {
    if (!isKnown(rule.when.field)) errors.push(`rules[${index}] "${rule.label}": there is no field ${rule.when.field} on live leads.`);
  });
  checked.disqualifiers.forEach((item, index) => {
    if (!isKnown(item.when.field)) errors.push(`disqualifiers[${index}] "${item.label}": there is no field ${item.when.field} on live leads.`);
  });
  checked.gate.forEach((item, index) => {
    for (const path of item.anyOf) if (!isKnown(path)) errors.push(`gate[${index}] "${item.label}": there is no field ${path} on live leads.`);
  });

  const reachable = maxReachableScore(checked);
  if (checked.mqlThreshold > reachable) {
    errors.push(`No lead can reach the MQL threshold of ${checked.mqlThreshold}: the most a lead can score under these rules and caps is ${reachable}.`);
  }
  if (checked.mqlThreshold <= 0) errors.push("The MQL threshold must be above 0, or every lead with the qualification answers becomes an MQL.");

  return errors.length > 0 ? { ok: false, errors } : { ok: true, model: checked };
}

/** The checks for a model that will score live leads. */
export function validateLiveModel(model: unknown): ModelCheck {
  return validateModel(model, { allowImportedAttributes: false });
}
