// One cleaning of free text for everything people type and everything imported files bring in (notes,
// owner names, member and organisation names). Client-safe.

// Bidirectional overrides and isolates can make a note or name read differently than it is stored
// ("Trojan Source"); zero-width characters make names look alike; other control characters break layout,
// logs and PDFs. \p{Cf} covers the format characters (bidi controls, zero-width), \p{Cc} the control ones.
const invisibleOrControl = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** Text of one line (a name): line breaks and tabs become one space, the rest of the invisible characters go. */
export function cleanLine(value: string): string {
  return value
    .normalize("NFC")
    .replace(/[\r\n\t\u2028\u2029\u0085]+/g, " ")
    .replace(invisibleOrControl, "")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Text of several lines (a note): line breaks kept as \n, tabs kept, other invisible characters go. */
export function cleanMultiline(value: string): string {
  return value
    .normalize("NFC")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(/[\p{Cc}\p{Cf}]/gu, (character) => (character === "\n" || character === "\t" ? character : ""))
    .trim();
}
