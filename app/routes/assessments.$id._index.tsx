import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Link } from "../components/link";
import { z } from "zod";
import { requireAssessment } from "../auth/guards.server";
import { can } from "../security/permissions";
import { useElectionLabel, useStartedLabel } from "../components/election";
import { ProgressBar } from "../components/progress";
import { Field, useCheckedSubmit, useErrorText } from "../components/field";
import { useCheckedForm } from "../components/checked-form";
import { formatDate, formatDateTime } from "../i18n/translate";
import { getLanguage } from "../i18n/language.server";
import { useLanguage, useT } from "../i18n/use-t";
import {
  assignDomain,
  deleteDraftAssessment,
  getCreatorName,
  listAnswers,
  listAssignments,
  setAssessmentArchived,
  setNominationDate,
} from "../models/assessments.server";
import { answerMapOf, progressOf } from "../questionnaire/answers";
import { findQuestion, questionNumbers } from "../questionnaire/numbers";
import { nominationDayFor } from "../plan/timeline";
import { nominationDaySchemaFor } from "../utils/assessment-forms";
import { formatDateField, isSensibleDate } from "../utils/dates";
import { listMembers } from "../models/memberships.server";
import { listNeedsAnswer } from "../models/questionnaire-move.server";
import { currentQuestionnaire, questionnaireFor } from "../questionnaire/current";
import { domainIdSchema } from "../questionnaire/schema";
import { forbidden, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { ScrollTable } from "../components/scroll-table";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "assessment.overviewTitle");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, assessment } = await requireAssessment(request, params, context);
  const language = await getLanguage(request);
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const progress = progressOf({ questionnaire, answerMap: answerMapOf(listAnswers({ assessment })) });
  const numbers = questionNumbers({ questionnaire });
  const needsAnswer = listNeedsAnswer({ assessment }).map(({ questionId, domain }) => {
    return { questionId, domain, number: numbers.get(questionId) ?? "", text: findQuestion({ questionnaire, questionId })?.text[language] ?? questionId };
  });
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
      createdAt: assessment.createdAt.toISOString(),
      createdByName: getCreatorName({ assessment }),
      nominationDate: assessment.nominationDate,
      // A stored election date that is no real date (an old import) has no nomination day to compute.
      computedNominationDate: isSensibleDate(assessment.electionDate) ? nominationDayFor({ electionDate: assessment.electionDate }) : null,
      status: assessment.status,
      submittedAt: assessment.submittedAt?.toISOString() ?? null,
      overallScore: assessment.overallScore,
      carried: assessment.carriedFromAssessmentId !== null,
      version: assessment.questionnaireVersion,
    },
    // A draft on an earlier version: its IT lead chooses to continue on it or to move it to the current one.
    newerVersion:
      assessment.status === "draft" && assessment.questionnaireVersion < currentQuestionnaire.version && can(role, "assessment:change-version")
        ? currentQuestionnaire.version
        : null,
    needsAnswer,
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
    maySetNominationDay: can(role, "assessment:set-nomination-day"),
    // A contributor who has answered everything assigned to her is told so after saving.
    mineDone:
      !can(role, "assessment:edit-any-section") &&
      assigned.some((a) => a.userId === member.id) &&
      assigned
        .filter((a) => a.userId === member.id)
        .every((a) => {
          const p = progress.domains.find((d) => d.domain === a.domain);
          return p !== undefined && p.answered === p.total;
        }),
    mayDelete: can(role, "assessment:delete-draft") && assessment.status === "draft",
    mayArchive: can(role, "assessment:archive") && assessment.status === "submitted",
    archived: assessment.archivedAt !== null,
    candidates,
  };
}

const assignSchema = z.object({ domain: domainIdSchema, userIds: z.array(z.string().min(1).max(64)).max(200) });

