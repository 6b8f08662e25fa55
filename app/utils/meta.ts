import type { MetaDescriptor } from "@remix-run/node";
import { formatMessage } from "../i18n/format";
import type { MessageKey } from "../i18n/translate";

function messagesOf(data: unknown): Record<string, string> {
  if (typeof data === "object" && data !== null && "messages" in data && typeof data.messages === "object" && data.messages !== null) {
    const messages: Record<string, string> = {};
    for (const [key, value] of Object.entries(data.messages)) if (typeof value === "string") messages[key] = value;
    return messages;
  }
  return {};
}

/** A translated <title> for a route's meta export, from the catalogue the root loader sent. */
export function pageTitle(matches: ReadonlyArray<{ id: string; data: unknown }>, key: MessageKey, values?: Record<string, string>): MetaDescriptor[] {
  const messages = messagesOf(matches.find((match) => match.id === "root")?.data);
  return [{ title: `${formatMessage(messages[key] ?? key, values)} — Weerbaar` }];
}
