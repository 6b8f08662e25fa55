import type { ActionFunctionArgs } from "@remix-run/node";
import { requireAssessment } from "../auth/guards.server";
import { can } from "../security/permissions";
import { getLanguage } from "../i18n/language.server";
import { translate } from "../i18n/translate";
import { normaliseWithdrawalCode } from "../insights/withdrawal-code";
import { forbidden, readForm } from "../utils/http.server";

/**
 * The party's own copy of its withdrawal code, as a file. The code comes from the page that showed it once
 * (it is stored nowhere, so this route can only hand back what the browser sends).
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor } = await requireAssessment(request, params, context);
  if (!can(actor.role, "assessment:share-anonymised")) throw forbidden();
  const language = await getLanguage(request);
  const form = await readForm(request, 1024);
  const raw = form?.get("code");
  const code = typeof raw === "string" ? normaliseWithdrawalCode(raw) : null;
  if (!code) return new Response(translate(language, "share.error.wrong_code"), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const grouped = code.match(/.{5}/g)?.join("-") ?? code;
  return new Response(translate(language, "share.code.file", { code: grouped }), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": 'attachment; filename="weerbaar-intrekcode.txt"',
      "Cache-Control": "private, no-store",
    },
  });
}
