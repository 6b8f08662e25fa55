// The one rule for "where may we send the user back to": every redirect to a target that came from a
// request (a query parameter, a hidden form field, a cookie) goes through here.

const ourOrigin = "http://weerbaar.invalid";
const maxTargetLength = 500;
// Browsers drop tabs and line breaks from a Location and read a backslash as a slash, so "/\t/evil.example"
// or "/\\evil.example" become "//evil.example", another site. Such targets are refused outright, also when
// percent-encoded (a later hop may decode once more). \p{Cc} is every C0 and C1 control character.
const unsafeCharacter = /[\p{Cc}\\\u2028\u2029]/u;

/**
 * A same-origin path (with query and fragment) to redirect to, or the fallback. The target is parsed as
 * a URL against our origin and only its path part is kept, so whatever is returned is ASCII, starts with
 * exactly one slash and cannot name another host.
 */
export function safeRedirectTarget({ target, fallback }: { target: unknown; fallback: string }): string {
  if (typeof target !== "string" || target.length === 0 || target.length > maxTargetLength) return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || unsafeCharacter.test(target)) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return fallback;
  }
  if (decoded.startsWith("//") || unsafeCharacter.test(decoded)) return fallback;
  let url: URL;
  try {
    url = new URL(target, ourOrigin);
  } catch {
    return fallback;
  }
  if (url.origin !== ourOrigin) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}
