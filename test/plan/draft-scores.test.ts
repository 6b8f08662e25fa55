// A draft's scores are kept with the answers they came from: asking again without a change reuses them,
// and any change of an answer (or a different draft) scores anew.
import { describe, expect, it } from "vitest";
import { saveAnswers } from "../../app/models/answers.server";
import { getScores } from "../../app/models/plan.server";
import { currentQuestionnaire } from "../../app/questionnaire/current";
import { scoreAssessment } from "../../app/scoring";
import { answerMapOf } from "../../app/questionnaire/answers";
import { listAnswers } from "../../app/models/assessments.server";
import { lowestOption, makeTeam, reloadAssessment, startDraft } from "../helpers/builders";

describe("a draft's scores", () => {
  it("are reused while the answers stay the same and follow every change", async () => {
    const { leadActor: actor } = await makeTeam();
    const draft = startDraft({ actor });
    const first = currentQuestionnaire.questions.find((question) => !question.condition);
    if (!first) throw new Error("no unconditional question");
    const top = first.options.reduce((a, b) => (b.maturity > a.maturity ? b : a));
    saveAnswers({ actor, assessment: draft, changes: [{ questionId: first.id, value: lowestOption(first), note: "", baseRevision: 0, confirm: false }] });
    const low = getScores({ assessment: reloadAssessment({ assessment: draft }) });
    expect(getScores({ assessment: reloadAssessment({ assessment: draft }) })).toBe(low);

    // A note changes nothing that is scored: the same scores.
    saveAnswers({
      actor,
      assessment: draft,
      changes: [{ questionId: first.id, value: lowestOption(first), note: "een notitie", baseRevision: 1, confirm: false }],
    });
    expect(getScores({ assessment: reloadAssessment({ assessment: draft }) })).toBe(low);

    saveAnswers({
      actor,
      assessment: draft,
      changes: [{ questionId: first.id, value: { kind: "option", optionId: top.id }, note: "", baseRevision: 2, confirm: false }],
    });
    const high = getScores({ assessment: reloadAssessment({ assessment: draft }) });
    expect(high).not.toBe(low);
    const answers = answerMapOf(listAnswers({ assessment: draft }));
    expect(high).toEqual(scoreAssessment({ questionnaire: currentQuestionnaire, answers }));
    expect(JSON.stringify(high)).not.toBe(JSON.stringify(low));
  });
});
