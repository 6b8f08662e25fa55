import type { MetaDescriptor } from "@remix-run/node";
import { defaultLanguage, isLanguage, translate, type Language, type MessageKey } from "../i18n/translate";

function languageOf(data: unknown): Language {
  if (typeof data === "object" && data !== null && "language" in data && isLanguage(data.language)) return data.language;
  return defaultLanguage;
}

/** A translated <title> for a route's meta export. */
export function pageTitle(matches: ReadonlyArray<{ id: string; data: unknown }>, key: MessageKey, values?: Record<string, string>): MetaDescriptor[] {
  const language = languageOf(matches.find((match) => match.id === "root")?.data);
  return [{ title: `${translate(language, key, values)} — Weerbaar` }];
}
