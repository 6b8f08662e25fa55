import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "../components/link";
import { requireAssessment } from "../auth/guards.server";
import { can } from "../security/permissions";
import { getLanguage } from "../i18n/language.server";
import { useT } from "../i18n/use-t";
import { questionnaireFor } from "../questionnaire/current";
import { findQuestion } from "../questionnaire/numbers";
import { moveAssessmentToVersion, previewVersionMove } from "../models/questionnaire-move.server";
import { forbidden } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "assessment.move.pageTitle");

// Moving a draft to the current questionnaire version: this page shows what would happen, and only its
// form (a real POST, so it works without JavaScript) moves it.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, assessment } = await requireAssessment(request, params, context);
  if (!can(member.current.role, "assessment:change-version")) throw forbidden();
  const language = await getLanguage(request);
  const preview = previewVersionMove({ assessment });
  if (!preview) return data({ id: assessment.id, preview: null }, { status: 409 });
  const from = questionnaireFor(preview.fromVersion);
  const to = questionnaireFor(preview.toVersion);
  const textOf = (questionnaire: typeof from, questionId: string) => findQuestion({ questionnaire, questionId })?.text[language] ?? questionId;
  const domainTitle = (questionnaire: typeof from, domain: string) => questionnaire.domains.find((d) => d.id === domain)?.title[language] ?? domain;
  return {
    id: assessment.id,
    preview: {
      fromVersion: preview.fromVersion,
      toVersion: preview.toVersion,
      moved: preview.moved,
      needsAnswer: preview.needsAnswer.map((item) => ({
        questionId: item.questionId,
        text: textOf(to, item.questionId),
        domain: domainTitle(to, item.domain),
      })),
      dropped: preview.dropped.map((item) => ({ questionId: item.questionId, text: textOf(from, item.questionId), domain: domainTitle(from, item.domain) })),
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { actor, assessment } = await requireAssessment(request, params, context);
  if (!can(actor.role, "assessment:change-version")) throw forbidden();
  const result = moveAssessmentToVersion({ actor, assessment });
  if (!result.ok) return data({ error: result.error }, { status: result.error === "forbidden" ? 403 : 409 });
  return redirect(`/assessments/${assessment.id}?moved=${result.toVersion}`);
}

export default function MoveAssessment() {
  const t = useT();
  const { id, preview } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  if (!preview || actionData?.error) {
    return (
      <div className="page narrow">
        <p>
          <Link to={`/assessments/${id}`}>{t("domain.backToOverview")}</Link>
        </p>
        <h1>{t("assessment.move.pageTitle")}</h1>
        <p className="error-summary" role="alert">
          {t("assessment.move.notPossible")}
        </p>
      </div>
    );
  }
  const { fromVersion: from, toVersion: to } = preview;
  return (
    <div className="page narrow">
      <p>
        <Link to={`/assessments/${id}`}>{t("domain.backToOverview")}</Link>
      </p>
      <h1>{t("assessment.move.heading", { to })}</h1>
      <p className="lead">{t("assessment.move.intro")}</p>
      <ul>
        <li>{t("assessment.move.moved", { count: preview.moved })}</li>
        <li>{t("assessment.move.needsAnswer", { count: preview.needsAnswer.length })}</li>
        {preview.dropped.length ? (
          <li>
            {t("assessment.move.dropped", { count: preview.dropped.length, to })}{" "}
            <a href={`/assessments/${id}/export.json`} download>
              {t("assessment.export")}
            </a>
          </li>
        ) : null}
      </ul>
      {preview.dropped.length ? (
        <details>
          <summary>{t("assessment.move.droppedList")}</summary>
          <ul>
            {preview.dropped.map((item) => (
              <li key={item.questionId}>{`${item.domain}: ${item.text}`}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {preview.needsAnswer.length ? (
        <details>
          <summary>{t("assessment.move.needsList")}</summary>
          <ul>
            {preview.needsAnswer.map((item) => (
              <li key={item.questionId}>{`${item.domain}: ${item.text}`}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <Form method="post" className="actions">
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("assessment.move.confirm", { to })}
        </button>
        <Link to={`/assessments/${id}`}>{t("assessment.move.cancel", { from })}</Link>
      </Form>
    </div>
  );
}
