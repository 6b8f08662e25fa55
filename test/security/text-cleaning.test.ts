// Imported notes and owner names are cleaned exactly as typed ones are, by the same functions.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { nameSchema } from "../../app/auth/forms";
import { getDb } from "../../app/db.server";
import { cleanNote } from "../../app/models/answer-input.server";
import { getAssessment, startAssessment } from "../../app/models/assessments.server";
import { exportAssessment, importAssessment } from "../../app/models/exchange.server";
import { currentQuestionnaire } from "../../app/questionnaire/current";
import { updateActionSchema } from "../../app/utils/plan-forms";
import { cleanLine, cleanMultiline } from "../../app/utils/text";
import { answers } from "../../db/schema";
import { makeOrganisation, makeUser } from "../helpers/factory";

const hostile = "Jan\u202Egnp.exe\u2066 de\u200B Vries\r\nregel twee\u0007\u2028drie";

describe("cleaning free text", () => {
  it("keeps one line for names and several for notes, without controls or bidi overrides", () => {
    expect(cleanLine(hostile)).toBe("Jangnp.exe de Vries regel twee drie");
    expect(cleanMultiline(hostile)).toBe("Jangnp.exe de Vries\nregel twee\ndrie");
    expect(cleanNote(hostile)).toBe(cleanMultiline(hostile));
    expect(nameSchema.parse(hostile)).toBe(cleanLine(hostile));
    expect(updateActionSchema.parse({ actionKey: "x", status: "todo", owner: "other", ownerName: hostile }).ownerName).toBe(cleanLine(hostile));
  });

  it("cleans an imported note as a typed one", async () => {
    const org = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const actor = { userId: lead.id, organisationId: org.id, role: "it_lead" as const, ipAddress: "::1" };
    const started = startAssessment({ actor, electionType: "gemeenteraad", electionDate: "2030-03-20", carryOver: false });
    if (!started.ok) throw new Error(started.error);
    const row = getAssessment({ id: started.id, organisationId: org.id });
    if (!row) throw new Error("no assessment");
    const file = structuredClone(exportAssessment({ assessment: row }));
    const question = currentQuestionnaire.questions.find((q) => !q.condition);
    if (!question) throw new Error("no unconditional question");
    file.answers = [{ questionId: question.id, answer: "dont_know", note: hostile }];
    const result = importAssessment({ actor, text: JSON.stringify(file) });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const stored = getDb().select().from(answers).where(eq(answers.assessmentId, result.id)).get();
    expect(stored?.note).toBe(cleanNote(hostile));
  });
});
