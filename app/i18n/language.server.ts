import { createCookie } from "@remix-run/node";
import { defaultLanguage, isLanguage, type Language } from "./translate";

// Not HttpOnly-sensitive: it only holds "nl" or "en". A year, so the choice is remembered.
export const languageCookie = createCookie("weerbaar-lang", { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });

/** The language for this request: the remembered choice, else Dutch. */
export async function getLanguage(request: Request): Promise<Language> {
  const value: unknown = await languageCookie.parse(request.headers.get("Cookie"));
  return isLanguage(value) ? value : defaultLanguage;
}
