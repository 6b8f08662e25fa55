import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requirePlatformRole } from "../auth/guards.server";
import { InsightsView } from "../components/insights-view";
import { getLanguage } from "../i18n/language.server";
import { useLanguage, useT } from "../i18n/use-t";
import { insightsPage, parseInsightsQuery } from "../insights";
import { firstNoisyReleaseId, getPublishedRelease, listReleases } from "../models/insights.server";
import { getConfig } from "../utils/config.server";
import { notFound } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "insights.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformRole(request, "insights:read");
  // Only ?breakdown= and ?release= exist; anything else is refused, never ignored.
  const query = parseInsightsQuery(new URL(request.url).searchParams);
  if (!query) throw new Response("Bad request", { status: 400 });
  const release = getPublishedRelease({ id: query.release });
  if (!release) {
    if (query.release !== undefined) throw notFound();
    return { page: null, minGroup: getConfig().insightsMinGroup };
  }
  const language = await getLanguage(request);
  return {
    page: insightsPage({ release, releases: listReleases(), breakdown: query.breakdown ?? "all", language, noisySince: firstNoisyReleaseId() }),
    minGroup: release.minGroup,
  };
}

export default function Insights() {
  const t = useT();
  const language = useLanguage();
  const { page, minGroup } = useLoaderData<typeof loader>();
  if (!page) {
    return (
      <div className="page">
        <h1>{t("insights.title")}</h1>
        <p className="lead">{t("insights.lead")}</p>
        <h2>{t("insights.noRelease.title")}</h2>
        <p>{t("insights.noRelease.body", { k: minGroup })}</p>
      </div>
    );
  }
  return <InsightsView page={page} t={t} language={language} />;
}
