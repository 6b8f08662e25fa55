import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAssessment } from "../auth/guards.server";
import { can } from "../security/permissions";
import { getLanguage } from "../i18n/language.server";
import { isLanguage, type Language } from "../i18n/translate";
import { listAnswers, type AssessmentRow } from "../models/assessments.server";
import { questionnaireFor } from "../questionnaire/current";
import { getPlan, getScores, planDateOf } from "../models/plan.server";
import { getBenchmark } from "../models/insights.server";
import { milestoneDates } from "../plan";
import { dutchToday } from "../plan/elections";
import { pdfAnswersOf, toPdfActions, type PlanPdfData } from "../plan/pdf-data";
import { renderPlanPdf } from "../plan/pdf.server";
import { forbidden } from "../utils/http.server";

// The action plan as a PDF: members of the assessment's organisation whose role may download the plan.
// Another organisation's assessment is a 404 (requireAssessment); a contributor gets 403.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, assessment } = await requireAssessment(request, params, context, { needsElectionDate: true });
  if (!can(member.current.role, "plan:download")) throw forbidden();
  const search = new URL(request.url).searchParams;
  const requested = search.get("lang");
  const language = isLanguage(requested) ? requested : await getLanguage(request);
  const today = dutchToday();
  const data = planPdfData({ assessment, organisationName: member.current.organisationName, language, today });
  // Notes can name people: only in the PDF when the person downloading ticks the box (notes=1).
  data.includeNotes = search.get("notes") === "1";
  const shared = getBenchmark({ organisationId: member.current.organisationId });
  data.benchmark = shared.sharing && shared.release && shared.group ? shared.group : null;
  const pdf = await renderPlanPdf(data, { language, generatedOn: today });
  const name = language === "nl" ? "actieplan" : "action-plan";
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="weerbaar-${name}-${assessment.electionDate}-${assessment.id}.pdf"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "private, no-store",
    },
  });
}

/** The renderer's input: scores (the snapshot once submitted), the plan with its follow-up, answers and notes. */
function planPdfData({
  assessment,
  organisationName,
  language,
  today,
}: {
  assessment: AssessmentRow;
  organisationName: string;
  language: Language;
  today: string;
}): PlanPdfData {
  return {
    organisationName,
    assessment: {
      id: assessment.id,
      status: assessment.status,
      electionType: assessment.electionType,
      electionDate: assessment.electionDate,
      submittedAt: assessment.submittedAt?.toISOString() ?? null,
    },
    questionnaire: questionnaireFor(assessment.questionnaireVersion),
    score: getScores({ assessment }),
    actions: toPdfActions({ actions: getPlan({ assessment, today }), language }),
    answers: pdfAnswersOf(listAnswers({ assessment })),
    milestones: milestoneDates({ electionDate: assessment.electionDate, today: planDateOf({ assessment, today }), nominationDate: assessment.nominationDate }),
  };
}
