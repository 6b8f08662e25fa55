import type { LoaderFunctionArgs } from "@remix-run/node";
import { overviewCsv, parseOverviewQuery } from "../branches/overview";
import { getLanguage } from "../i18n/language.server";
import { translate } from "../i18n/translate";
import { loadPartyOverview } from "../models/branches.server";
import { currentQuestionnaire } from "../questionnaire/current";
import { describeLevel, scoreLevelIds } from "../scoring";
import { requirePartyActor } from "../utils/party.server";

/** The overview's rows exactly as the page shows them for the same query: same filters, same order, same gaps. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { actor } = await requirePartyActor(request, context, "party:read-branches");
  const language = await getLanguage(request);
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  const domains = currentQuestionnaire.domains;
  const page = loadPartyOverview({ actor, query: parseOverviewQuery({ params: new URL(request.url).searchParams }), domains: domains.map((d) => d.id) });
  if (!page) throw new Response("Not found", { status: 404 });
  const csv = overviewCsv({
    rows: page.rows,
    domains: domains.map((d) => d.id),
    labels: {
      header: [
        t("party.col.name"),
        t("party.col.sharing"),
        t("party.col.status"),
        t("party.col.answeredPercent"),
        t("party.col.submitted"),
        t("party.col.level"),
        t("party.col.score"),
        ...domains.map((d) => d.title[language]),
        t("party.col.done"),
        t("party.col.late"),
      ],
      sharing: {
        nothing: t("sharing.level.nothing"),
        progress: t("sharing.level.progress"),
        scores: t("sharing.level.scores"),
        everything: t("sharing.level.everything"),
      },
      status: { not_started: t("party.status.not_started"), draft: t("party.status.draft"), submitted: t("party.status.submitted") },
      notShared: t("party.notShared"),
      level: (level) => {
        const known = scoreLevelIds.find((id) => id === level);
        return known ? describeLevel({ level: known }).name[language] : level;
      },
    },
  });
  const election = page.election ? `-${page.election.type}-${page.election.date}` : "";
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="weerbaar-afdelingen${election}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
