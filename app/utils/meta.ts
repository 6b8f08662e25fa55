import type { MetaDescriptor } from "@remix-run/node";
import { lookupMessage } from "../i18n/registry";
import type { MessageKey } from "../i18n/translate";

function languageOf(data: unknown): "nl" | "en" {
  return typeof data === "object" && data !== null && "language" in data && data.language === "en" ? "en" : "nl";
}

/** A translated <title> for a route's meta export. */
export function pageTitle(matches: ReadonlyArray<{ id: string; data: unknown }>, key: MessageKey, values?: Record<string, string>): MetaDescriptor[] {
  const language = languageOf(matches.find((match) => match.id === "root")?.data);
  return [{ title: `${lookupMessage(language, key, values)} — Weerbaar` }];
}
