import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAssessment } from "../auth/guards.server";
import { can } from "../security/permissions";
import { getLanguage } from "../i18n/language.server";
import { isLanguage, translate } from "../i18n/translate";
import { getPlan, planCalendarStamp, planDateOf } from "../models/plan.server";
import { milestoneDates } from "../plan";
import { dutchToday } from "../plan/elections";
import { buildCalendar, type CalendarEvent } from "../plan/ics";
import { milestones } from "../questionnaire/schema";
import { forbidden } from "../utils/http.server";

// The plan's calendar: the same permission as the PDF (contributors get 403, another organisation 404).
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { assessment, actor } = await requireAssessment(request, params, context, { needsElectionDate: true });
  if (!can(actor.role, "plan:download")) throw forbidden();
  const requested = new URL(request.url).searchParams.get("lang");
  const language = isLanguage(requested) ? requested : await getLanguage(request);
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(language, key, values);
  const today = dutchToday();
  const open = getPlan({ assessment, today }).filter((action) => action.status !== "done");
  const dates = milestoneDates({ electionDate: assessment.electionDate, today: planDateOf({ assessment, today }), nominationDate: assessment.nominationDate });
  const actionEvents: CalendarEvent[] = open.map((action) => ({
    uid: `${assessment.id}-${action.key}@weerbaar`,
    date: action.dueDate,
    summary: `${action.critical ? "[!] " : ""}${action.title[language]}`,
    description: [
      action.detail[language],
      `${t("plan.owner")}: ${action.ownerName ?? t(`owner.${action.owner}`)}`,
      `${t("plan.start")}: ${action.startDate}`,
      `${t("plan.milestone")}: ${t(`milestone.${action.timeframe}`)}`,
    ].join("\n"),
  }));
  // "now" is the day the plan was made, not a moment in the election; every other milestone gets one event.
  const milestoneEvents: CalendarEvent[] = milestones
    .filter((milestone) => milestone !== "now")
    .map((milestone) => ({
      uid: `${assessment.id}-milestone-${milestone}@weerbaar`,
      date: dates[milestone],
      summary: t("plan.calendarMilestone", { milestone: t(`milestone.${milestone}`) }),
      description: t("plan.calendarMilestoneDetail", { count: open.filter((action) => action.timeframe === milestone).length }),
    }));
  const calendar = buildCalendar({
    name: t("plan.calendarName"),
    stamp: planCalendarStamp({ assessment }).toISOString(),
    events: [...milestoneEvents, ...actionEvents],
  });
  const name = language === "nl" ? "actieplan" : "action-plan";
  return new Response(calendar, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="weerbaar-${name}-${assessment.electionDate}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
