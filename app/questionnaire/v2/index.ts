import type { Questionnaire } from "../schema";
import { domains } from "./domains";
import { governanceQuestions } from "./governance";
import { accountsQuestions } from "./accounts";
import { devicesQuestions } from "./devices";
import { emailWebQuestions } from "./email-web";
import { disinformationQuestions } from "./disinformation";
import { candidatesQuestions } from "./candidates";
import { peopleQuestions } from "./people";

/** Questionnaire version 2: the 2025 rules, no "not applicable" on critical questions, one catalogue of sources. Immutable once published. */
export const questionnaireV2: Questionnaire = {
  version: 2,
  title: {
    nl: "Weerbaar: digitale weerbaarheid van politieke partijen",
    en: "Weerbaar: digital resilience of political parties",
  },
  domains,
  questions: [
    ...governanceQuestions,
    ...accountsQuestions,
    ...devicesQuestions,
    ...emailWebQuestions,
    ...disinformationQuestions,
    ...candidatesQuestions,
    ...peopleQuestions,
  ],
};
