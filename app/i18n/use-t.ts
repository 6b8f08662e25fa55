import { useRouteLoaderData } from "@remix-run/react";
import { formatMessage } from "./format";
import type { Language, MessageKey, Translate } from "./translate";

// Client-safe: no catalogue is imported here. The root loader sends the page language's catalogue once
// (root's shouldRevalidate keeps it from being sent again on every navigation).

type RootI18n = { language?: unknown; messages?: unknown };

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null;
}

export function useLanguage(): Language {
  const data = useRouteLoaderData<RootI18n>("root");
  return data?.language === "en" ? "en" : "nl";
}

function useMessages(): Record<string, string> {
  const data = useRouteLoaderData<RootI18n>("root");
  return isStringRecord(data?.messages) ? data.messages : {};
}

export function useT(): Translate {
  const messages = useMessages();
  return (key: MessageKey, values?: Record<string, string | number>) => formatMessage(messages[key] ?? key, values);
}

/** Whether a string (e.g. an error code from a schema or the server) is a message key of the catalogue. */
export function useIsMessageKey(): (value: string) => value is MessageKey {
  const messages = useMessages();
  return (value: string): value is MessageKey => Object.hasOwn(messages, value);
}
