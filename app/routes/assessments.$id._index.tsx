import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireAssessment } from "../auth/guards.server";
import { can } from "../auth/permissions";
import { useElectionLabel } from "../components/election";
import { ProgressBar } from "../components/progress";
import { useErrorText } from "../components/field";
import { formatDateTime } from "../i18n/translate";
import { getLanguage } from "../i18n/language.server";
import { useLanguage, useT } from "../i18n/use-t";
import { answerMapOf, assignDomain, listAnswers, listAssignments, progressOf, questionnaireFor } from "../models/assessments.server";
import { listMembers } from "../models/memberships.server";
import { domainIdSchema } from "../questionnaire/schema";
import { forbidden, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "assessment.overviewTitle");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, assessment } = await requireAssessment(request, params, context);
  const language = await getLanguage(request);
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const progress = progressOf({ questionnaire, answerMap: answerMapOf(listAnswers({ assessment })) });
  const assigned = listAssignments({ assessment });
  const role = member.current.role;
  const mayAssign = can(role, "assessment:assign-sections") && assessment.status === "draft";
  const candidates = mayAssign
    ? listMembers({ organisationId: member.current.organisationId })
        .filter((m) => can(m.role, "assessment:edit-assigned-section") && !m.disabledAt)
        .map((m) => ({ userId: m.userId, name: m.name }))
    : [];
  return {
    assessment: {
      id: assessment.id,
      electionType: assessment.electionType,
      electionDate: assessment.electionDate,
      status: assessment.status,
      submittedAt: assessment.submittedAt?.toISOString() ?? null,
      overallScore: assessment.overallScore,
      carried: assessment.carriedFromAssessmentId !== null,
    },
    progress,
    domains: questionnaire.domains.map((domain) => ({
      id: domain.id,
      title: domain.title[language],
      people: assigned.filter((a) => a.domain === domain.id),
      mine: can(role, "assessment:edit-any-section") || assigned.some((a) => a.domain === domain.id && a.userId === member.id),
    })),
    mayAssign,
    maySubmit: can(role, "assessment:submit") && assessment.status === "draft",
    mayShare: can(role, "assessment:share-anonymised") && assessment.status === "submitted",
    candidates,
  };
}

const assignSchema = z.object({ domain: domainIdSchema, userIds: z.array(z.string().min(1).max(64)).max(200) });

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor, assessment } = await requireAssessment(request, params, context);
  if (!can(actor.role, "assessment:assign-sections")) throw forbidden();
  const form = await readForm(request);
  const parsed = assignSchema.safeParse({ domain: form?.get("domain"), userIds: form?.getAll("userId") ?? [] });
  if (!parsed.success) return data({ error: "errors.badForm", saved: null }, { status: 400 });
  const result = assignDomain({ actor, assessment, domain: parsed.data.domain, userIds: parsed.data.userIds });
  if (!result.ok) return data({ error: `assessment.error.${result.error}`, saved: null }, { status: result.error === "frozen" ? 409 : 400 });
  return { error: null, saved: parsed.data.domain };
}

export default function AssessmentOverview() {
  const t = useT();
  const language = useLanguage();
  const errorText = useErrorText();
  const electionLabel = useElectionLabel();
  const [searchParams] = useSearchParams();
  const { assessment, progress, domains, mayAssign, maySubmit, mayShare, candidates } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const imported = searchParams.get("imported");
  return (
    <div className="page">
      <p>
        <Link to="/assessments">{t("assessment.backToList")}</Link>
      </p>
      <h1>{t("assessment.heading", { election: electionLabel(assessment.electionType, assessment.electionDate) })}</h1>
      <p className="lead">
        {t(`assessment.status.${assessment.status}`)}
        {assessment.submittedAt ? ` — ${t("assessment.submittedOn", { date: formatDateTime(language, assessment.submittedAt) })}` : null}
        {assessment.status === "submitted" && assessment.overallScore !== null ? ` — ${t("assessment.overallScore", { score: assessment.overallScore })}` : null}
      </p>
      <div role="status" aria-live="polite">
        {imported ? <p className="notice">{t("import.done", { count: imported })}</p> : null}
        {actionData?.saved ? <p className="notice">{t("assessment.assignSaved")}</p> : null}
      </div>
      {actionData?.error ? (
        <div className="error-summary" role="alert">
          <p>{errorText(actionData.error)}</p>
        </div>
      ) : null}
      {assessment.status === "submitted" ? <p className="notice">{t("assessment.frozen")}</p> : null}
      {assessment.carried && assessment.status === "draft" ? <p>{t("assessment.carriedHint")}</p> : null}
      <ProgressBar answered={progress.answered} total={progress.total} />
      <h2>{t("assessment.domains")}</h2>
      <div className="table-scroll" role="region" aria-labelledby="domains-caption" tabIndex={0}>
        <table className="table">
          <caption id="domains-caption" className="visually-hidden">{t("assessment.domains")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("assessment.domain")}</th>
              <th scope="col">{t("assessments.progressColumn")}</th>
              <th scope="col">{t("assessment.assignedTo")}</th>
            </tr>
          </thead>
          <tbody>
            {domains.map((domain) => {
              const p = progress.domains.find((d) => d.domain === domain.id);
              return (
                <tr key={domain.id}>
                  <td>
                    <Link to={`/assessments/${assessment.id}/domains/${domain.id}`}>{domain.title}</Link>
                    {domain.mine && assessment.status === "draft" ? <span className="muted"> {t("assessment.youCanEdit")}</span> : null}
                  </td>
                  <td>{t("assessments.answeredOf", { answered: p?.answered ?? 0, total: p?.total ?? 0 })}</td>
                  <td>{domain.people.length ? domain.people.map((p) => p.name).join(", ") : "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <p className="actions">
        <Link to={`/assessments/${assessment.id}/results`}>{t("assessment.toResults")}</Link>
        <Link to={`/assessments/${assessment.id}/plan`}>{t("assessment.toPlan")}</Link>
        {maySubmit ? (
          <Link to={`/assessments/${assessment.id}/submit`} className="button">
            {t("assessment.toSubmit")}
          </Link>
        ) : null}
        <a href={`/assessments/${assessment.id}/export.json`} download>
          {t("assessment.export")}
        </a>
        {mayShare ? <Link to={`/assessments/${assessment.id}/share`}>{t("share.link")}</Link> : null}
      </p>

      {mayAssign ? (
        <section aria-labelledby="assign-heading">
          <h2 id="assign-heading">{t("assessment.assignTitle")}</h2>
          <p>{t("assessment.assignLead")}</p>
          {candidates.length === 0 ? (
            <p>{t("assessment.noCandidates")}</p>
          ) : (
            domains.map((domain) => (
              <Form method="post" key={domain.id} className="assign-form">
                <fieldset>
                  <legend>{domain.title}</legend>
                  <input type="hidden" name="domain" value={domain.id} />
                  {candidates.map((candidate) => (
                    <label key={candidate.userId} className="choice">
                      <input type="checkbox" name="userId" value={candidate.userId} defaultChecked={domain.people.some((p) => p.userId === candidate.userId)} />
                      {candidate.name}
                    </label>
                  ))}
                  <button type="submit" className="button-secondary">
                    {t("assessment.assignSave")}
                    <span className="visually-hidden"> {domain.title}</span>
                  </button>
                </fieldset>
              </Form>
            ))
          )}
        </section>
      ) : null}
    </div>
  );
}
