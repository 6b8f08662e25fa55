import type { LoaderFunctionArgs } from "@remix-run/node";
import { getLanguage } from "../i18n/language.server";
import { translate } from "../i18n/translate";
import { findQuestionnaireVersion, questionnaireVersions } from "../questionnaire/current";

// The current version exactly as the app uses it (both languages, all ids), for anyone to read or reuse;
// `?version=1` gives an earlier one. An unknown version is a 404 with a message, never a 500.
export async function loader({ request }: LoaderFunctionArgs) {
  const asked = new URL(request.url).searchParams.get("version");
  const questionnaire = findQuestionnaireVersion({ version: asked });
  if (!questionnaire) {
    const language = await getLanguage(request);
    const versions = [...questionnaireVersions.keys()].sort((a, b) => a - b).join(", ");
    return new Response(JSON.stringify({ error: translate(language, "questionnaire.unknownVersion", { version: asked ?? "", versions }) }), {
      status: 404,
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Language": language },
    });
  }
  return new Response(JSON.stringify(questionnaire, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
