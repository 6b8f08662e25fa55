import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { fieldErrors } from "../auth/forms";
import { requireAssessment } from "../auth/guards.server";
import { can } from "../auth/permissions";
import { useElectionLabel } from "../components/election";
import { useErrorText } from "../components/field";
import { formatDate } from "../i18n/translate";
import { getLanguage } from "../i18n/language.server";
import { useLanguage, useT } from "../i18n/use-t";
import { questionnaireFor } from "../models/assessments.server";
import { listMembers } from "../models/memberships.server";
import { getPlan, updatePlanAction } from "../models/plan.server";
import { milestoneDates } from "../plan";
import { dutchToday } from "../plan/elections";
import { milestones } from "../questionnaire/schema";
import { formatDateField } from "../utils/dates";
import { updateActionSchema } from "../utils/plan-forms";
import { forbidden, formToObject, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { SourceList } from "../components/source-list";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "plan.title");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { assessment, actor } = await requireAssessment(request, params, context);
  const language = await getLanguage(request);
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const today = dutchToday();
  const plan = getPlan({ assessment, today });
  const mayManage = can(actor.role, "plan:manage-actions");
  const dates = milestoneDates({ electionDate: assessment.electionDate, today });
  return {
    assessment: { id: assessment.id, status: assessment.status, electionType: assessment.electionType, electionDate: assessment.electionDate },
    mayManage,
    mayDownload: can(actor.role, "plan:download"),
    members: mayManage ? listMembers({ organisationId: actor.organisationId }).map((m) => ({ userId: m.userId, name: m.name })) : [],
    milestones: milestones.map((id) => ({ id, date: dates[id] })),
    done: plan.filter((a) => a.status === "done").length,
    actions: plan.map((action) => {
      const question = questionnaire.questions.find((q) => q.id === action.questionId);
      return {
        key: action.key,
        kind: action.kind,
        title: action.title[language],
        detail: action.detail[language],
        question: question?.text[language] ?? "",
        why: question?.help.why[language] ?? "",
        sources: question?.sources ?? [],
        owner: action.owner,
        ownerUserId: action.ownerUserId,
        ownerName: action.ownerName,
        effort: action.effort,
        timeframe: action.timeframe,
        dueDate: action.dueDate,
        dueDateSet: action.dueDateSet,
        late: action.late,
        critical: action.critical,
        quickWin: action.quickWin,
        status: action.status,
      };
    }),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { assessment, actor } = await requireAssessment(request, params, context);
  if (!can(actor.role, "plan:manage-actions")) throw forbidden();
  const form = await readForm(request, 8192);
  const fields = form ? formToObject(form) : {};
  const parsed = updateActionSchema.safeParse(fields);
  const actionKey = (fields.actionKey ?? "").slice(0, 200);
  if (!parsed.success) return data({ actionKey, errors: fieldErrors(parsed.error), saved: false }, { status: 400 });
  const input = parsed.data;
  const ownerUserId = input.owner.startsWith("user:") ? input.owner.slice(5) : null;
  const result = updatePlanAction({
    actor,
    assessment,
    actionKey: input.actionKey,
    ownerUserId,
    ownerName: input.owner === "other" ? input.ownerName.trim() : null,
    dueDate: input.dueDate || null,
    status: input.status,
  });
  if (!result.ok) {
    const status = result.error === "forbidden" ? 403 : result.error === "unknown_action" ? 404 : 400;
    return data({ actionKey, errors: { form: `plan.error.${result.error}` }, saved: false }, { status });
  }
  return { actionKey, errors: {}, saved: true };
}

