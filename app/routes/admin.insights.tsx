import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requirePlatformRole } from "../auth/guards.server";
import { formatDateTime } from "../i18n/translate";
import { useLanguage, useT } from "../i18n/use-t";
import { getReleaseStatus, publishRelease } from "../models/insights.server";
import { getConfig } from "../utils/config.server";
import { getClientAddress } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "adminInsights.title");

// The platform admin runs the service, so they trigger releases; they never see a figure of one (only its
// number, date and size), and the rule "at least K new contributions" holds for them as for anyone.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformRole(request, "insights:release");
  const status = getReleaseStatus();
  return {
    minGroup: getConfig().insightsMinGroup,
    newContributions: status.newContributions,
    latest: status.latest ? { id: status.latest.id, publishedAt: status.latest.publishedAt.toISOString(), contributionCount: status.latest.contributionCount } : null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requirePlatformRole(request, "insights:release");
  const result = publishRelease({ minGroup: getConfig().insightsMinGroup, actor: { userId: admin.id, ipAddress: getClientAddress(context) } });
  if (!result.ok) return data({ published: null, tooFew: { n: result.newContributions, k: result.minGroup } }, { status: 409 });
  return { published: { id: result.releaseId, n: result.contributionCount }, tooFew: null };
}

export default function AdminInsights() {
  const t = useT();
  const language = useLanguage();
  const navigation = useNavigation();
  const { minGroup, newContributions, latest } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="page">
      <h1>{t("adminInsights.title")}</h1>
      <p className="lead">{t("adminInsights.lead")}</p>
      <p>{t("adminInsights.rule", { k: minGroup })}</p>
      <div role="status" aria-live="polite">
        {actionData?.published ? <p className="notice">{t("adminInsights.published", { id: actionData.published.id, n: actionData.published.n })}</p> : null}
      </div>
      {actionData?.tooFew ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <p>{t("adminInsights.tooFew", { n: actionData.tooFew.n, k: actionData.tooFew.k })}</p>
        </div>
      ) : null}
      <ul className="summary-list">
        <li>{latest ? t("adminInsights.latest", { id: latest.id, date: formatDateTime(language, latest.publishedAt), n: latest.contributionCount }) : t("adminInsights.none")}</li>
        <li>{t("adminInsights.waiting", { n: newContributions, k: minGroup })}</li>
      </ul>
      <Form method="post">
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("adminInsights.publish")}
        </button>
      </Form>
    </div>
  );
}
