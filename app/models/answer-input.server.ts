import { decodeAnswer } from "../questionnaire/answer-codec";
import type { AnswerChange } from "./answers.server";
import { cleanMultiline } from "../utils/text";

// Keeps line breaks and tabs; drops other control and invisible formatting characters.
export function cleanNote(value: string | undefined): string {
  return cleanMultiline(value ?? "");
}

export type ParsedChange = { ok: true; change: AnswerChange } | { ok: false; questionId: string };

/** Reads one question's fields (`answer`, `note`, `revision`, `confirm`) from a form or autosave body. */
export function parseChange({
  questionId,
  answer,
  note,
  revision,
  confirm,
}: {
  questionId: string;
  answer: string | undefined;
  note: string | undefined;
  revision: string | undefined;
  confirm: string | undefined;
}): ParsedChange {
  const value = decodeAnswer(answer);
  const baseRevision = Number(revision ?? "0");
  if (value === undefined || !Number.isSafeInteger(baseRevision) || baseRevision < 0 || questionId.length > 100) return { ok: false, questionId };
  return { ok: true, change: { questionId, value, note: cleanNote(note), baseRevision, confirm: confirm === "yes" } };
}
