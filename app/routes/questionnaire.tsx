import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "../components/link";
import { getLanguage } from "../i18n/language.server";
import { useLanguage, useT } from "../i18n/use-t";
import { translate } from "../i18n/translate";
import { currentQuestionnaire, findQuestionnaireVersion, questionnaireVersions } from "../questionnaire/current";
import { localizeQuestionnaire } from "../questionnaire/localize";
import { pageTitle } from "../utils/meta";
import { helpKeyOf, QuestionHelpBlock } from "../components/question-help";
import type { Language } from "../i18n/translate";
import type { Questionnaire } from "../questionnaire/schema";
import { serverContentOf } from "../utils/http.server";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "questionnaire.title");

type Localized = ReturnType<typeof localizeQuestionnaire>;

/** Names a question of one version and language on this page (its help block's key, see helpKeyOf). */
function staticKeyOf({ version, language, questionId }: { version: number; language: string; questionId: string }): string {
  return `questionnaire:${version}:${language}:${questionId}`;
}

// The page shows one published version, which never changes: its localized form is built once per language,
// with the help of each question and without it (for a page load, whose help only the server's render needs).
const localized = new WeakMap<Questionnaire, Map<string, { full: ReturnType<typeof withHelp>; withoutHelp: ReturnType<typeof withHelp> }>>();
function withHelp(questionnaire: Localized, keep: boolean) {
  return {
    ...questionnaire,
    domains: questionnaire.domains.map((domain) => ({
      ...domain,
      questions: domain.questions.map(({ why, how, sources, ...question }) => ({ ...question, help: keep ? { why, how, sources } : null })),
    })),
  };
}
function localizedOf(questionnaire: Questionnaire, language: Language) {
  let byLanguage = localized.get(questionnaire);
  if (!byLanguage) {
    byLanguage = new Map();
    localized.set(questionnaire, byLanguage);
  }
  let known = byLanguage.get(language);
  if (!known) {
    const base = localizeQuestionnaire(questionnaire, language);
    known = { full: withHelp(base, true), withoutHelp: withHelp(base, false) };
    byLanguage.set(language, known);
  }
  return known;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const language = await getLanguage(request);
  const asked = new URL(request.url).searchParams.get("version");
  const chosen = findQuestionnaireVersion({ version: asked });
  const versions = [...questionnaireVersions.keys()].sort((a, b) => a - b);
  if (!chosen) {
    // A mistyped or made-up version: say so in the reader's language and link to what exists.
    const message = translate(language, "questionnaire.unknownVersion", { version: asked ?? "", versions: versions.join(", ") });
    return data({ questionnaire: null, message, currentVersion: currentQuestionnaire.version, others: versions }, { status: 404 });
  }
  const { full, withoutHelp } = localizedOf(chosen, language);
  const serverContent = serverContentOf(context);
  if (serverContent) {
    for (const domain of full.domains) {
      for (const question of domain.questions)
        serverContent.set(helpKeyOf(staticKeyOf({ version: chosen.version, language, questionId: question.id })), question.help);
    }
  }
  return {
    questionnaire: serverContent ? withoutHelp : full,
    message: null,
    currentVersion: currentQuestionnaire.version,
    others: versions.filter((version) => version !== chosen.version),
  };
}

export default function QuestionnairePage() {
  const t = useT();
  const language = useLanguage();
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
              <QuestionHelpBlock
                staticKey={staticKeyOf({ version: questionnaire.version, language, questionId: question.id })}
                inData={question.help}
                heading="h4"
              />
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
