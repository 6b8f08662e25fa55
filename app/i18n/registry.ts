import { formatMessage } from "./format";
import type { Language, MessageKey, Messages } from "./translate";

// Client-safe. The server registers both catalogues at start (entry.server.tsx); the browser registers
// only the page's language, loaded as its own cacheable chunk before hydration (entry.client.tsx).
const registry: Partial<Record<Language, Messages>> = {};

export function registerCatalogue(language: Language, messages: Messages): void {
  registry[language] = messages;
}

/** A message in a registered catalogue, with placeholders filled; the key itself if it is missing. */
export function lookupMessage(language: Language, key: MessageKey, values?: Record<string, string | number>): string {
  return formatMessage(registry[language]?.[key] ?? key, values);
}

export function hasMessage(language: Language, key: string): key is MessageKey {
  const messages = registry[language];
  return messages !== undefined && Object.hasOwn(messages, key);
}
