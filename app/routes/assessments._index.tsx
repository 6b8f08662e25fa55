import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
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
  // Archived assessments stay readable but are out of the way unless asked for.
  const showArchived = new URL(request.url).searchParams.get("archived") === "1";
  const all = listAssessments({ organisationId });
  const list = all.filter((a) => (a.archivedAt !== null) === showArchived);
  const archivedCount = all.filter((a) => a.archivedAt !== null).length;
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
    assessments: list.map(({ assignments: _assignments, archivedAt: _archivedAt, ...a }) => ({ ...a, createdAt: a.createdAt.toISOString(), submittedAt: a.submittedAt?.toISOString() ?? null })),
    mySections,
    showArchived,
    archivedCount,
  };
}

export default function Assessments() {
  const t = useT();
  const electionLabel = useElectionLabel();
  const { organisationName, mayStart, assessments, mySections, showArchived, archivedCount } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  return (
    <div className="page">
      <h1>{showArchived ? t("assessments.archivedTitle") : t("assessments.title")}</h1>
      <p className="lead">{t("assessments.lead", { organisation: organisationName })}</p>
      <div role="status" aria-live="polite">
        {searchParams.get("deleted") === "1" ? <p className="notice">{t("assessments.deleted")}</p> : null}
        {searchParams.get("archivedOne") === "1" ? <p className="notice">{t("assessments.archivedOne")}</p> : null}
      </div>
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
        <table className="table">
          <caption className="visually-hidden">{t("assessments.title")}</caption>
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
      )}
      {showArchived ? (
        <p>
          <Link to="/assessments">{t("assessments.showCurrent")}</Link>
        </p>
      ) : archivedCount > 0 ? (
        <p>
          <Link to="/assessments?archived=1">{t("assessments.showArchived", { count: archivedCount })}</Link>
        </p>
      ) : null}
    </div>
  );
}
