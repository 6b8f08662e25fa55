import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "../components/link";
import { useElectionLabel } from "../components/election";
import { getLanguage } from "../i18n/language.server";
import { formatDate } from "../i18n/translate";
import { useLanguage, useT } from "../i18n/use-t";
import { listAnswers } from "../models/assessments.server";
import { questionnaireFor } from "../questionnaire/current";
import { getSharedAssessment } from "../models/branches.server";
import { getPlan, getScores } from "../models/plan.server";
import { visibleQuestions } from "../questionnaire/answers";
import { describeLevel } from "../scoring";
import { notFound } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { requirePartyActor } from "../utils/party.server";
import { ScrollTable } from "../components/scroll-table";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "party.readOnly.title");

/**
 * A branch's results, answers and plan, read-only, for its national party: only while the branch shares
 * everything. Notes and people are left out here, not hidden in the page: they are not in the loader's return.
 */
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { actor } = await requirePartyActor(request, context, "party:read-branches");
  const shared = getSharedAssessment({ actor, branchId: params.id ?? "", assessmentId: params.assessmentId ?? "" });
  if (!shared) throw notFound();
  const language = await getLanguage(request);
  const { assessment } = shared;
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const stored = listAnswers({ assessment });
  const map = Object.fromEntries(stored.flatMap((answer) => (answer.value ? [[answer.questionId, answer.value]] : [])));
  const scores = getScores({ assessment });
  const level = scores.overall.level ? describeLevel({ level: scores.overall.level }).name[language] : null;
  const visible = visibleQuestions(questionnaire, map);
  return {
    branchId: params.id ?? "",
    branchName: shared.branchName,
    election: { type: assessment.electionType, date: assessment.electionDate },
    status: assessment.status,
    submittedAt: assessment.submittedAt?.toISOString() ?? null,
    overall: { score: scores.overall.rounded, level },
    domains: questionnaire.domains.map((domain) => ({
      id: domain.id,
      title: domain.title[language],
      score: scores.domains.find((d) => d.domain === domain.id)?.rounded ?? null,
      answers: visible
        .filter((question) => question.domain === domain.id)
        .map((question) => {
          const value = map[question.id];
          const answer =
            value?.kind === "option"
              ? (question.options.find((option) => option.id === value.optionId)?.label[language] ?? null)
              : value?.kind === "not_applicable"
                ? "not_applicable"
                : value?.kind === "dont_know"
                  ? "dont_know"
                  : null;
          return { id: question.id, text: question.text[language], answer };
        }),
    })),
    plan: getPlan({ assessment }).map((action) => ({
      key: action.key,
      title: action.title[language],
      dueDate: action.dueDate,
      status: action.status,
      late: action.late,
    })),
  };
}

export default function SharedAssessment() {
  const t = useT();
  const language = useLanguage();
  const electionLabel = useElectionLabel();
  const data = useLoaderData<typeof loader>();
  const answerText = (answer: string | null) =>
    answer === null
      ? t("party.readOnly.noAnswer")
      : answer === "not_applicable"
        ? t("party.readOnly.notApplicable")
        : answer === "dont_know"
          ? t("party.readOnly.dontKnow")
          : answer;
  return (
    <div className="page">
      <p>
        <Link to={`/party/branches/${data.branchId}`}>{t("party.readOnly.back", { branch: data.branchName })}</Link>
      </p>
      <h1>{t("party.readOnly.heading", { branch: data.branchName })}</h1>
      <p className="lead">
        {electionLabel(data.election.type, data.election.date)} —{" "}
        {data.status === "submitted" && data.submittedAt
          ? t("party.readOnly.submitted", { date: formatDate(language, data.submittedAt) })
          : t("party.status.draft")}
      </p>
      <p className="notice">{t("party.readOnly.notice")}</p>
      <h2>{t("party.readOnly.results")}</h2>
      <p>{data.overall.level ? t("party.readOnly.overall", { level: data.overall.level, score: data.overall.score ?? "—" }) : t("party.readOnly.noLevel")}</p>
      <ScrollTable caption={t("party.readOnly.scoresCaption")} captionId="ro-scores">
        <thead>
          <tr>
            <th scope="col">{t("party.picture.colDomain")}</th>
            <th scope="col">{t("party.col.score")}</th>
          </tr>
        </thead>
        <tbody>
          {data.domains.map((domain) => (
            <tr key={domain.id}>
              <th scope="row">{domain.title}</th>
              <td>{domain.score ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <h2>{t("party.readOnly.answers")}</h2>
      {data.domains.map((domain) => (
        <section key={domain.id} aria-labelledby={`ro-${domain.id}`}>
          <h3 id={`ro-${domain.id}`}>{domain.title}</h3>
          <dl>
            {domain.answers.map((answer) => (
              <div key={answer.id}>
                <dt>{answer.text}</dt>
                <dd>{answerText(answer.answer)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <h2>{t("party.readOnly.plan")}</h2>
      <ul className="plain-list">
        {data.plan.map((action) => (
          <li key={action.key}>
            {t("party.readOnly.action", {
              title: action.title,
              date: formatDate(language, `${action.dueDate}T12:00:00Z`),
              status: t(`party.actionStatus.${action.status}`),
            })}
            {action.late ? ` — ${t("party.readOnly.late")}` : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}
