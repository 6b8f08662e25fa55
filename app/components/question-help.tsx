// A question's help (why it matters, how to go about it, its sources), as the domain page and the
// questionnaire show it. On a page load it is not in the page's data: the loader hands it to the server's
// render under helpKeyOf(...) and the browser keeps the server's HTML (see StaticHtml); after a navigation
// in the browser it is in the data.
import type { Source } from "../questionnaire/schema";
import { useLanguage, useT } from "../i18n/use-t";
import { SourceListView } from "./source-list";
import { StaticHtml, useServerContent } from "./static-html";

export type QuestionHelp = { why: string; how: string; sources: Source[] };

/**
 * The key of a question's help block, for StaticHtml's cache and for the server's render on a page load.
 * `staticKey` names the question in one questionnaire version and language, and the page it is shown on.
 */
export function helpKeyOf(staticKey: string): string {
  return `${staticKey}:help`;
}

/** The help block: a `<details>` with a summary on the domain page, a plain `<div>` on the questionnaire. */
export function QuestionHelpBlock({
  staticKey,
  inData,
  heading: Heading,
  summary,
}: {
  staticKey: string;
  /** The help in the page's data; null on a page load. */
  inData: QuestionHelp | null;
  heading: "h3" | "h4";
  summary?: string;
}) {
  const t = useT();
  const language = useLanguage();
  const helpKey = helpKeyOf(staticKey);
  const fromServer = useServerContent<QuestionHelp>(helpKey);
  const help = inData ?? fromServer ?? null;
  // The children use no hooks: StaticHtml may render them on their own and keep the HTML.
  return (
    <StaticHtml as={summary === undefined ? "div" : "details"} className="help" cacheKey={helpKey} fromServer={help === null}>
      {() =>
        help ? (
          <>
            {summary === undefined ? null : <summary>{summary}</summary>}
            <Heading>{t("questionnaire.why")}</Heading>
            <p>{help.why}</p>
            <Heading>{t("questionnaire.how")}</Heading>
            <p>{help.how}</p>
            <Heading>{t("questionnaire.sources")}</Heading>
            <SourceListView sources={help.sources} language={language} t={t} />
          </>
        ) : null
      }
    </StaticHtml>
  );
}
