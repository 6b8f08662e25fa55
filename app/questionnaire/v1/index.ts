import type { Questionnaire } from "../schema";
import { domains } from "./domains";
import { governanceQuestions } from "./governance";
import { accountsQuestions } from "./accounts";
import { devicesQuestions } from "./devices";
import { emailWebQuestions } from "./email-web";
import { disinformationQuestions } from "./disinformation";
import { candidatesQuestions } from "./candidates";
import { peopleQuestions } from "./people";

/** Questionnaire version 1. Immutable once published: any change to ids, options or weights is version 2. */
export const questionnaireV1: Questionnaire = {
  version: 1,
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