function ActionForm({ action, members, errors }: { action: ReturnType<typeof useLoaderData<typeof loader>>["actions"][number]; members: Array<{ userId: string; name: string }>; errors: Partial<Record<string, string>> }) {
  const t = useT();
  const errorText = useErrorText();
  const navigation = useNavigation();
  const id = action.key.replace(/[^a-z0-9-]/g, "-");
  const ownerValue = action.ownerUserId ? `user:${action.ownerUserId}` : action.ownerName ? "other" : "";
  return (
    <Form method="post" className="action-form" preventScrollReset>
      <input type="hidden" name="actionKey" value={action.key} />
      {errors.form ? <p className="field-error" role="alert">{errorText(errors.form)}</p> : null}
      <div className="action-fields">
        <div className="field">
          <label htmlFor={`owner-${id}`}>{t("plan.owner")}</label>
          <select id={`owner-${id}`} name="owner" defaultValue={ownerValue}>
            <option value="">{t(`owner.${action.owner}`)}</option>
            {members.map((m) => (
              <option key={m.userId} value={`user:${m.userId}`}>
                {m.name}
              </option>
            ))}
            <option value="other">{t("plan.ownerOther")}</option>
          </select>
        </div>
        <div className={errors.ownerName ? "field field-invalid" : "field"}>
          <label htmlFor={`ownerName-${id}`}>{t("plan.ownerName")}</label>
          {errors.ownerName ? <p className="field-error" id={`ownerName-${id}-error`}>{errorText(errors.ownerName)}</p> : null}
          <input id={`ownerName-${id}`} name="ownerName" maxLength={120} defaultValue={action.ownerUserId ? "" : (action.ownerName ?? "")} aria-invalid={errors.ownerName ? true : undefined} aria-describedby={errors.ownerName ? `ownerName-${id}-error` : undefined} />
        </div>
        <div className={errors.dueDate ? "field field-invalid" : "field"}>
          <label htmlFor={`due-${id}`}>{t("plan.dueDate")}</label>
          <p className="hint" id={`due-${id}-hint`}>{t("plan.dueDateHint")}</p>
          {errors.dueDate ? <p className="field-error" id={`due-${id}-error`}>{errorText(errors.dueDate)}</p> : null}
          <input id={`due-${id}`} name="dueDate" type="text" autoComplete="off" maxLength={40} defaultValue={formatDateField(action.dueDate)} aria-invalid={errors.dueDate ? true : undefined} aria-describedby={errors.dueDate ? `due-${id}-hint due-${id}-error` : `due-${id}-hint`} />
        </div>
        <div className="field">
          <label htmlFor={`status-${id}`}>{t("plan.status")}</label>
          <select id={`status-${id}`} name="status" defaultValue={action.status}>
            {(["todo", "in_progress", "done"] as const).map((status) => (
              <option key={status} value={status}>
                {t(`plan.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="button-secondary" disabled={navigation.state === "submitting"}>
        {t("plan.save")}
        <span className="visually-hidden"> {action.title}</span>
      </button>
    </Form>
  );
}

export default function PlanPage() {
  const t = useT();
  const language = useLanguage();
  const electionLabel = useElectionLabel();
  const { assessment, actions, milestones: dates, done, mayManage, mayDownload, members } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="page plan-page">
      <p>
        <Link to={`/assessments/${assessment.id}`}>{t("domain.backToOverview")}</Link> · <Link to={`/assessments/${assessment.id}/results`}>{t("results.title")}</Link>
      </p>
      <h1>{t("plan.title")}</h1>
      <p className="lead">{electionLabel(assessment.electionType, assessment.electionDate)}</p>
      {assessment.status === "draft" ? <p className="notice">{t("plan.draft")}</p> : null}
      <div className="progress">
        <label htmlFor="plan-progress">{t("plan.progress", { done, total: actions.length })}</label>
        <progress id="plan-progress" max={actions.length || 1} value={done} />
      </div>
      <p className="actions">
        {mayDownload ? <a href={`/assessments/${assessment.id}/plan.pdf`}>{t("plan.downloadPdf")}</a> : null}
        <a href={`/assessments/${assessment.id}/plan.ics`}>{t("plan.downloadIcs")}</a>
      </p>
      <div role="status" aria-live="polite">
        {result?.saved ? <p className="notice">{t("plan.saved")}</p> : null}
      </div>
      {actions.length === 0 ? <p>{t("plan.empty")}</p> : null}
      {dates.map((milestone) => {
        const inMilestone = actions.filter((a) => a.timeframe === milestone.id);
        if (inMilestone.length === 0) return null;
        return (
          <section key={milestone.id} aria-labelledby={`m-${milestone.id}`}>
            <h2 id={`m-${milestone.id}`}>
              {t(`milestone.${milestone.id}`)} <span className="muted">({formatDate(language, `${milestone.date}T12:00:00Z`)})</span>
            </h2>
            <ol className="action-list">
              {inMilestone.map((action) => (
                <li key={action.key} className={`action-card status-${action.status}`} id={`action-${action.key.replace(/[^a-z0-9-]/g, "-")}`}>
                  <h3>
                    {action.title}
                    {action.critical ? <span className="badge badge-critical">{t("results.criticalBadge")}</span> : null}
                    {action.quickWin ? <span className="badge badge-quick">{t("plan.quickWin")}</span> : null}
                  </h3>
                  <p>{action.detail}</p>
                  <dl className="action-meta">
                    <div>
                      <dt>{t("plan.owner")}</dt>
                      <dd>{action.ownerName ?? t(`owner.${action.owner}`)}</dd>
                    </div>
                    <div>
                      <dt>{t("plan.dueDate")}</dt>
                      <dd>
                        {formatDate(language, `${action.dueDate}T12:00:00Z`)}
                        {action.late ? <strong className="late"> {t("plan.late")}</strong> : null}
                      </dd>
                    </div>
                    <div>
                      <dt>{t("plan.effort")}</dt>
                      <dd>{t(`effort.${action.effort}`)}</dd>
                    </div>
                    <div>
                      <dt>{t("plan.status")}</dt>
                      <dd>{t(`plan.status.${action.status}`)}</dd>
                    </div>
                  </dl>
                  <details className="help">
                    <summary>{t("plan.why")}</summary>
                    <p>
                      <strong>{t("plan.question")}:</strong> {action.question}
                    </p>
                    <p>{action.why}</p>
                    <SourceList sources={action.sources} />
                  </details>
                  {mayManage ? <ActionForm action={action} members={members} errors={result && result.actionKey === action.key ? result.errors : {}} /> : null}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
