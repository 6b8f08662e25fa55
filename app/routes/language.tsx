import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { languageCookie } from "../i18n/language.server";
import { isLanguage } from "../i18n/translate";
import { formToObject, readForm } from "../utils/http.server";
import { safeRedirectTarget } from "../utils/redirect";

export function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request, 4096);
  const fields = form ? formToObject(form) : {};
  const language = isLanguage(fields.language) ? fields.language : "nl";
  return redirect(safeRedirectTarget({ target: fields.redirectTo, fallback: "/" }), { headers: { "Set-Cookie": await languageCookie.serialize(language) } });
}
