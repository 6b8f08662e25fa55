import { registerMessages } from "./registry";
import type { Language, Messages } from "./translate";

type AreaLoader = () => Promise<{ default: Partial<Messages> }>;

/**
 * Loads one message area in the page's language into the browser's registry. Each `virtual:messages/<area>`
 * module awaits this at its top level, so a route module that imports an area only runs, and the page only
 * hydrates or navigates to it, once its messages are there (docs/decisions/009). A failed download rejects:
 * Remix then loads the address as a whole page, which the server renders with every message.
 */
export async function loadMessageArea(loaders: Record<Language, AreaLoader>): Promise<void> {
  const language: Language = document.documentElement.lang === "en" ? "en" : "nl";
  const messages = await loaders[language]();
  registerMessages(language, messages.default);
}
