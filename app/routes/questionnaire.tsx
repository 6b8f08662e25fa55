import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getLanguage } from "../i18n/language.server";
import { useT } from "../i18n/use-t";
import { currentQuestionnaire } from "../questionnaire/current";
import { localizeQuestionnaire } from "../questionnaire/localize";
import { pageTitle } from "../utils/meta";
import { SourceList } from "../components/source-list";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "questionnaire.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const language = await getLanguage(request);
  return { questionnaire: localizeQuestionnaire(currentQuestionnaire, language) };
}

export default function QuestionnairePage() {
  const t = useT();
  const { questionnaire } = useLoaderData<typeof loader>();
  const total = questionnaire.domains.reduce((sum, domain) => sum + domain.questions.length, 0);
  return (
    <div className="page questionnaire">
      <h1>{t("questionnaire.title")}</h1>
      <p className="lead">{t("questionnaire.lead", { count: total, domains: questionnaire.domains.length })}</p>
      <p>{t("questionnaire.answers")}</p>
      <p className="muted">
        {t("questionnaire.version", { version: questionnaire.version })} · <a href="/questionnaire.json">{t("questionnaire.json")}</a>
      </p>
      <nav aria-labelledby="toc-heading" className="toc">
        <h2 id="toc-heading">{t("questionnaire.contents")}</h2>
        <ol>
          {questionnaire.domains.map((domain) => (
            <li key={domain.id}>
              <a href={`#domain-${domain.id}`}>{domain.title}</a> ({t("questionnaire.questionCount", { count: domain.questions.length })})
            </li>
          ))}
        </ol>
      </nav>
      {questionnaire.domains.map((domain, domainIndex) => (
        <section key={domain.id} id={`domain-${domain.id}`} aria-labelledby={`domain-${domain.id}-title`} className="domain">
          <h2 id={`domain-${domain.id}-title`}>{`${domainIndex + 1}. ${domain.title}`}</h2>
          <p>{domain.intro}</p>
          {domain.questions.map((question, index) => (
            <article key={question.id} id={question.id} className="question-card" aria-labelledby={`${question.id}-text`}>
              <h3 id={`${question.id}-text`}>
                <span className="question-number">{`${domainIndex + 1}.${index + 1}`}</span> {question.text}
              </h3>
              {question.critical ? <p className="badge badge-critical">{t("questionnaire.critical")}</p> : null}
              {question.condition ? (
                <p className="muted">
                  {t("questionnaire.condition", { question: question.condition.questionText, answers: question.condition.optionLabels.join(" / ") })}
                </p>
              ) : null}
              <h4 className="visually-hidden">{t("questionnaire.options")}</h4>
              <ul className="option-list">
                {question.options.map((option) => (
                  <li key={option.id}>{option.label}</li>
                ))}
                {question.allowNotApplicable ? <li className="muted">{t("answer.notApplicable")}</li> : null}
                <li className="muted">{t("answer.dontKnow")}</li>
              </ul>
              <div className="help">
                <h4>{t("questionnaire.why")}</h4>
                <p>{question.why}</p>
                <h4>{t("questionnaire.how")}</h4>
                <p>{question.how}</p>
                <h4>{t("questionnaire.sources")}</h4>
                <SourceList sources={question.sources} />
              </div>
            </article>
          ))}
        </section>
      ))}
      <p>
        <Link to="#main">{t("questionnaire.backToTop")}</Link>
      </p>
    </div>
  );
}