type OverviewActionData = { error: string | null; saved: string | null; nominationError: string | null; nominationValue: string | null };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor, assessment } = await requireAssessment(request, params, context);
  const form = await readForm(request);
  if (!form) return data<OverviewActionData>({ error: "errors.tooLarge", saved: null, nominationError: null, nominationValue: null }, { status: 413 });
  const intent = form.get("intent");
  if (intent === "delete") {
    // Deleting cannot be undone: the box must be ticked (a confirmation that works without JavaScript).
    if (form.get("confirm") !== "yes")
      return data<OverviewActionData>(
        { error: "assessment.delete.confirmMissing", saved: null, nominationError: null, nominationValue: null },
        { status: 400 },
      );
    const result = deleteDraftAssessment({ actor, assessmentId: assessment.id });
    if (!result.ok)
      return data<OverviewActionData>(
        { error: `assessment.remove.${result.error}`, saved: null, nominationError: null, nominationValue: null },
        { status: result.error === "forbidden" ? 403 : 409 },
      );
    return redirect("/assessments?deleted=1");
  }
  if (intent === "archive" || intent === "unarchive") {
    const result = setAssessmentArchived({ actor, assessmentId: assessment.id, archived: intent === "archive" });
    if (!result.ok)
      return data<OverviewActionData>(
        { error: `assessment.remove.${result.error}`, saved: null, nominationError: null, nominationValue: null },
        { status: result.error === "forbidden" ? 403 : 409 },
      );
    return redirect(intent === "archive" ? "/assessments?archivedOne=1" : `/assessments/${assessment.id}`);
  }
  if (intent === "nomination") {
    if (!can(actor.role, "assessment:set-nomination-day")) throw forbidden();
    const raw = form.get("nominationDate");
    const value = typeof raw === "string" ? raw : "";
    const parsed = nominationDaySchemaFor({ electionDate: assessment.electionDate }).safeParse({ nominationDate: value });
    if (!parsed.success)
      return data<OverviewActionData>(
        { error: null, saved: null, nominationError: parsed.error.issues[0]?.message ?? "errors.nominationDate.date", nominationValue: value.slice(0, 40) },
        { status: 400 },
      );
    const result = setNominationDate({ actor, assessment, nominationDate: parsed.data.nominationDate || null });
    if (!result.ok)
      return data<OverviewActionData>(
        {
          error: null,
          saved: null,
          nominationError: result.error === "out_of_range" ? "errors.nominationDate.range" : "errors.nominationDate.beforeElection",
          nominationValue: value,
        },
        { status: result.error === "forbidden" ? 403 : 400 },
      );
    return data<OverviewActionData>({ error: null, saved: "nomination", nominationError: null, nominationValue: null });
  }
  if (!can(actor.role, "assessment:assign-sections")) throw forbidden();
  const parsed = assignSchema.safeParse({ domain: form.get("domain"), userIds: form.getAll("userId") });
  if (!parsed.success) return data<OverviewActionData>({ error: "errors.badForm", saved: null, nominationError: null, nominationValue: null }, { status: 400 });
  const result = assignDomain({ actor, assessment, domain: parsed.data.domain, userIds: parsed.data.userIds });
  if (!result.ok)
    return data<OverviewActionData>(
      { error: `assessment.error.${result.error}`, saved: null, nominationError: null, nominationValue: null },
      { status: result.error === "frozen" ? 409 : 400 },
    );
  return data<OverviewActionData>({ error: null, saved: parsed.data.domain, nominationError: null, nominationValue: null });
}

