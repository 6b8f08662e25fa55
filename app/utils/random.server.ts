import { randomInt } from "node:crypto";

const steps = 2 ** 48 - 1;

/** A uniform number in [0, 1) from the operating system's cryptographically secure source (48 bits; randomInt allows at most 2^48 − 1). */
export function secureRandom(): number {
  return randomInt(steps) / steps;
}
