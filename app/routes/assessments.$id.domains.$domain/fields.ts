// How the question page names its form fields: every question posts `rev-<id>` (its base revision) with
// `answer-<id>`, `note-<id>` and, for a carried-over answer, `confirm-<id>`. A question hidden (and so
// disabled) in the page posts nothing. The page, its action and the restore of a save made while signed
// out all read the fields through this module.

export type QuestionField = "rev" | "answer" | "note" | "confirm";

/** The name of one of a question's fields. */
export function fieldName({ field, questionId }: { field: QuestionField; questionId: string }): string {
  return `${field}-${questionId}`;
}

/** One question's posted fields, as strings (undefined when not posted). */
export type PostedQuestion = {
  questionId: string;
  answer: string | undefined;
  note: string | undefined;
  revision: string | undefined;
  confirm: string | undefined;
};

const revisionPrefix = "rev-";

/** The questions a form posted, in the order of their fields. */
export function readPostedQuestions({ fields }: { fields: Readonly<Record<string, string | undefined>> }): PostedQuestion[] {
  return Object.keys(fields)
    .filter((key) => key.startsWith(revisionPrefix))
    .map((key) => {
      const questionId = key.slice(revisionPrefix.length);
      return {
        questionId,
        answer: fields[fieldName({ field: "answer", questionId })],
        note: fields[fieldName({ field: "note", questionId })],
        revision: fields[key],
        confirm: fields[fieldName({ field: "confirm", questionId })],
      };
    });
}
