// The shape of a withdrawal code (pure, also for the browser): Crockford's base32 without I, L, O or U, so
// a code read aloud or typed over is hard to get wrong. Creating and hashing codes: withdrawal-code.server.ts.

export const withdrawalCodeAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const withdrawalCodeGroups = 5;
export const withdrawalCodeGroupLength = 5;

/** The code as typed (spaces, dashes, lower case, O for 0, I or L for 1) in its one canonical form, or null. */
export function normaliseWithdrawalCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (compact.length !== withdrawalCodeGroups * withdrawalCodeGroupLength) return null;
  for (const char of compact) if (!withdrawalCodeAlphabet.includes(char)) return null;
  return compact;
}
