// What the request log writes for a path. Invitation tokens (and anything that looks like one) are
// credentials (so are password-reset links) and must never reach a log, under whatever spelling the path arrived in: /INVITATIONS/…,
// /%69nvitations/…, //invitations/… all reach the same route.

const secretLike = /^[A-Za-z0-9_-]{16,}$/;
const printable = /[^\u0021-\u007e]/g;

function decodeFully(value: string): string {
  let current = value;
  for (let round = 0; round < 3; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      // A malformed escape: decode what can be, percent by percent.
      next = current.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * The path as the log shows it: normalised (decoded, duplicate slashes and backslashes collapsed, lower
 * case for matching), with invitation tokens and token-like segments replaced. For a path that matched no
 * page only its first segment is shown, as nothing else in it is known to be harmless.
 */
export function logPathOf({ path, status }: { path: string; status: number }): string {
  const segments = decodeFully(path)
    .replace(/\\/g, "/")
    .split("/")
    .filter((segment) => segment.length > 0);
  const first = (segments[0] ?? "").toLowerCase();
  const shown = (segment: string) => segment.replace(printable, "?").slice(0, 60);
  if (segments.length === 0) return "/";
  if (first === "invitations") return segments.length > 1 ? "/invitations/[token]" : "/invitations";
  // Password-reset links are credentials too.
  if (first === "password") return segments.length > 2 ? "/password/reset/[token]" : `/${segments.map(shown).join("/")}`;
  if (status === 404) return segments.length > 1 ? `/${shown(first)}/[…]` : `/${secretLike.test(first) ? "[redacted]" : shown(first)}`;
  return `/${segments.map((segment) => (secretLike.test(segment) ? "[id]" : shown(segment))).join("/")}`;
}
