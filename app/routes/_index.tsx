import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "../components/link";
import { homePathFor } from "../auth/guards.server";
import { getSessionUser } from "../auth/session.server";
import { useT } from "../i18n/use-t";
import { getConfig } from "../utils/config.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "landing.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  if (user) throw redirect(homePathFor(user));
  return { minGroup: getConfig().insightsMinGroup };
}

export default function Landing() {
  const t = useT();
  const { minGroup } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t("landing.title")}</h1>
      <p className="lead">{t("landing.lead")}</p>
      <ul className="plain-list">
        <li>{t("landing.point1")}</li>
        <li>{t("landing.point2")}</li>
        <li>{t("landing.point3")}</li>
      </ul>
      <p className="actions">
        <Link to="/login" className="button">
          {t("header.signIn")}
        </Link>
        <Link to="/questionnaire">{t("landing.readQuestionnaire")}</Link>
      </p>
      <h2>{t("landing.trustTitle")}</h2>
      <p>{t("landing.trustBody", { k: minGroup })}</p>
    </div>
  );
}
