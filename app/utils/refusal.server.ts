// The answer server.js gives itself, before Remix sees the request (a body or address too large, a
// request from another site): still a page in the user's language that says what is wrong, or JSON for
// clients that asked for it. Plain HTML without scripts or styles, so it needs no nonce.
import { getLanguage } from "../i18n/language.server";
import { translate, type MessageKey } from "../i18n/translate";

export type RefusalReason = "tooLarge" | "crossSite" | "uriTooLong" | "headersTooLarge" | "badRequest";

const statusOf: Record<RefusalReason, number> = { tooLarge: 413, crossSite: 403, uriTooLong: 414, headersTooLarge: 431, badRequest: 400 };

function keysOf(reason: RefusalReason): { title: MessageKey; body: MessageKey } {
  switch (reason) {
    case "tooLarge":
      return { title: "error.tooLarge.title", body: "error.tooLarge.body" };
    case "crossSite":
      return { title: "error.crossSite.title", body: "error.crossSite.body" };
    case "uriTooLong":
      return { title: "error.uriTooLong.title", body: "error.uriTooLong.body" };
    case "headersTooLarge":
      return { title: "error.headersTooLarge.title", body: "error.headersTooLarge.body" };
    case "badRequest":
      return { title: "error.badRequest.title", body: "error.badRequest.body" };
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Status, content type and body of a refusal, in the language of the request's cookie (Dutch otherwise). */
export async function refusalPage({ reason, cookieHeader, accept }: { reason: RefusalReason; cookieHeader?: string | null; accept?: string | null }) {
  const language = await getLanguage(new Request("http://local/", { headers: cookieHeader ? { Cookie: cookieHeader } : {} })).catch(() => "nl" as const);
  const { title, body } = keysOf(reason);
  const status = statusOf[reason];
  if (accept && /application\/json/.test(accept) && !/text\/html/.test(accept)) {
    return { status, contentType: "application/json; charset=utf-8", body: JSON.stringify({ error: reason, message: translate(language, body) }) };
  }
  const html = `<!DOCTYPE html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(translate(language, title))} — Weerbaar</title></head>
<body>
<main>
<h1>${escapeHtml(translate(language, title))}</h1>
<p>${escapeHtml(translate(language, body))}</p>
<p><a href="/">${escapeHtml(translate(language, "error.backHome"))}</a></p>
</main>
</body>
</html>
`;
  return { status, contentType: "text/html; charset=utf-8", body: html };
}
