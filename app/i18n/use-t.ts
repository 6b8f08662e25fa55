import { useRouteLoaderData } from "@remix-run/react";
import { hasMessage, lookupMessage } from "./registry";
import type { Language, MessageKey, Translate } from "./translate";

// Client-safe: the catalogues are not imported here (see registry.ts and docs/decisions/009).

export function useLanguage(): Language {
  const data = useRouteLoaderData<{ language?: unknown }>("root");
  return data?.language === "en" ? "en" : "nl";
}

export function useT(): Translate {
  const language = useLanguage();
  return (key: MessageKey, values?: Record<string, string | number>) => lookupMessage(language, key, values);
}

/** Whether a string (e.g. an error code from a schema or the server) is a message key of the catalogue. */
export function useIsMessageKey(): (value: string) => value is MessageKey {
  const language = useLanguage();
  return (value: string): value is MessageKey => hasMessage(language, value);
}
