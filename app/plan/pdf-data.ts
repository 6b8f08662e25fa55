import type { Language } from "../i18n/translate";
import { translate } from "../i18n/translate";
import type { AnswerValue } from "../questionnaire/answers";
import type { Milestone, Questionnaire } from "../questionnaire/schema";
import type { StoredScoreResult } from "../scoring";
import type { PlanAction } from "./build-plan";
import type { ElectionType } from "./elections";
import type { IsoDate } from "./timeline";

export const pdfActionStatuses = ["todo", "in_progress", "done"] as const;
export type PdfActionStatus = (typeof pdfActionStatuses)[number];

/** One action as the PDF shows it: the plan's action with its follow-up (status, owner, due date) merged in. */
export type PdfPlanAction = PlanAction & {
  status: PdfActionStatus;
  /** The person or role who carries the action out, in the document's language. */
  ownerLabel: string;
  /** The due date set by hand, or else the milestone's date from the plan. */
  dueDate: IsoDate;
};

/** An answer and its note; value null when only a note was written. */
export type PdfAnswer = { value: AnswerValue | null; note: string };

/** Everything the PDF shows, as plain data: the renderer reads nothing else. */
export type PlanPdfData = {
  organisationName: string;
  assessment: {
    id: string;
    status: "draft" | "submitted";
    electionType: ElectionType;
    electionDate: IsoDate;
    /** When the assessment was submitted (ISO timestamp), or null for a draft. */
    submittedAt: string | null;
  };
  questionnaire: Questionnaire;
  /** The snapshot taken at submission, or live scores for a draft. */
  score: StoredScoreResult;
  /** In the plan's priority order. */
  actions: PdfPlanAction[];
  /** By question id. Answers to hidden questions may be present; the appendix shows them as not asked. */
  answers: Readonly<Record<string, PdfAnswer | undefined>>;
  /** Whether the appendix shows the questionnaire's notes (they can name people): only when the downloader asks. */
  includeNotes?: boolean;
  /** The date of each election milestone, for the plan's section headings. */
  milestones: Record<Milestone, IsoDate>;
  /**
   * For a party that shares anonymised results: its organisation type's figures in the latest release
   * (only where the release publishes them, i.e. the group holds at least K organisations).
   */
  benchmark?: { n: number; domains: Array<{ domain: string; median: number | null; q1: number | null; q3: number | null }> } | null;
};

/**
 * The PDF's actions from the plan and whatever follow-up exists: an action without a named owner is owned by
 * its measure's owner role, an action without a status is still to do.
 */
export function toPdfActions({
  actions,
  language,
}: {
  actions: ReadonlyArray<PlanAction & { status?: PdfActionStatus; ownerName?: string | null }>;
  language: Language;
}): PdfPlanAction[] {
  return actions.map(({ status, ownerName, ...action }) => ({
    ...action,
    status: status ?? "todo",
    ownerLabel: ownerName?.trim() ? ownerName.trim() : translate(language, `owner.${action.owner}`),
  }));
}

/** Answers and notes by question id, from stored answer rows. */
export function pdfAnswersOf(stored: ReadonlyArray<{ questionId: string; value: AnswerValue | null; note: string }>): Record<string, PdfAnswer> {
  const result: Record<string, PdfAnswer> = {};
  for (const answer of stored) result[answer.questionId] = { value: answer.value, note: answer.note };
  return result;
}
