import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requirePlatformRole } from "../auth/guards.server";
import { formatDate, formatDateTime } from "../i18n/translate";
import { useLanguage, useT } from "../i18n/use-t";
import { releaseBudget } from "../insights";
import { getReleaseStatus } from "../models/insights.server";
import { getConfig } from "../utils/config.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "adminInsights.title");

// The platform admin sees when releases come, never a figure. Releases follow the calendar (one decision
// per quarter, ADR 018): there is no button and a POST is refused, so nobody can release at will or draw fresh noise. There is
// no count of waiting contributions either: watching it would tell the admin when someone shared.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformRole(request, "insights:release");
  const status = getReleaseStatus();
  return {
    minGroup: getConfig().insightsMinGroup,
    epsilon: releaseBudget.epsilon,
    nextReleaseDay: status.nextReleaseDay,
    // No size either: the exact number of contributions is a figure the analyst sees only with noise.
    latest: status.latest ? { id: status.latest.id, publishedAt: status.latest.publishedAt.toISOString() } : null,
  };
}

// A POST (an old form, a script) makes no release: it is refused with a page that says why.
export async function action({ request }: ActionFunctionArgs) {
  await requirePlatformRole(request, "insights:release");
  return data({ refused: true }, { status: 405, headers: { Allow: "GET" } });
}

export default function AdminInsights() {
  const t = useT();
  const language = useLanguage();
  const { minGroup, epsilon, nextReleaseDay, latest } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>()?.refused === true;
  return (
    <div className="page">
      <h1>{t("adminInsights.title")}</h1>
      <p className="lead">{t("adminInsights.lead")}</p>
      {refused ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <p>{t("adminInsights.byCalendar")}</p>
        </div>
      ) : null}
      <p>{t("adminInsights.calendar", { k: minGroup })}</p>
      <p>{t("adminInsights.noise", { epsilon })}</p>
      <ul className="summary-list">
        <li>{latest ? t("adminInsights.latestRelease", { id: latest.id, date: formatDateTime(language, latest.publishedAt) }) : t("adminInsights.none")}</li>
        <li>{t("adminInsights.next", { date: formatDate(language, `${nextReleaseDay}T12:00:00Z`) })}</li>
      </ul>
    </div>
  );
}
