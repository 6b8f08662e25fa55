import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { Link } from "../components/link";
import { z } from "zod";
import { requireAssessment } from "../auth/guards.server";
import { can } from "../security/permissions";
import { useElectionLabel } from "../components/election";
import { formatDate, formattersOf } from "../i18n/translate";
import { getLanguage } from "../i18n/language.server";
import { useLanguage, useT } from "../i18n/use-t";
import { questionnaireFor } from "../questionnaire/current";
import { questionNumbers } from "../questionnaire/numbers";
import { getShareState, organisationEligibility, previewContribution, shareAssessment, withdrawShare } from "../models/insights.server";
import { normaliseWithdrawalCode } from "../insights/withdrawal-code";
import { getConfig } from "../utils/config.server";
import { forbidden, formToObject, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";
import { ScrollTable } from "../components/scroll-table";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "share.title");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { assessment, actor } = await requireAssessment(request, params, context);
  if (!can(actor.role, "assessment:share-anonymised")) throw forbidden();
  const language = await getLanguage(request);
  const base = {
    assessment: { id: assessment.id, electionType: assessment.electionType, electionDate: assessment.electionDate },
    minGroup: getConfig().insightsMinGroup,
  };
  const preview = previewContribution({ actor, assessment });
  if (!preview.ok) return { ...base, preview: null, shared: false, other: null, eligibility: null };
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const numbers = questionNumbers({ questionnaire });
  const { payload } = preview;
  const state = getShareState({ assessment });
  const eligibility = organisationEligibility({ organisationId: assessment.organisationId });
  return {
    ...base,
    shared: state.shared,
    other: state.other ? { electionType: state.other.electionType, electionDate: state.other.electionDate } : null,
    eligibility: { independent: eligibility.independent, eligibleFrom: eligibility.eligibleFrom?.toISOString() ?? null },
    preview: {
      organisationKind: payload.organisationKind,
      electionType: payload.electionType,
      questionnaireVersion: payload.questionnaireVersion,
      month: payload.month,
      domains: questionnaire.domains.map((domain) => ({
        id: domain.id,
        title: domain.title[language],
        score: payload.domainScores[domain.id] ?? null,
        questions: questionnaire.questions
          .filter((q) => q.domain === domain.id)
          .flatMap((q) => {
            const maturity = payload.maturities[q.id];
            return maturity === undefined ? [] : [{ id: q.id, number: numbers.get(q.id) ?? "", text: q.text[language], maturity }];
          }),
      })),
    },
  };
}

// A code field may be left empty (lost code, or shared before codes existed); anything typed must be a code.
const codeField = z
  .string()
  .max(64)
  .optional()
  .transform((value, context) => {
    if (!value || value.trim() === "") return null;
    const code = normaliseWithdrawalCode(value);
    if (!code) context.addIssue({ code: "custom", message: "share.error.wrong_code" });
    return code;
  });

const shareFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("share"), confirm: z.literal("yes", { message: "share.error.confirm" }), previousCode: codeField }),
  z.object({ intent: z.literal("withdraw"), code: codeField }),
]);

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { assessment, actor } = await requireAssessment(request, params, context);
  if (!can(actor.role, "assessment:share-anonymised")) throw forbidden();
  const form = await readForm(request, 4096);
  const parsed = shareFormSchema.safeParse(form ? formToObject(form) : {});
  if (!parsed.success) {
    const confirmMissing = parsed.error.issues.some((issue) => issue.path[0] === "confirm");
    const badCode = parsed.error.issues.some((issue) => issue.message === "share.error.wrong_code");
    return data(
      { error: confirmMissing ? "share.error.confirm" : badCode ? "share.error.wrong_code" : "errors.badForm", code: null, eligibleFrom: null },
      { status: 400 },
    );
  }
  if (parsed.data.intent === "withdraw") {
    const result = withdrawShare({ actor, assessment, code: parsed.data.code });
    if (!result.ok) return data({ error: `share.error.${result.error}`, code: null, eligibleFrom: null }, { status: refusalStatus(result.error) });
    return redirect(`/assessments/${assessment.id}/share?done=withdrawn`);
  }
  const result = shareAssessment({ actor, assessment, previousCode: parsed.data.previousCode });
  if (!result.ok) {
    return data(
      { error: `share.error.${result.error}`, code: null, eligibleFrom: result.eligibleFrom?.toISOString() ?? null },
      { status: refusalStatus(result.error) },
    );
  }
  // The code is in this one answer and nowhere else: no redirect, so it is never in a URL, a log or the database.
  return { error: null, code: result.code, eligibleFrom: null };
}

