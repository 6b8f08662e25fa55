// Noise for differential privacy (ADR 018). Pure: the random source is a parameter, so a test can fix it
// and the release core stays free of I/O. The server passes a cryptographically secure source.

/** Uniform numbers in [0, 1). Production: node:crypto; tests: a fixed or seeded sequence. */
export type RandomSource = () => number;

/** A source that adds no noise at all: for tests of the rules that sit beside the noise (suppression). */
export const noNoise: RandomSource = () => 0;

/** A geometric draw on 0, 1, 2, …: P(G ≥ k) = alpha^k. */
function geometric(alpha: number, random: RandomSource): number {
  // 1 − U lies in (0, 1], so the logarithm is finite; U = 0 gives 0.
  const u = 1 - random();
  return Math.floor(Math.log(u) / Math.log(alpha));
}

/**
 * Two-sided geometric noise (the discrete Laplace mechanism): P(X = k) ∝ exp(−ε|k|/Δ). Added to a count
 * whose value one organisation changes by at most Δ, it makes that count ε-differentially private.
 */
export function geometricNoise({ epsilon, sensitivity = 1, random }: { epsilon: number; sensitivity?: number; random: RandomSource }): number {
  if (!(epsilon > 0) || !(sensitivity > 0)) throw new Error("epsilon and sensitivity must be positive");
  const alpha = Math.exp(-epsilon / sensitivity);
  return geometric(alpha, random) - geometric(alpha, random);
}

/** A count with noise, never below zero (clamping afterwards is post-processing and costs no budget). */
export function noisyCount({ value, epsilon, random }: { value: number; epsilon: number; random: RandomSource }): number {
  return value + geometricNoise({ epsilon, random });
}
