// The withdrawal code of a shared assessment: shown to the party once, never stored. The contribution keeps
// only its hash, which nobody can turn back into the code or match to an organisation (ADR 018).
import { createHash, randomInt } from "node:crypto";
import { normaliseWithdrawalCode, withdrawalCodeAlphabet, withdrawalCodeGroupLength, withdrawalCodeGroups } from "../insights/withdrawal-code";

/** A new code of 25 characters in five groups (125 bits from the operating system's secure random source). */
export function createWithdrawalCode(): string {
  const parts: string[] = [];
  for (let g = 0; g < withdrawalCodeGroups; g++) {
    let part = "";
    for (let i = 0; i < withdrawalCodeGroupLength; i++) part += withdrawalCodeAlphabet[randomInt(withdrawalCodeAlphabet.length)];
    parts.push(part);
  }
  return parts.join("-");
}

/**
 * What the contribution stores. A plain SHA-256 suffices: with 125 random bits the code cannot be guessed,
 * so a slow or keyed hash would add nothing (they help only for secrets people choose).
 */
export function withdrawalCodeHash(code: string): string {
  const canonical = normaliseWithdrawalCode(code) ?? code;
  return createHash("sha256").update(`weerbaar-withdrawal-code:${canonical}`).digest("hex");
}

/** A random contribution number: rows get no order of arrival that could be matched to who shared when. */
export function randomContributionSeq(): number {
  return randomInt(1, 2 ** 47);
}
