import type { Source } from "../questionnaire/schema";
import { sourceNote } from "../questionnaire/source-note";
import type { Language, Translate } from "../i18n/translate";
import { useLanguage, useT } from "../i18n/use-t";

/** A question's sources as "publisher: linked title (year, language)", the same on the questionnaire, domain and plan pages. */
export function SourceList({ sources }: { sources: Source[] }) {
  const t = useT();
  const language = useLanguage();
  return <SourceListView sources={sources} language={language} t={t} />;
}

/** The list itself, without hooks, so it can also be rendered once and kept (see StaticHtml). */
export function SourceListView({ sources, language, t }: { sources: Source[]; language: Language; t: Translate }) {
  return (
    <ul className="sources">
      {sources.map((source) => {
        const note = sourceNote({ source, pageLanguage: language });
        const extra = [note.year ? String(note.year) : null, note.otherLanguage ? t(`source.language.${note.otherLanguage}`) : null].filter(
          (part): part is string => part !== null,
        );
        return (
          <li key={source.url}>
            {source.publisher}: {/* lang on the title, so a screen reader pronounces an English title in English (WCAG 3.1.2). */}
            <a href={source.url} hrefLang={source.language} lang={note.otherLanguage ?? undefined}>
              {source.title}
            </a>
            {extra.length ? ` (${extra.join(", ")})` : null}
          </li>
        );
      })}
    </ul>
  );
}
