import type { Source } from "../questionnaire/schema";

/** A question's sources as "publisher: linked title", the same on the questionnaire, domain and plan pages. */
export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ul className="sources">
      {sources.map((source) => (
        <li key={source.url}>
          {source.publisher}: <a href={source.url}>{source.title}</a>
        </li>
      ))}
    </ul>
  );
}
