import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAssessment } from "../auth/guards.server";
import { getLanguage } from "../i18n/language.server";
import { translate } from "../i18n/translate";
import { getPlan } from "../models/plan.server";
import { buildCalendar } from "../plan/ics";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { assessment } = await requireAssessment(request, params, context, { needsElectionDate: true });
  const language = await getLanguage(request);
  const plan = getPlan({ assessment }).filter((action) => action.status !== "done");
  const calendar = buildCalendar({
    name: translate(language, "plan.calendarName"),
    stamp: (assessment.submittedAt ?? assessment.createdAt).toISOString(),
    events: plan.map((action) => ({
      uid: `${assessment.id}-${action.key}@weerbaar`,
      date: action.dueDate,
      summary: `${action.critical ? "[!] " : ""}${action.title[language]}`,
      description: `${action.detail[language]}\n${translate(language, "plan.owner")}: ${action.ownerName ?? translate(language, `owner.${action.owner}`)}`,
    })),
  });
  return new Response(calendar, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="weerbaar-actieplan-${assessment.electionDate}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
