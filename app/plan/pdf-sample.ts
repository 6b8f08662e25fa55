// A full, realistic plan for the PDF benchmark and tests: every question of the current questionnaire answered
// (mostly with gaps, so the plan has about 60 actions), notes with "ĳ", "€" and curly quotes. Pure and fixed.
import type { Language } from "../i18n/translate";
import { currentQuestionnaire } from "../questionnaire/current";
import { visibleQuestions, type AnswerValue } from "../questionnaire/answers";
import type { Questionnaire } from "../questionnaire/schema";
import { scoreAssessment } from "../scoring";
import { buildPlan } from "./build-plan";
import { toPdfActions, type PdfActionStatus, type PlanPdfData } from "./pdf-data";
import { milestoneDates, type IsoDate } from "./timeline";

const sampleNotes = [
  "Het bestuur bespreekt dit in mei; de penningmeester wil eerst weten wat het kost (ongeveer € 250 per jaar).",
  "Volgens de ‘handreiking’ van de IJsselgroep is dit “voldoende”, maar wij twijfelen nog.",
  "Eigen vrijwilligers doen dit nu; zij zijn bij ĳverige leden bekend. Contact: Marĳke.",
];

/** The answers of the sample: per question an option with a gap (maturity 0–2), a few "don't know" and N/A. */
function sampleAnswers(questionnaire: Questionnaire): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  questionnaire.questions.forEach((question, index) => {
    if (index % 17 === 5) {
      answers[question.id] = { kind: "dont_know" };
      return;
    }
    if (index % 23 === 7 && question.allowNotApplicable) {
      answers[question.id] = { kind: "not_applicable" };
      return;
    }
    // Maturity 3 for every 11th question: a few strengths, the rest a gap of 1–3.
    const wanted = index % 11 === 3 ? 3 : index % 3;
    const option = question.options.find((candidate) => candidate.maturity === wanted) ?? question.options[0];
    if (option) answers[question.id] = { kind: "option", optionId: option.id };
  });
  return answers;
}

/** The sample plan's data, as the route would gather it for a party with every question answered. */
export function samplePlanPdfData({
  language = "nl",
  today = "2026-09-01",
  electionDate = "2027-03-17",
  status = "submitted",
  organisationName = "Demopartij",
}: { language?: Language; today?: IsoDate; electionDate?: IsoDate; status?: "draft" | "submitted"; organisationName?: string } = {}): PlanPdfData {
  const questionnaire = currentQuestionnaire;
  const all = sampleAnswers(questionnaire);
  const visible = new Set(visibleQuestions(questionnaire, all).map((question) => question.id));
  const counted = Object.fromEntries(Object.entries(all).filter(([questionId]) => visible.has(questionId)));
  const plan = buildPlan({ questionnaire, answers: counted, electionDate, today });
  const statuses: PdfActionStatus[] = ["todo", "todo", "in_progress", "todo", "done"];
  const answers: PlanPdfData["answers"] = Object.fromEntries(
    questionnaire.questions.map((question, index) => [
      question.id,
      { value: all[question.id] ?? null, note: index % 9 === 2 ? (sampleNotes[Math.floor(index / 9) % sampleNotes.length] ?? "") : "" },
    ]),
  );
  return {
    organisationName,
    assessment: {
      id: "sample-assessment",
      status,
      electionType: "provinciale_staten",
      electionDate,
      submittedAt: status === "submitted" ? `${today}T10:00:00.000Z` : null,
    },
    questionnaire,
    score: scoreAssessment({ questionnaire, answers: counted }),
    actions: toPdfActions({
      actions: plan.map((action, index) => ({
        ...action,
        status: statuses[index % statuses.length],
        ownerName: index % 4 === 1 ? "Marĳke van Dĳk" : null,
      })),
      language,
    }),
    answers,
    includeNotes: true,
    milestones: milestoneDates({ electionDate, today }),
  };
}
