import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "../components/link";
import { requireMember } from "../auth/guards.server";
import { can } from "../security/permissions";
import { useElectionLabel, useStartedLabel } from "../components/election";
import { useLanguage, useT } from "../i18n/use-t";
import { formatDate } from "../i18n/translate";
import { listAssessments } from "../models/assessments.server";
import { questionnaireFor } from "../questionnaire/current";
import { getLanguage } from "../i18n/language.server";
import { pageTitle } from "../utils/meta";
import { ScrollTable } from "../components/scroll-table";
import "virtual:messages/page";

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
  // A contributor's own sections, grouped per draft (each section once), so "my sections" is one click away.
  const mySections = list
    .filter((a) => a.status === "draft")
    .map((a) => {
      // Domain titles and order of the version this draft answers.
      const domains = questionnaireFor(a.questionnaireVersion).domains;
      const order: string[] = domains.map((d) => d.id);
      return {
        assessmentId: a.id,
        electionType: a.electionType,
        electionDate: a.electionDate,
        createdAt: a.createdAt.toISOString(),
        createdByName: a.createdByName,
        sections: [...new Set(a.assignments.filter((assignment) => assignment.userId === member.id).map(({ domain }) => domain))]
          .sort((x, y) => order.indexOf(x) - order.indexOf(y))
          .map((domain) => {
            const progress = a.domains.find((d) => d.domain === domain);
            return {
              domain,
              title: domains.find((d) => d.id === domain)?.title[language] ?? domain,
              done: progress !== undefined && progress.total > 0 && progress.answered === progress.total,
            };
          }),
      };
    })
    .filter((a) => a.sections.length > 0);
  return {
    organisationName: member.current.organisationName,
    mayStart: can(member.current.role, "assessment:start"),
    assessments: list.map(({ assignments: _assignments, domains: _domains, archivedAt: _archivedAt, ...a }) => ({
      ...a,
      createdAt: a.createdAt.toISOString(),
      submittedAt: a.submittedAt?.toISOString() ?? null,
    })),
    mySections,
    showArchived,
    archivedCount,
  };
}

export default function Assessments() {
  const t = useT();
  const electionLabel = useElectionLabel();
  const startedLabel = useStartedLabel();
  const language = useLanguage();
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
          {mySections.map((a) => (
            <div key={a.assessmentId} className="my-sections-group">
              <h3 id={`my-${a.assessmentId}`}>
                {electionLabel(a.electionType, a.electionDate)} <span className="muted">({startedLabel(a)})</span>
              </h3>
              <ul className="plain-list" aria-labelledby={`my-${a.assessmentId}`}>
                {a.sections.map((section) => (
                  <li key={section.domain}>
                    <Link to={`/assessments/${a.assessmentId}/domains/${section.domain}`}>{section.title}</Link>
                    {section.done ? <span className="muted"> ({t("assessments.sectionDone")})</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}
      {assessments.length === 0 ? (
        <p>{mayStart ? t("assessments.emptyLead") : t("assessments.empty")}</p>
      ) : (
        <ScrollTable caption={t("assessments.title")} captionId="assessments-caption" hideCaption>
          <thead>
            <tr>
              <th scope="col">{t("assessments.election")}</th>
              <th scope="col">{t("assessments.status")}</th>
              <th scope="col">{t("assessments.started")}</th>
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
                <td>
                  {a.createdByName
                    ? t("assessments.startedCell", { date: formatDate(language, a.createdAt), name: a.createdByName })
                    : formatDate(language, a.createdAt)}
                </td>
                <td>{t("assessments.answeredOf", { answered: a.answered, total: a.total })}</td>
                <td>{a.people.length ? a.people.join(", ") : "—"}</td>
                <td>{a.status === "submitted" && a.overallScore !== null ? `${a.overallScore} / 100` : "—"}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
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
