import type { Source } from "./schema";

/**
 * What a reader should know about a source before following its link: its year, and its language when it
 * is not the language of the page (so a Dutch page says "Engelstalig", an English page "in Dutch").
 */
export function sourceNote({ source, pageLanguage }: { source: Source; pageLanguage: "nl" | "en" }): {
  year: number | null;
  otherLanguage: NonNullable<Source["language"]> | null;
} {
  return { year: source.year ?? null, otherLanguage: source.language && source.language !== pageLanguage ? source.language : null };
}
