import { decodeAnswer } from "../questionnaire/answer-codec";
import type { AnswerChange } from "./answers.server";

// Keeps line breaks and tabs; drops other control and invisible formatting characters.
export function cleanNote(value: string | undefined): string {
  return (value ?? "").normalize("NFC").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, "").replace(/\r\n/g, "\n").trim();
}

export type ParsedChange = { ok: true; change: AnswerChange } | { ok: false; questionId: string };

/** Reads one question's fields (`answer`, `note`, `revision`, `confirm`) from a form or autosave body. */
export function parseChange({ questionId, answer, note, revision, confirm }: { questionId: string; answer: string | undefined; note: string | undefined; revision: string | undefined; confirm: string | undefined }): ParsedChange {
  const value = decodeAnswer(answer);
  const baseRevision = Number(revision ?? "0");
  if (value === undefined || !Number.isSafeInteger(baseRevision) || baseRevision < 0 || questionId.length > 100) return { ok: false, questionId };
  return { ok: true, change: { questionId, value, note: cleanNote(note), baseRevision, confirm: confirm === "yes" } };
}
