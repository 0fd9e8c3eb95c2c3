import { solveSymmetric } from "./cholesky";

/** An L2-regularised logistic regression over yes/no features, fitted by Newton's method (IRLS). */
export type LogisticFit = { intercept: number; coefficients: number[]; iterations: number };

const MAX_ITERATIONS = 100;
// Stop once no weight moves by more than this in one step.
const TOLERANCE = 1e-9;

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Computes the linear predictor (log-odds) of one lead: the intercept plus the weights of the features that fire. */
export function predictLogit(fit: LogisticFit, active: readonly number[]): number {
  return active.reduce((sum, index) => sum + fit.coefficients[index]!, fit.intercept);
}

/**
 * Fits weights that minimise the log-loss summed over the leads plus
 * l2 / 2 times the squared weights; the intercept is not penalised. `rows`
 * lists, per lead, the indexes of its features that fire. Deterministic:
 * the same rows always give the same weights. Throws when the fit does not
 * converge.
 */
export function fitLogisticRegression(input: { rows: readonly (readonly number[])[]; outcomes: readonly (0 | 1)[]; featureCount: number; l2: number }): LogisticFit {
  const { rows, outcomes, featureCount, l2 } = input;
  if (!(l2 > 0)) throw new RangeError(`Invalid L2 penalty ${l2}: use a positive number, which also keeps the fit unique.`);

  // Weight 0 is the intercept, so feature i has weight i + 1.
  const size = featureCount + 1;
  let weights = new Array<number>(size).fill(0);
  let loss = computeLoss({ rows, outcomes, weights, l2 });

  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration += 1) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    rows.forEach((active, row) => {
      const p = sigmoid(logit(weights, active));
      const residual = p - outcomes[row]!;
      const variance = p * (1 - p);
      const indexes = [0, ...active.map((index) => index + 1)];
      for (const i of indexes) {
        gradient[i]! += residual;
        for (const j of indexes) hessian[i]![j]! += variance;
      }
    });
    for (let i = 1; i < size; i += 1) {
      gradient[i]! += l2 * weights[i]!;
      hessian[i]![i]! += l2;
    }

    const newtonStep = solveSymmetric(hessian, gradient);

    // Halve the step until the loss stops rising; a full Newton step almost always passes at once.
    let stepSize = 1;
    let candidate = weights.map((weight, i) => weight - newtonStep[i]!);
    let candidateLoss = computeLoss({ rows, outcomes, weights: candidate, l2 });
    while (candidateLoss > loss && stepSize > 1e-6) {
      stepSize /= 2;
      candidate = weights.map((weight, i) => weight - stepSize * newtonStep[i]!);
      candidateLoss = computeLoss({ rows, outcomes, weights: candidate, l2 });
    }

    const largestChange = Math.max(...candidate.map((weight, i) => Math.abs(weight - weights[i]!)));
    weights = candidate;
    loss = candidateLoss;
    if (largestChange < TOLERANCE) return { intercept: weights[0]!, coefficients: weights.slice(1), iterations: iteration };
  }

  throw new Error(`The logistic regression did not converge in ${MAX_ITERATIONS} iterations. Raise the L2 penalty.`);
}

function logit(weights: readonly number[], active: readonly number[]): number {
  return active.reduce((sum, index) => sum + weights[index + 1]!, weights[0]!);
}

function computeLoss(input: { rows: readonly (readonly number[])[]; outcomes: readonly (0 | 1)[]; weights: readonly number[]; l2: number }): number {
  const { rows, outcomes, weights, l2 } = input;

  let loss = 0;
  rows.forEach((active, row) => {
    const z = logit(weights, active);
    // log(1 + e^z) - y·z, written so that a large |z| does not overflow.
    loss += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - outcomes[row]! * z;
  });
  for (let i = 1; i < weights.length; i += 1) loss += (l2 / 2) * weights[i]! ** 2;

  return loss;
}
