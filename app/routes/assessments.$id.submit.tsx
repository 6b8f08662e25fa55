import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "../components/link";
import { requireAssessment } from "../auth/guards.server";
import { can } from "../security/permissions";
import { useElectionLabel } from "../components/election";
import { useErrorText } from "../components/field";
import { getLanguage } from "../i18n/language.server";
import { useT } from "../i18n/use-t";
import type { Language } from "../i18n/translate";
import type { AssessmentRow } from "../models/assessments.server";
import { questionnaireFor } from "../questionnaire/current";
import { findQuestion, questionNumbers } from "../questionnaire/numbers";
import { submitAssessment, submitSummary } from "../models/answers.server";
import { getScores } from "../models/plan.server";
import { describeLevel } from "../scoring";
import { forbidden, formToObject, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "submit.title");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { assessment, actor } = await requireAssessment(request, params, context);
  if (!can(actor.role, "assessment:submit")) throw forbidden();
  const language = await getLanguage(request);
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const summary = submitSummary({ assessment });
  const numbers = questionNumbers({ questionnaire });
  const describe = (items: Array<{ questionId: string; domain: string }>) =>
    items.map((item) => {
      const question = findQuestion({ questionnaire, questionId: item.questionId });
      return {
        questionId: item.questionId,
        domain: item.domain,
        number: numbers.get(item.questionId) ?? "",
        text: question?.text[language] ?? item.questionId,
      };
    });
  // The confirmation is a second state of this page (a GET, so it works without JavaScript and needs no
  // window.confirm): "Dien de zelftest in" asks first, and only "Ja, definitief indienen" posts.
  const url = new URL(request.url);
  const confirmCarriedOver = url.searchParams.get("confirmCarriedOver") === "yes";
  const asked = url.searchParams.get("confirm") === "1" && assessment.status === "draft" && summary.unanswered.length === 0;
  const carriedUnconfirmed = asked && summary.carriedOver.length > 0 && !confirmCarriedOver;
  return {
    step: asked && !carriedUnconfirmed ? ("confirm" as const) : ("review" as const),
    carriedUnconfirmed,
    confirmCarriedOver,
    assessment: { id: assessment.id, electionType: assessment.electionType, electionDate: assessment.electionDate, status: assessment.status },
    total: summary.total,
    unanswered: describe(summary.unanswered),
    dontKnow: describe(summary.dontKnow),
    carriedOver: describe(summary.carriedOver),
    outcome: outcomeOf({ assessment, language }),
  };
}

/** What the result will show once submitted: level and score, or "not enough answers" with what is missing. */
function outcomeOf({ assessment, language }: { assessment: AssessmentRow; language: Language }) {
  const scores = getScores({ assessment });
  // A submitted assessment made under rules version 1 keeps its stored result; there is nothing to preview.
  if (scores.rulesVersion !== 2) return null;
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const { overall } = scores;
  return {
    status: overall.status,
    score: overall.rounded,
    level: overall.level ? describeLevel({ level: overall.level }).name[language] : null,
    cappedBy: overall.cappedBy,
    coverage: overall.coverage,
    domainsNotEnough: scores.domains
      .filter((domain) => domain.status === "not_enough_answers")
      .map((domain) => ({
        id: domain.domain,
        title: questionnaire.domains.find((d) => d.id === domain.domain)?.title[language] ?? domain.domain,
        coverage: domain.coverage,
      })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { assessment, actor } = await requireAssessment(request, params, context);
  if (!can(actor.role, "assessment:submit")) throw forbidden();
  const form = await readForm(request, 4096);
  const fields = form ? formToObject(form) : {};
  // Only the confirmation step posts this: a submission cannot be undone, so it is never a single click.
  if (fields.confirmed !== "yes") return data({ error: "submit.error.unconfirmed" }, { status: 400 });
  const result = submitAssessment({ actor, assessment, confirmCarriedOver: fields.confirmCarriedOver === "yes" });
  if (!result.ok) {
    const status = result.error === "forbidden" ? 403 : result.error === "frozen" ? 409 : 400;
    return data({ error: `submit.error.${result.error}` }, { status });
  }
  // The results are what a submission is for; the block there says what to do next.
  return redirect(`/assessments/${assessment.id}/results?submitted=1`);
}

function QuestionList({ items, assessmentId }: { items: Array<{ questionId: string; domain: string; number: string; text: string }>; assessmentId: string }) {
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item.questionId}>
          <Link to={`/assessments/${assessmentId}/domains/${item.domain}#q-${item.questionId}`}>{`${item.number} ${item.text}`}</Link>
        </li>
      ))}
    </ul>
  );
}

