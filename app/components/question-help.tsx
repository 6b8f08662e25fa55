// A question's help (why it matters, how to go about it, its sources), as the domain page and the
// questionnaire show it. On a page load it is not in the page's data: the server's render gets it beside
// the data and the browser keeps that HTML (see StaticHtml); after a navigation in the browser it is data.
import type { Language, Translate } from "../i18n/translate";
import type { Source } from "../questionnaire/schema";
import { SourceListView } from "./source-list";
import { useServerContent } from "./static-html";

export type QuestionHelp = { why: string; how: string; sources: Source[] };

/** The help from the page's data, or on a page load from the server's render (null in the browser then). */
export function useQuestionHelp({ helpKey, inData }: { helpKey: string; inData: QuestionHelp | null }): QuestionHelp | null {
  const fromServer = useServerContent<QuestionHelp>(helpKey);
  return inData ?? fromServer ?? null;
}

/** The help's headings and texts, without hooks, so that it can be rendered once and kept (see StaticHtml). */
export function QuestionHelpView({ help, heading: Heading, language, t }: { help: QuestionHelp; heading: "h3" | "h4"; language: Language; t: Translate }) {
  return (
    <>
      <Heading>{t("questionnaire.why")}</Heading>
      <p>{help.why}</p>
      <Heading>{t("questionnaire.how")}</Heading>
      <p>{help.how}</p>
      <Heading>{t("questionnaire.sources")}</Heading>
      <SourceListView sources={help.sources} language={language} t={t} />
    </>
  );
}
