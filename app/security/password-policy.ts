// Client-safe: the sign-up forms validate with the same rules as the server.

export const passwordMinLength = 12;
export const passwordMaxLength = 256;

// Passwords of 12+ characters that appear near the top of public breach lists, plus obvious Dutch and
// party-related choices. Not exhaustive: the length rule does most of the work (NCSC-NL, NIST SP 800-63B).
const commonPasswords = new Set([
  "123456789012",
  "1234567890123",
  "12345678901234",
  "123456789123",
  "111111111111",
  "000000000000",
  "qwertyuiopas",
  "qwertyuiop123",
  "qwerty123456",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "azertyuiop12",
  "password1234",
  "password12345",
  "passwordpassword",
  "password123!",
  "p@ssw0rd1234",
  "iloveyou1234",
  "welkom123456",
  "welkom12345!",
  "welkomwelkom",
  "wachtwoord12",
  "wachtwoord123",
  "wachtwoord1234",
  "wachtwoord!!",
  "geheimgeheim",
  "geheim123456",
  "nederland123",
  "nederland2025",
  "nederland2026",
  "amsterdam123",
  "rotterdam123",
  "feyenoord123",
  "ajaxajaxajax",
  "verkiezingen",
  "verkiezingen2026",
  "politiek1234",
  "democratie12",
  "partij123456",
  "campagne2026",
  "weerbaar1234",
  "weerbaarheid",
  "letmein12345",
  "administrator",
  "adminadmin12",
  "changeme1234",
  "trustno11234",
  "football1234",
  "baseball1234",
  "sunshine1234",
  "princess1234",
  "dragondragon",
  "monkey123456",
  "abcdefghijkl",
  "abcdef123456",
  "abc123456789",
  "aaaaaaaaaaaa",
  "zxcvbnm12345",
  "asdfghjkl123",
  "qazwsxedcrfv",
  "passw0rdpassw0rd",
  "summer2026!!",
  "zomer2026!!!",
  "winter2026!!",
  "januari2026!",
]);

export type PasswordProblem = "too_short" | "too_long" | "too_common" | "contains_email";

/** Returns the first reason a password is not acceptable, or null when it is fine. */
export function checkPassword(password: string, email?: string): PasswordProblem | null {
  if (password.length < passwordMinLength) return "too_short";
  if (password.length > passwordMaxLength) return "too_long";
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) return "too_common";
  if (new Set(lower).size <= 2) return "too_common";
  const localPart = email?.split("@")[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) return "contains_email";
  return null;
}
