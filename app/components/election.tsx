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

/** "gestart op 24 november 2026 door Ilse de Vries": how drafts for the same election are told apart. */
export function useStartedLabel(): (draft: { createdAt: string; createdByName: string | null }) => string {
  const t = useT();
  const language = useLanguage();
  return ({ createdAt, createdByName }) =>
    createdByName
      ? t("assessment.startedBy", { date: formatDate(language, createdAt), name: createdByName })
      : t("assessment.startedOn", { date: formatDate(language, createdAt) });
}
