import { z } from "zod";
import { electionTypes } from "../utils/election-types";
import { isSensibleDate } from "../utils/dates";
import { cleanMultiline } from "../utils/text";
import { noteMaxLength } from "./answers";

export const exchangeFormat = "weerbaar-assessment";

const answerSchema = z.object({
  questionId: z.string().min(1).max(100),
  answer: z.enum(["option", "not_applicable", "dont_know"]).nullable(),
  optionId: z.string().min(1).max(100).nullable().optional(),
  // Cleaned like a typed note: a file must not bring in what the form would have removed.
  note: z
    .string()
    .max(noteMaxLength)
    .default("")
    .transform((value) => cleanMultiline(value)),
});

/** The export file: what an organisation can take out of Weerbaar and bring back in as a new draft. */
export const assessmentFileSchema = z.object({
  format: z.literal(exchangeFormat),
  formatVersion: z.literal(1),
  questionnaireVersion: z.number().int().positive(),
  election: z.object({ type: z.enum(electionTypes), date: z.string().refine((value) => isSensibleDate(value)) }),
  status: z.enum(["draft", "submitted"]).optional(),
  exportedAt: z.string().optional(),
  answers: z.array(answerSchema).max(1000),
  scores: z.unknown().optional(),
});
export type AssessmentFile = z.infer<typeof assessmentFileSchema>;
