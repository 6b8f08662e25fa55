import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { homePathFor } from "../auth/guards.server";
import { can, type MemberRole } from "../auth/permissions";
import { requireUser } from "../auth/session.server";
import { useT } from "../i18n/use-t";
import type { MessageKey } from "../i18n/translate";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "home.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (user.platformRole) throw redirect(homePathFor(user));
  return { name: user.name, current: user.current };
}

const roleIntro: Record<MemberRole, MessageKey> = {
  it_lead: "home.intro.it_lead",
  contributor: "home.intro.contributor",
  campaign_manager: "home.intro.campaign_manager",
};

const kindKey: Record<string, MessageKey> = {
  national_party: "organisation.kind.national_party",
  local_branch: "organisation.kind.local_branch",
  local_party: "organisation.kind.local_party",
};

export default function Home() {
  const t = useT();
  const { name, current } = useLoaderData<typeof loader>();
  if (!current) {
    return (
      <div className="page narrow">
        <h1>{t("home.noOrganisation.title")}</h1>
        <p>{t("home.noOrganisation.body")}</p>
      </div>
    );
  }
  const kind = kindKey[current.organisationKind];
  return (
    <div className="page">
      <h1>{t("home.greeting", { name })}</h1>
      <p className="lead">
        {t("home.youAre", { role: t(`role.${current.role}`), organisation: current.organisationName })}
        {kind ? ` (${t(kind)})` : null}
      </p>
      <p>{t(roleIntro[current.role])}</p>
      <h2>{t("home.nextSteps")}</h2>
      <ul className="card-list">
        <li className="card">
          <h3>
            <Link to="/assessments">{t("home.card.assessments.title")}</Link>
          </h3>
          <p>{t("home.card.assessments.body")}</p>
        </li>
        <li className="card">
          <h3>
            <Link to="/questionnaire">{t("home.card.questionnaire.title")}</Link>
          </h3>
          <p>{t("home.card.questionnaire.body")}</p>
        </li>
        {can(current.role, "members:read") ? (
          <li className="card">
            <h3>
              <Link to="/members">{can(current.role, "members:invite") ? t("home.card.members.titleManage") : t("home.card.members.title")}</Link>
            </h3>
            <p>{can(current.role, "members:invite") ? t("home.card.members.bodyManage") : t("home.card.members.body")}</p>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