export default function SubmitAssessment() {
  const t = useT();
  const errorText = useErrorText();
  const electionLabel = useElectionLabel();
  const navigation = useNavigation();
  const { step, carriedUnconfirmed, confirmCarriedOver, assessment, total, unanswered, dontKnow, carriedOver, outcome } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const frozen = assessment.status !== "draft";
  if (step === "confirm" && !frozen) {
    return (
      <div className="page narrow">
        <p>
          <Link to={`/assessments/${assessment.id}/submit`}>{t("submit.cancel")}</Link>
        </p>
        <h1>{t("submit.confirmTitle")}</h1>
        <p className="lead">{electionLabel(assessment.electionType, assessment.electionDate)}</p>
        {actionData?.error ? (
          <div className="error-summary" role="alert" tabIndex={-1}>
            <p>{errorText(actionData.error)}</p>
          </div>
        ) : null}
        <p className="warning">{t("submit.confirmBody")}</p>
        <Form method="post" className="actions">
          <input type="hidden" name="confirmed" value="yes" />
          {confirmCarriedOver ? <input type="hidden" name="confirmCarriedOver" value="yes" /> : null}
          <button type="submit" disabled={navigation.state === "submitting"}>
            {t("submit.confirmButton")}
          </button>
          <Link to={`/assessments/${assessment.id}/submit`} className="button button-secondary">
            {t("submit.cancel")}
          </Link>
        </Form>
      </div>
    );
  }
  return (
    <div className="page">
      <p>
        <Link to={`/assessments/${assessment.id}`}>{t("domain.backToOverview")}</Link>
      </p>
      <h1>{t("submit.title")}</h1>
      <p className="lead">{electionLabel(assessment.electionType, assessment.electionDate)}</p>
      {actionData?.error ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <p>{errorText(actionData.error)}</p>
        </div>
      ) : null}
      {frozen ? <p className="notice">{t("assessment.frozen")}</p> : null}
      <h2>{t("submit.summary")}</h2>
      <ul className="summary-list">
        <li>{t("submit.count.total", { count: total })}</li>
        <li>{t("submit.count.unanswered", { count: unanswered.length })}</li>
        <li>{t("submit.count.dontKnow", { count: dontKnow.length })}</li>
        <li>{t("submit.count.carried", { count: carriedOver.length })}</li>
      </ul>
      {outcome ? (
        <section aria-labelledby="outcome">
          <h2 id="outcome">{t("submit.outcome")}</h2>
          {outcome.status === "scored" && outcome.level && outcome.score !== null ? (
            <p>
              {outcome.level} — {t("results.scoreOf", { score: outcome.score })}
            </p>
          ) : outcome.status === "not_enough_answers" ? (
            <p>
              {t("results.notEnough")}:{" "}
              {t("results.coverage", { answered: outcome.coverage.answered, counted: outcome.coverage.counted, needed: outcome.coverage.needed })}
            </p>
          ) : (
            <p>{t("results.noScore")}</p>
          )}
          {outcome.cappedBy === "critical_finding" ? <p className="warning">{t("results.capped")}</p> : null}
          {outcome.cappedBy === "critical_not_highest" ? <p className="warning">{t("results.cappedNotHighest")}</p> : null}
          {outcome.domainsNotEnough.length ? (
            <>
              <p>{t("submit.domainsNotEnough")}</p>
              <ul className="plain-list">
                {outcome.domainsNotEnough.map((domain) => (
                  <li key={domain.id}>
                    <Link to={`/assessments/${assessment.id}/domains/${domain.id}`}>{domain.title}</Link>:{" "}
                    {t("results.coverage", { answered: domain.coverage.answered, counted: domain.coverage.counted, needed: domain.coverage.needed })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      {unanswered.length ? (
        <section aria-labelledby="unanswered">
          <h2 id="unanswered">{t("submit.unanswered")}</h2>
          <p>{t("submit.unansweredLead")}</p>
          <QuestionList items={unanswered} assessmentId={assessment.id} />
        </section>
      ) : null}
      {dontKnow.length ? (
        <section aria-labelledby="dont-know">
          <h2 id="dont-know">{t("submit.dontKnow")}</h2>
          <p>{t("submit.dontKnowLead")}</p>
          <QuestionList items={dontKnow} assessmentId={assessment.id} />
        </section>
      ) : null}
      {carriedOver.length ? (
        <section aria-labelledby="carried">
          <h2 id="carried">{t("submit.carried")}</h2>
          <p>{t("submit.carriedLead")}</p>
          <QuestionList items={carriedOver} assessmentId={assessment.id} />
        </section>
      ) : null}
      {!frozen && unanswered.length === 0 ? (
        <Form method="get" className="stacked-form">
          <input type="hidden" name="confirm" value="1" />
          {carriedOver.length ? (
            <div className={carriedUnconfirmed ? "field field-invalid" : "field"}>
              {carriedUnconfirmed ? (
                <p className="field-error" id="confirm-carried-error">
                  {t("submit.error.carried_over_unconfirmed")}
                </p>
              ) : null}
              <label className="choice" htmlFor="confirm-carried">
                <input
                  type="checkbox"
                  id="confirm-carried"
                  name="confirmCarriedOver"
                  value="yes"
                  aria-describedby={carriedUnconfirmed ? "confirm-carried-error" : undefined}
                  aria-invalid={carriedUnconfirmed ? true : undefined}
                />
                {t("submit.confirmCarried", { count: carriedOver.length })}
              </label>
            </div>
          ) : null}
          <p>{t("submit.final")}</p>
          <button type="submit">{t("submit.button")}</button>
        </Form>
      ) : null}
    </div>
  );
}