export default function AssessmentOverview() {
  const t = useT();
  const language = useLanguage();
  const errorText = useErrorText();
  const electionLabel = useElectionLabel();
  const [searchParams] = useSearchParams();
  const startedLabel = useStartedLabel();
  const {
    assessment,
    progress,
    domains,
    mayAssign,
    maySubmit,
    mayShare,
    maySetNominationDay,
    mineDone,
    candidates,
    newerVersion,
    needsAnswer,
    mayDelete,
    mayArchive,
    archived,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const imported = searchParams.get("imported");
  const moved = searchParams.get("moved");
  return (
    <div className="page">
      <p>
        <Link to="/assessments">{t("assessment.backToList")}</Link>
      </p>
      <h1>{t("assessment.heading", { election: electionLabel(assessment.electionType, assessment.electionDate) })}</h1>
      <p className="lead">
        {t(`assessment.status.${assessment.status}`)}
        {` — ${startedLabel(assessment)}`}
        {assessment.submittedAt ? ` — ${t("assessment.submittedOn", { date: formatDateTime(language, assessment.submittedAt) })}` : null}
        {assessment.status === "submitted" && assessment.overallScore !== null
          ? ` — ${t("assessment.overallScore", { score: assessment.overallScore })}`
          : null}
        {` — ${t("assessment.version", { version: assessment.version })}`}
      </p>
      <div role="status" aria-live="polite">
        {imported ? <p className="notice">{t("import.done", { count: imported })}</p> : null}
        {actionData?.saved && actionData.saved !== "nomination" ? <p className="notice">{t("assessment.assignSaved")}</p> : null}
        {searchParams.get("saved") ? <p className="notice">{t("domain.savedNotice")}</p> : null}
        {searchParams.get("saved") && mineDone ? <p className="notice">{t("domain.allMineDone")}</p> : null}
        {moved ? <p className="notice">{t("assessment.move.done", { to: assessment.version })}</p> : null}
      </div>
      {actionData?.error ? (
        <div className="error-summary" role="alert">
          <p>{errorText(actionData.error)}</p>
        </div>
      ) : null}
      {assessment.status === "submitted" ? <p className="notice">{t("assessment.frozen")}</p> : null}
      {archived ? <p className="notice">{t("assessment.archived")}</p> : null}
      {assessment.carried && assessment.status === "draft" ? <p>{t("assessment.carriedHint")}</p> : null}
      {newerVersion ? (
        <section aria-labelledby="move-heading" className="notice">
          <h2 id="move-heading">{t("assessment.move.title")}</h2>
          <p>{t("assessment.move.lead", { from: assessment.version, to: newerVersion })}</p>
          <ul>
            <li>{t("assessment.move.continue", { from: assessment.version })}</li>
            <li>
              <Link to={`/assessments/${assessment.id}/version`}>{t("assessment.move.review", { to: newerVersion })}</Link>
            </li>
          </ul>
        </section>
      ) : null}
      {needsAnswer.length && assessment.status === "draft" ? (
        <section aria-labelledby="needs-answer-heading">
          <h2 id="needs-answer-heading">{t("assessment.needsAnswer.title")}</h2>
          <p>{t("assessment.needsAnswer.lead", { version: assessment.version })}</p>
          <ul className="needs-answer-list">
            {needsAnswer.map((item) => (
              <li key={item.questionId}>
                <Link to={`/assessments/${assessment.id}/domains/${item.domain}#q-${item.questionId}`}>{`${item.number} ${item.text}`}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ProgressBar answered={progress.answered} total={progress.total} />
      <h2>{t("assessment.domains")}</h2>
      <ScrollTable caption={t("assessment.domains")} captionId="domains-caption" hideCaption>
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
      </ScrollTable>

      {assessment.computedNominationDate ? (
        <NominationDay
          assessment={{ ...assessment, computedNominationDate: assessment.computedNominationDate }}
          mayChange={maySetNominationDay}
          error={actionData?.nominationError ?? null}
          value={actionData?.nominationValue ?? null}
          saved={actionData?.saved === "nomination"}
        />
      ) : null}

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

      {mayDelete ? (
        <section aria-labelledby="delete-heading">
          <h2 id="delete-heading">{t("assessment.delete.title")}</h2>
          <p>{t("assessment.delete.lead")}</p>
          <Form method="post" className="stacked-form">
            <input type="hidden" name="intent" value="delete" />
            <label className="choice">
              <input type="checkbox" name="confirm" value="yes" required />
              {t("assessment.delete.confirm")}
            </label>
            <button type="submit" className="button-danger">
              {t("assessment.delete.button")}
            </button>
          </Form>
        </section>
      ) : null}
      {mayArchive ? (
        <section aria-labelledby="archive-heading">
          <h2 id="archive-heading">{t(archived ? "assessment.unarchive.title" : "assessment.archive.title")}</h2>
          <p>{t(archived ? "assessment.unarchive.lead" : "assessment.archive.lead")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value={archived ? "unarchive" : "archive"} />
            <button type="submit" className="button-secondary">
              {t(archived ? "assessment.unarchive.button" : "assessment.archive.button")}
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}

type OverviewAssessment = { id: string; electionDate: string; nominationDate: string | null; computedNominationDate: string };

/** Nomination day as the plan uses it: computed from election day, or as the IT lead corrected it. */
function NominationDay({
  assessment,
  mayChange,
  error,
  value,
  saved,
}: {
  assessment: OverviewAssessment;
  mayChange: boolean;
  error: string | null;
  value: string | null;
  saved: boolean;
}) {
  const t = useT();
  const language = useLanguage();
  const form = useCheckedForm({
    schema: () => import("../utils/assessment-forms").then((forms) => forms.nominationDaySchemaFor({ electionDate: assessment.electionDate })),
  });
  const checkedSubmit = useCheckedSubmit(form);
  const day = (date: string) => formatDate(language, `${date}T12:00:00Z`);
  const shownError = form.formState.errors.nominationDate?.message ?? error ?? undefined;
  return (
    <section aria-labelledby="nomination-heading" id="nomination-day">
      <h2 id="nomination-heading">{t("nomination.title")}</h2>
      <p>
        {assessment.nominationDate
          ? t("nomination.corrected", { date: day(assessment.nominationDate), computed: day(assessment.computedNominationDate) })
          : t("nomination.computed", { date: day(assessment.computedNominationDate) })}
      </p>
      <div role="status" aria-live="polite">
        {saved ? <p className="notice">{t("nomination.saved")}</p> : null}
      </div>
      {mayChange ? (
        <Form method="post" onSubmit={checkedSubmit.onSubmit} noValidate className="stacked-form">
          <input type="hidden" name="intent" value="nomination" />
          <Field
            label={t("nomination.field")}
            type="text"
            autoComplete="off"
            maxLength={40}
            error={shownError}
            hint={t("nomination.hint")}
            defaultValue={value ?? formatDateField(assessment.nominationDate ?? "")}
            {...form.register("nominationDate")}
          />
          <button type="submit" className="button-secondary">
            {t("nomination.save")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
