import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { requirePlatformRole } from "../auth/guards.server";
import { useT } from "../i18n/use-t";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "insights.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformRole(request, "insights:read");
  return null;
}

// Releases of anonymised aggregates arrive with the insights issue; until the first release exists the
// analyst sees what will appear here and why nothing can be shown yet.
export default function Insights() {
  const t = useT();
  return (
    <div className="page">
      <h1>{t("insights.title")}</h1>
      <p className="lead">{t("insights.lead")}</p>
      <h2>{t("insights.noRelease.title")}</h2>
      <p>{t("insights.noRelease.body")}</p>
    </div>
  );
}
