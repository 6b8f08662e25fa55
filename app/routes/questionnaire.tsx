import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "../components/link";
import { getLanguage } from "../i18n/language.server";
import { useT } from "../i18n/use-t";
import { translate } from "../i18n/translate";
import { currentQuestionnaire, findQuestionnaireVersion, questionnaireVersions } from "../questionnaire/current";
import { localizeQuestionnaire } from "../questionnaire/localize";
import { pageTitle } from "../utils/meta";
import { SourceList } from "../components/source-list";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "questionnaire.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const language = await getLanguage(request);
  const asked = new URL(request.url).searchParams.get("version");
  const chosen = findQuestionnaireVersion({ version: asked });
  const versions = [...questionnaireVersions.keys()].sort((a, b) => a - b);
  if (!chosen) {
    // A mistyped or made-up version: say so in the reader's language and link to what exists.
    const message = translate(language, "questionnaire.unknownVersion", { version: asked ?? "", versions: versions.join(", ") });
    return data({ questionnaire: null, message, currentVersion: currentQuestionnaire.version, others: versions }, { status: 404 });
  }
  return {
    questionnaire: localizeQuestionnaire(chosen, language),
    message: null,
    currentVersion: currentQuestionnaire.version,
    others: versions.filter((version) => version !== chosen.version),
  };
}

export default function QuestionnairePage() {
  const t = useT();
  const { questionnaire, message, currentVersion, others } = useLoaderData<typeof loader>();
  const versionLink = (version: number) => (version === currentVersion ? "/questionnaire" : `/questionnaire?version=${version}`);
  if (!questionnaire) {
    return (
      <div className="page questionnaire">
        <h1>{t("questionnaire.title")}</h1>
        <p className="error-summary" role="alert">
          {message}
        </p>
        <ul>
          {others.map((version) => (
            <li key={version}>
              <Link to={versionLink(version)}>{t("questionnaire.version", { version })}</Link>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const total = questionnaire.domains.reduce((sum, domain) => sum + domain.questions.length, 0);
  const isCurrent = questionnaire.version === currentVersion;
  const json = isCurrent ? "/questionnaire.json" : `/questionnaire.json?version=${questionnaire.version}`;
  return (
    <div className="page questionnaire">
      <h1>{t("questionnaire.title")}</h1>
      {isCurrent ? null : (
        <p className="notice">
          {t("questionnaire.earlierNotice", { version: questionnaire.version })}{" "}
          <Link to="/questionnaire">{t("questionnaire.currentLink", { version: currentVersion })}</Link>
        </p>
      )}
      <p className="lead">{t("questionnaire.lead", { count: total, domains: questionnaire.domains.length })}</p>
      <p>{t("questionnaire.answers")}</p>
      <p className="muted">
        {isCurrent ? t("questionnaire.current", { version: questionnaire.version }) : t("questionnaire.version", { version: questionnaire.version })} ·{" "}
        <a href={json}>{t("questionnaire.json")}</a>
        {others
          .filter((version) => version < questionnaire.version)
          .map((version) => (
            <span key={version}>
              {" · "}
              <Link to={versionLink(version)}>{t("questionnaire.earlierLink", { version })}</Link>
            </span>
          ))}
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
          {domain.questions.map((question) => (
            <article key={question.id} id={question.id} className="question-card" aria-labelledby={`${question.id}-text`}>
              <h3 id={`${question.id}-text`}>
                <span className="question-number">{question.number}</span> {question.text}
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
