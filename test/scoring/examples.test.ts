import { describe, expect, it } from "vitest";
import { questionnaireV2 } from "../../app/questionnaire/v2";
import { computeScoringExamples, criticalQuestionIds, withCriticalSet, type ExampleId } from "../../scripts/scoring-examples";

// The levels docs/decisions/011-scoring-rules-v2.md states for its worked examples, on questionnaire
// version 2 with the ADR's critical set (the content may mark it itself; withCriticalSet makes sure).

const examples = new Map(
  computeScoringExamples({ questionnaire: withCriticalSet({ questionnaire: questionnaireV2 }) }).map((example) => [example.id, example]),
);

function overallOf(id: ExampleId) {
  const example = examples.get(id);
  if (!example) throw new Error(`no example ${id}`);
  return example.result.overall;
}

describe("the worked examples of the scoring rules ADR", () => {
  it("has eleven critical questions, all in questionnaire version 2", () => {
    expect(criticalQuestionIds).toHaveLength(11);
    for (const id of criticalQuestionIds) expect(questionnaireV2.questions.some((question) => question.id === id)).toBe(true);
  });

  it("(a) everything at maturity 2: 67, 'Basis op orde' (the score's level; the critical questions below their highest option would cap it there too)", () => {
    expect(overallOf("all_two")).toMatchObject({ status: "scored", rounded: 67, uncappedLevel: "basics_in_place", level: "basics_in_place", cappedBy: null });
    expect(overallOf("all_two").criticalNotHighestQuestionIds).toHaveLength(11);
  });

  it("(b) no backups, updates, incident plan or phishing training, rest 3: a Weerbaar score, yet 'Op weg' by three critical findings", () => {
    // The exact score moves with the content (89 today); the point is a score that alone reads "Weerbaar".
    expect(overallOf("four_basics_missing")).toMatchObject({
      status: "scored",
      uncappedLevel: "resilient",
      level: "getting_there",
      cappedBy: "critical_finding",
    });
    expect([...overallOf("four_basics_missing").criticalFindingQuestionIds].sort()).toEqual(["dev-auto-updates", "gov-incident-plan", "gov-offline-backups"]);
  });

  it("(c) a branch on the national party's domain and mail, rest 3: 'Weerbaar'", () => {
    expect(overallOf("branch_on_national_domain")).toMatchObject({ status: "scored", rounded: 100, level: "resilient", cappedBy: null });
  });

  it("(d) 'weet ik niet' everywhere: no score and no level, 'not enough answers'", () => {
    const overall = overallOf("dont_know_everywhere");
    expect(overall).toMatchObject({ status: "not_enough_answers", score: null, level: null });
    expect(overall.coverage.answered).toBe(0);
    const result = examples.get("dont_know_everywhere")?.result;
    expect(result?.domains.every((domain) => domain.status === "not_enough_answers")).toBe(true);
    expect(result?.findOut.filter((item) => item.critical)).toHaveLength(11);
  });

  it("(e) 'weet ik niet' on every critical question, rest 3: 'Op weg', capped by eleven critical findings", () => {
    // 75 today ("Basis op orde" by the score alone); with other content the score moves, the cap does not.
    expect(overallOf("dont_know_on_critical")).toMatchObject({ status: "scored", level: "getting_there", cappedBy: "critical_finding" });
    expect(overallOf("dont_know_on_critical").criticalFindingQuestionIds).toHaveLength(11);
  });
});
