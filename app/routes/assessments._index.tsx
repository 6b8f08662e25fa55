import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireMember } from "../auth/guards.server";
import { can } from "../auth/permissions";
import { useElectionLabel } from "../components/election";
import { useT } from "../i18n/use-t";
import { listAssessments } from "../models/assessments.server";
import { currentQuestionnaire } from "../questionnaire/current";
import { getLanguage } from "../i18n/language.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "assessments.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request, "assessment:read");
  const language = await getLanguage(request);
  const organisationId = member.current.organisationId;
  const list = listAssessments({ organisationId });
  const titles = new Map<string, string>(currentQuestionnaire.domains.map((d) => [d.id, d.title[language]]));
  // A contributor's own sections, across the drafts, so "my sections" is one click away.
  const mySections = list
    .filter((a) => a.status === "draft")
    .flatMap((a) =>
      a.assignments
        .filter((assignment) => assignment.userId === member.id)
        .map(({ domain }) => ({ assessmentId: a.id, electionType: a.electionType, electionDate: a.electionDate, domain, title: titles.get(domain) ?? domain })),
    );
  return {
    organisationName: member.current.organisationName,
    mayStart: can(member.current.role, "assessment:start"),
    assessments: list.map(({ assignments: _assignments, ...a }) => ({ ...a, createdAt: a.createdAt.toISOString(), submittedAt: a.submittedAt?.toISOString() ?? null })),
    mySections,
  };
}

export default function Assessments() {
  const t = useT();
  const electionLabel = useElectionLabel();
  const { organisationName, mayStart, assessments, mySections } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t("assessments.title")}</h1>
      <p className="lead">{t("assessments.lead", { organisation: organisationName })}</p>
      {mayStart ? (
        <p className="actions">
          <Link to="/assessments/new" className="button">
            {t("assessments.start")}
          </Link>
          <Link to="/assessments/import">{t("assessments.import")}</Link>
        </p>
      ) : null}
      {mySections.length > 0 ? (
        <section aria-labelledby="my-sections">
          <h2 id="my-sections">{t("assessments.mySections")}</h2>
          <ul className="plain-list">
            {mySections.map((s) => (
              <li key={`${s.assessmentId}-${s.domain}`}>
                <Link to={`/assessments/${s.assessmentId}/domains/${s.domain}`}>{s.title}</Link> — {electionLabel(s.electionType, s.electionDate)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {assessments.length === 0 ? (
        <p>{mayStart ? t("assessments.emptyLead") : t("assessments.empty")}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="assessments-caption" tabIndex={0}>
          <table className="table">
            <caption id="assessments-caption" className="visually-hidden">{t("assessments.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("assessments.election")}</th>
                <th scope="col">{t("assessments.status")}</th>
                <th scope="col">{t("assessments.progressColumn")}</th>
                <th scope="col">{t("assessments.people")}</th>
                <th scope="col">{t("assessments.score")}</th>
              </tr>
            </thead>
            <tbody>
              {assessments.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/assessments/${a.id}`}>{electionLabel(a.electionType, a.electionDate)}</Link>
                  </td>
                  <td>{t(`assessment.status.${a.status}`)}</td>
                  <td>{t("assessments.answeredOf", { answered: a.answered, total: a.total })}</td>
                  <td>{a.people.length ? a.people.join(", ") : "—"}</td>
                  <td>{a.status === "submitted" && a.overallScore !== null ? `${a.overallScore} / 100` : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
