import { formatDate } from "../i18n/translate";
import { useLanguage, useT } from "../i18n/use-t";
import type { ElectionType } from "../plan/elections";

/** "Provinciale Staten — 17 maart 2027" in the page language. */
export function useElectionLabel(): (type: ElectionType, date: string) => string {
  const t = useT();
  const language = useLanguage();
  return (type, date) => `${t(`election.type.${type}`)} — ${formatDate(language, `${date}T12:00:00Z`)}`;
}
