import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "../components/link";
import { homePathFor } from "../auth/guards.server";
import { can, type MemberRole } from "../security/permissions";
import { requireUser } from "../auth/session.server";
import { useT } from "../i18n/use-t";
import type { MessageKey } from "../i18n/translate";
import { pageTitle } from "../utils/meta";
import { listAssessments } from "../models/assessments.server";
import { planSummaryFor } from "../models/plan.server";
import { PlanSummary } from "../components/plan-summary";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "home.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (user.platformRole) throw redirect(homePathFor(user));
  if (!user.current) return { name: user.name, current: user.current, mySectionCount: 0, latestSubmittedId: null, planSummary: null };
  // What this role can do next: her own sections for a contributor, the latest results and plan for the rest.
  const list = can(user.current.role, "assessment:read") ? listAssessments({ organisationId: user.current.organisationId }) : [];
  const userId = user.id;
  const mySectionCount = list
    .filter((a) => a.status === "draft")
    .reduce((sum, a) => sum + new Set(a.assignments.filter((x) => x.userId === userId).map((x) => x.domain)).size, 0);
  const latestSubmitted = [...list]
    .filter((a) => a.status === "submitted")
    .sort((a, b) => (b.submittedAt?.getTime() ?? 0) - (a.submittedAt?.getTime() ?? 0))[0];
  // "Due this week" and "late" for the roles that keep the plan (null for the others).
  const planSummary = planSummaryFor({ organisationId: user.current.organisationId, role: user.current.role });
  return { name: user.name, current: user.current, mySectionCount, latestSubmittedId: latestSubmitted?.id ?? null, planSummary };
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
  const { name, current, mySectionCount, latestSubmittedId, planSummary } = useLoaderData<typeof loader>();
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
      <PlanSummary summary={planSummary} />
      <h2>{t("home.nextSteps")}</h2>
      <ul className="card-list">
        {can(current.role, "assessment:start") ? (
          <li className="card">
            <h3>
              <Link to="/assessments/new">{t("home.card.start.title")}</Link>
            </h3>
            <p>{t("home.card.start.body")}</p>
          </li>
        ) : null}
        {can(current.role, "assessment:assign-sections") ? (
          <li className="card">
            <h3>
              <Link to="/assessments">{t("home.card.assessments.title")}</Link>
            </h3>
            <p>{t("home.card.assessments.bodyLead")}</p>
          </li>
        ) : can(current.role, "assessment:edit-assigned-section") ? (
          <li className="card">
            <h3>
              <Link to="/assessments#my-sections">{t("home.card.mySections.title")}</Link>
            </h3>
            <p>{mySectionCount > 0 ? t("home.card.mySections.body") : t("home.card.mySections.none")}</p>
          </li>
        ) : null}
        {can(current.role, "plan:manage-actions") ? (
          <li className="card">
            <h3>
              <Link to={latestSubmittedId ? `/assessments/${latestSubmittedId}/results` : "/assessments"}>{t("home.card.results.title")}</Link>
            </h3>
            <p>{latestSubmittedId ? t("home.card.results.body") : t("home.card.results.none")}</p>
          </li>
        ) : null}
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
