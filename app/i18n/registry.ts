import { formatMessage } from "./format";
import type { Language, MessageKey, Messages } from "./translate";

// Client-safe. The server registers both catalogues at start (entry.server.tsx); the browser registers
// only the areas of the page's language that its modules import, each before that module runs
// (load-area.ts, docs/decisions/009).
const registry: Partial<Record<Language, Partial<Messages>>> = {};

export function registerCatalogue(language: Language, messages: Messages): void {
  registry[language] = messages;
}

/** Adds one area's messages to the language's registered messages. */
export function registerMessages(language: Language, messages: Partial<Messages>): void {
  registry[language] = { ...registry[language], ...messages };
}

/** A message in a registered catalogue, with placeholders filled; the key itself if it is missing. */
export function lookupMessage(language: Language, key: MessageKey, values?: Record<string, string | number>): string {
  return formatMessage(registry[language]?.[key] ?? key, values);
}

export function hasMessage(language: Language, key: string): key is MessageKey {
  const messages = registry[language];
  return messages !== undefined && Object.hasOwn(messages, key);
}
