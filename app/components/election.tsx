import { formatDate } from "../i18n/translate";
import { useLanguage, useT } from "../i18n/use-t";
import type { ElectionType } from "../plan/elections";
import { isSensibleDate } from "../utils/dates";

/** "Provinciale Staten — 17 maart 2027" in the page language. */
export function useElectionLabel(): (type: ElectionType, date: string) => string {
  const t = useT();
  const language = useLanguage();
  // A stored date that is no real date (from an old import) is named as such instead of breaking the page.
  return (type, date) =>
    `${t(`election.type.${type}`)} — ${isSensibleDate(date) ? formatDate(language, `${date}T12:00:00Z`) : t("election.dateInvalid", { date: date.slice(0, 20) })}`;
}