/** 503 when the server cannot open the stored contributions (its key is wrong): nothing changed, try later. */
function refusalStatus(error: string): number {
  return error === "forbidden" ? 403 : error === "unavailable" ? 503 : 409;
}

const monthFormats = formattersOf({ month: "long", year: "numeric", timeZone: "UTC" });

export default function ShareAssessment() {
  const t = useT();
  const language = useLanguage();
  const electionLabel = useElectionLabel();
  const navigation = useNavigation();
  const [searchParams] = useSearchParams();
  const { assessment, preview, shared, other, minGroup, eligibility } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const done = searchParams.get("done");
  const errorKey = actionData?.error;
  const error = errorKey === undefined || errorKey === null ? null : isShareError(errorKey) ? errorKey : "errors.badForm";
  const newCode = actionData?.code ?? null;
  const eligibleFrom = actionData?.eligibleFrom ?? eligibility?.eligibleFrom ?? null;
  const eligibilityText = eligibleFrom ? t("share.error.not_independent.from", { date: formatDate(language, eligibleFrom) }) : t("share.error.not_independent");
  const monthLabel = (month: string) => monthFormats[language].format(new Date(`${month}-15T12:00:00Z`));
  const level = (maturity: number | string) => (maturity === "na" ? t("share.maturity.na") : maturity === "dk" ? t("share.maturity.dk") : String(maturity));
  const confirmInvalid = error === "share.error.confirm";
  return (
    <div className="page">
      <p>
        <Link to={`/assessments/${assessment.id}`}>{t("domain.backToOverview")}</Link>
      </p>
      <h1>{t("share.title")}</h1>
      <p className="lead">{electionLabel(assessment.electionType, assessment.electionDate)}</p>
      <p>{t("share.lead", { k: minGroup })}</p>
      <div role="status" aria-live="polite">
        {newCode && shared ? <p className="notice">{t("share.done")}</p> : null}
        {done === "withdrawn" && !shared ? <p className="notice">{t("share.withdrawn")}</p> : null}
      </div>
      {error ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <p>{confirmInvalid ? <a href="#share-confirm">{t(error)}</a> : error === "share.error.not_independent" ? eligibilityText : t(error)}</p>
        </div>
      ) : null}
      {newCode ? (
        <section aria-labelledby="code-heading" className="card">
          <h2 id="code-heading">{t("share.code.title")}</h2>
          <p>{t("share.code.lead")}</p>
          <p className="withdrawal-code">
            <code>{newCode}</code>
          </p>
          <Form method="post" action={`/assessments/${assessment.id}/withdrawal-code.txt`} reloadDocument>
            <input type="hidden" name="code" value={newCode} />
            <button type="submit" className="button-secondary">
              {t("share.code.download")}
            </button>
          </Form>
        </section>
      ) : null}
      {!preview ? (
        <p className="notice">{t("share.notSubmitted")}</p>
      ) : (
        <>
          {shared ? <p className="notice">{t("share.sharedNow")}</p> : null}

          <section aria-labelledby="preview-heading" className="card">
            <h2 id="preview-heading">{t("share.preview.title")}</h2>
            <p>{t("share.preview.lead")}</p>
            <dl className="action-meta">
              <dt>{t("share.field.organisationKind")}</dt>
              <dd>{t(`organisation.kind.${preview.organisationKind}`)}</dd>
              <dt>{t("share.field.electionType")}</dt>
              <dd>{t(`election.type.${preview.electionType}`)}</dd>
              <dt>{t("share.field.questionnaireVersion")}</dt>
              <dd>{preview.questionnaireVersion}</dd>
              <dt>{t("share.field.month")}</dt>
              <dd>{monthLabel(preview.month)}</dd>
            </dl>
            <h3>{t("share.domainScores")}</h3>
            <ScrollTable caption={t("share.domainScores")} captionId="share-scores-caption" hideCaption>
              <thead>
                <tr>
                  <th scope="col">{t("assessment.domain")}</th>
                  <th scope="col">{t("results.score")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.domains.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{d.title}</th>
                    <td>{d.score === null ? t("results.none") : d.score}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
            <h3>{t("share.maturities")}</h3>
            <p>{t("share.maturities.lead")}</p>
            {preview.domains.map((d) => (
              <ScrollTable key={d.id} caption={d.title} captionId={`maturities-${d.id}`}>
                <thead>
                  <tr>
                    <th scope="col">{t("insights.col.question")}</th>
                    <th scope="col">{t("share.col.level")}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.questions.map((q) => (
                    <tr key={q.id}>
                      <th scope="row">{`${q.number} ${q.text}`}</th>
                      <td>{level(q.maturity)}</td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
            ))}
          </section>

          <section aria-labelledby="not-shared-heading">
            <h2 id="not-shared-heading">{t("share.notShared.title")}</h2>
            <ul>
              <li>{t("share.notShared.name")}</li>
              <li>{t("share.notShared.notes")}</li>
              <li>{t("share.notShared.people")}</li>
              <li>{t("share.notShared.dates")}</li>
              <li>{t("share.notShared.plan")}</li>
            </ul>
          </section>

          <section aria-labelledby="how-heading">
            <h2 id="how-heading">{t("share.how.title")}</h2>
            <ul>
              <li>{t("share.how.batch", { k: minGroup })}</li>
              <li>{t("share.how.withdraw")}</li>
              <li>{t("share.how.one")}</li>
            </ul>
          </section>

          {shared ? (
            <section aria-labelledby="withdraw-heading">
              <h2 id="withdraw-heading">{t("share.withdraw.title")}</h2>
              <p>{t("share.withdraw.lead")}</p>
              <Form method="post" className="stacked-form">
                <input type="hidden" name="intent" value="withdraw" />
                <CodeField
                  id="withdraw-code"
                  name="code"
                  label={t("share.withdraw.codeLabel")}
                  hint={t("share.withdraw.codeHint")}
                  invalid={error === "share.error.wrong_code"}
                  error={t("share.error.wrong_code")}
                />
                <button type="submit" className="button-danger" disabled={navigation.state === "submitting"}>
                  {t("share.withdraw.submit")}
                </button>
              </Form>
            </section>
          ) : (
            <Form method="post" className="stacked-form">
              <input type="hidden" name="intent" value="share" />
              {eligibility && !eligibility.independent ? <p className="warning">{eligibilityText}</p> : null}
              {other ? <p className="warning">{t("share.replaces", { election: electionLabel(other.electionType, other.electionDate) })}</p> : null}
              {other ? (
                <CodeField
                  id="previous-code"
                  name="previousCode"
                  label={t("share.previousCode.label")}
                  hint={t("share.previousCode.hint")}
                  invalid={error === "share.error.wrong_code"}
                  error={t("share.error.wrong_code")}
                />
              ) : null}
              <div className={confirmInvalid ? "field field-invalid" : "field"}>
                {confirmInvalid ? (
                  <p className="field-error" id="share-confirm-error">
                    {t("share.error.confirm")}
                  </p>
                ) : null}
                <label className="choice" htmlFor="share-confirm">
                  <input
                    type="checkbox"
                    id="share-confirm"
                    name="confirm"
                    value="yes"
                    required
                    aria-invalid={confirmInvalid ? true : undefined}
                    aria-describedby={confirmInvalid ? "share-confirm-error" : undefined}
                  />
                  {t("share.confirm")}
                </label>
              </div>
              <button type="submit" disabled={navigation.state === "submitting"}>
                {t("share.submit")}
              </button>
            </Form>
          )}
        </>
      )}
    </div>
  );
}

function CodeField({ id, name, label, hint, invalid, error }: { id: string; name: string; label: string; hint: string; invalid: boolean; error: string }) {
  return (
    <div className={invalid ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {invalid ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <input
        type="text"
        id={id}
        name={name}
        autoComplete="off"
        spellCheck={false}
        maxLength={64}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
      />
    </div>
  );
}

const shareErrors = [
  "share.error.confirm",
  "share.error.forbidden",
  "share.error.not_submitted",
  "share.error.already_shared",
  "share.error.not_shared",
  "share.error.wrong_code",
  "share.error.not_independent",
  "share.error.unavailable",
  "errors.badForm",
] as const;

function isShareError(value: string): value is (typeof shareErrors)[number] {
  return shareErrors.some((key) => key === value);
}
