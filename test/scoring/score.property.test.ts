import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maturityOf, visibleQuestions, type AnswerMap, type AnswerValue } from "../../app/questionnaire/answers";
import { questionnaireVersions } from "../../app/questionnaire/current";
import type { Question, Questionnaire } from "../../app/questionnaire/schema";
import { questionnaireV2 } from "../../app/questionnaire/v2";
import { highestMaturity, rankLevel, scoreAssessment, type ScoreResult } from "../../app/scoring";
import { countCheckedCases } from "../helpers/checked-cases";

// Property tests of scoring rules version 2 over random answer sets of every real questionnaire version
// (version 2 is imported directly until it is registered as a version; deduplicated by version number).

const questionnaires: Questionnaire[] = [
  ...new Map([...questionnaireVersions.values(), questionnaireV2].map((questionnaire) => [questionnaire.version, questionnaire])).values(),
];

const dontKnow: AnswerValue = { kind: "dont_know" };
const notApplicable: AnswerValue = { kind: "not_applicable" };
const chosen = (optionId: string): AnswerValue => ({ kind: "option", optionId });

/** What the answer form can store: an option, "don't know", no answer, and "not applicable" where offered. */
function answerArbitrary(question: Question): fc.Arbitrary<AnswerValue | undefined> {
  const choices: Array<fc.WeightedArbitrary<AnswerValue | undefined>> = [
    { weight: 8, arbitrary: fc.constantFrom(...question.options).map((option) => chosen(option.id)) },
    { weight: 1, arbitrary: fc.constant(dontKnow) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  ];
  if (question.allowNotApplicable) choices.push({ weight: 1, arbitrary: fc.constant(notApplicable) });
  return fc.oneof(...choices);
}

/** Anything at all, also what the form never stores (N/A where not offered, an option the question lacks). */
function anyAnswerArbitrary(question: Question): fc.Arbitrary<AnswerValue | undefined> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...question.options).map((option) => chosen(option.id)) },
    { weight: 1, arbitrary: fc.constantFrom<AnswerValue | undefined>(dontKnow, notApplicable, undefined, chosen("no-such-option")) },
  );
}

function answerMapArbitrary(questionnaire: Questionnaire, arbitrary = answerArbitrary): fc.Arbitrary<Record<string, AnswerValue | undefined>> {
  return fc.record(Object.fromEntries(questionnaire.questions.map((question) => [question.id, arbitrary(question)])));
}

/** Questions whose answer decides whether another question is shown. */
function conditionTargets(questionnaire: Questionnaire): Set<string> {
  return new Set(questionnaire.questions.flatMap((question) => (question.condition ? [question.condition.questionId] : [])));
}

/**
 * The order "improving an answer" follows: no answer and "don't know" both rank below every option
 * (and equal to each other), options rank by maturity. Not applicable is ranked only below the highest
 * option (checked separately): it is not a worse or better answer than a real option.
 */
function rankOf(question: Question, answer: AnswerValue | undefined): number {
  if (answer === undefined || answer.kind === "dont_know") return -1;
  return maturityOf(question, answer) ?? -1;
}

/** A worse and a better answer to one question, by the order above (never two equal ones). */
function improvementArbitrary(question: Question): fc.Arbitrary<[AnswerValue | undefined, AnswerValue | undefined]> {
  const ladder: Array<AnswerValue | undefined> = [undefined, dontKnow, ...question.options.map((option) => chosen(option.id))];
  return fc.tuple(fc.nat(ladder.length - 1), fc.nat(ladder.length - 1)).map(([a, b]): [AnswerValue | undefined, AnswerValue | undefined] => {
    const [x, y] = [ladder[a], ladder[b]];
    return rankOf(question, x) <= rankOf(question, y) ? [x, y] : [y, x];
  });
}

function same(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Nothing the party sees gets worse: no shown domain score, overall score or level drops, none disappears. */
function expectNotWorse(before: ScoreResult, after: ScoreResult): void {
  before.domains.forEach((domain, index) => {
    const later = after.domains[index];
    if (!later) throw new Error("domain missing after the change");
    if (domain.maxPoints > 0 && later.maxPoints > 0) expect(later.points / later.maxPoints).toBeGreaterThanOrEqual(domain.points / domain.maxPoints);
    if (domain.status !== "scored") return;
    expect(later.status, `${domain.domain} lost its score`).toBe("scored");
    expect(later.score ?? -1).toBeGreaterThanOrEqual(domain.score ?? Infinity);
  });
  if (before.overall.status !== "scored") return;
  expect(after.overall.status, "the total lost its score").toBe("scored");
  expect(after.overall.score ?? -1).toBeGreaterThanOrEqual(before.overall.score ?? Infinity);
  const [was, is] = [before.overall.level, after.overall.level];
  if (!was || !is) throw new Error("a scored total without a level");
  expect(rankLevel({ level: is })).toBeGreaterThanOrEqual(rankLevel({ level: was }));
}

/** Whether a follow-up counts as closed (maturity 0), worked out recursively and apart from app/scoring. */
function isClosed(questionnaire: Questionnaire, answers: AnswerMap, question: Question): boolean {
  const condition = question.condition;
  if (!condition) return false;
  const parent = questionnaire.questions.find((candidate) => candidate.id === condition.questionId);
  if (!parent) return false;
  if (isClosed(questionnaire, answers, parent)) return true;
  if (!visibleQuestions(questionnaire, answers).some((visible) => visible.id === parent.id)) return false;
  const answer = answers[parent.id];
  if (answer?.kind === "not_applicable") return false;
  return !(answer?.kind === "option" && condition.optionIds.includes(answer.optionId));
}

describe.each(questionnaires.map((questionnaire) => [questionnaire.version, questionnaire] as const))(
  "scoring rules version 2 on questionnaire version %i",
  (_version, questionnaire) => {
    const targets = conditionTargets(questionnaire);

    it("opens every follow-up on an upward-closed set of its parent's options (the follow-up rule needs it)", () => {
      const followUps = questionnaire.questions.filter((question) => question.condition);
      expect(followUps.length).toBeGreaterThan(0);
      for (const question of followUps) {
        const condition = question.condition;
        const parent = questionnaire.questions.find((candidate) => candidate.id === condition?.questionId);
        if (!condition || !parent) throw new Error(`${question.id}: condition on a missing question`);
        expect(questionnaire.questions.indexOf(parent)).toBeLessThan(questionnaire.questions.indexOf(question));
        const opening = parent.options.filter((option) => condition.optionIds.includes(option.id));
        expect(opening.length).toBe(condition.optionIds.length);
        const lowest = Math.min(...opening.map((option) => option.maturity));
        const shouldOpen = parent.options.filter((option) => option.maturity >= lowest).map((option) => option.id);
        expect([...condition.optionIds].sort(), `${question.id} opens on ${condition.optionIds.join(", ")}`).toEqual(shouldOpen.sort());
      }
    });

    it("keeps scores within 0–100, shows a score only with status 'scored', and the total between the domains", () => {
      fc.assert(
        fc.property(answerMapArbitrary(questionnaire, anyAnswerArbitrary), (answers) => {
          const result = scoreAssessment({ questionnaire, answers });
          const exact: number[] = [];
          for (const domain of result.domains) {
            expect(domain.score === null).toBe(domain.status !== "scored");
            expect(domain.rounded === null).toBe(domain.status !== "scored");
            expect(domain.status === "not_applicable").toBe(domain.maxPoints === 0);
            if (domain.maxPoints > 0) exact.push((100 * domain.points) / domain.maxPoints);
            if (domain.score === null) continue;
            expect(domain.score).toBeGreaterThanOrEqual(0);
            expect(domain.score).toBeLessThanOrEqual(100);
            expect(domain.rounded).toBe(Math.round(domain.score));
          }
          expect(result.overall.level === null).toBe(result.overall.status !== "scored");
          if (result.overall.score === null) return;
          expect(result.overall.score).toBeGreaterThanOrEqual(Math.min(...exact) - 1e-9);
          expect(result.overall.score).toBeLessThanOrEqual(Math.max(...exact) + 1e-9);
          expect(result.overall.rounded).toBe(Math.round(result.overall.score));
        }),
        { numRuns: 200 },
      );
    });

    it("never lowers a score, a level or a status when one answer improves (any question, parents included)", () => {
      const counter = countCheckedCases({ name: "improve one answer" });
      fc.assert(
        fc.property(
          answerMapArbitrary(questionnaire),
          fc.constantFrom(...questionnaire.questions).chain((question) => fc.tuple(fc.constant(question), improvementArbitrary(question))),
          (answers, [question, [worse, better]]) => {
            if (same(worse, better)) return;
            counter.checked();
            const before = scoreAssessment({ questionnaire, answers: { ...answers, [question.id]: worse } });
            const after = scoreAssessment({ questionnaire, answers: { ...answers, [question.id]: better } });
            expectNotWorse(before, after);
          },
        ),
        { numRuns: 600 },
      );
      counter.expectAtLeast(400);
    });

    it("never lowers anything when the answer that opens a follow-up improves, also while the follow-up is unanswered", () => {
      const parents = questionnaire.questions.filter((question) => targets.has(question.id));
      const followUpOf = new Map(
        questionnaire.questions.flatMap((question) => (question.condition ? [[question.condition.questionId, question] as const] : [])),
      );
      const opened = countCheckedCases({ name: "follow-up opened" });
      const unansweredOpened = countCheckedCases({ name: "follow-up opened while unanswered" });
      fc.assert(
        fc.property(
          answerMapArbitrary(questionnaire),
          fc.constantFrom(...parents).chain((question) => fc.tuple(fc.constant(question), improvementArbitrary(question))),
          fc.boolean(),
          (answers, [parent, [worse, better]], leaveFollowUpOpen) => {
            const followUp = followUpOf.get(parent.id);
            if (!followUp || same(worse, better)) return;
            const base: Record<string, AnswerValue | undefined> = { ...answers };
            if (leaveFollowUpOpen) delete base[followUp.id];
            const beforeAnswers = { ...base, [parent.id]: worse };
            const afterAnswers = { ...base, [parent.id]: better };
            const shown = (map: AnswerMap) => visibleQuestions(questionnaire, map).some((question) => question.id === followUp.id);
            if (shown(beforeAnswers) || !shown(afterAnswers)) return;
            opened.checked();
            if (base[followUp.id] === undefined) unansweredOpened.checked();
            expectNotWorse(scoreAssessment({ questionnaire, answers: beforeAnswers }), scoreAssessment({ questionnaire, answers: afterAnswers }));
          },
        ),
        { numRuns: 800 },
      );
      opened.expectAtLeast(100);
      unansweredOpened.expectAtLeast(40);
    });

    it("never scores 'not applicable' better than the highest option, on questions that open no follow-up", () => {
      const offered = questionnaire.questions.filter((question) => question.allowNotApplicable && !targets.has(question.id));
      const counter = countCheckedCases({ name: "not applicable versus highest option" });
      if (offered.length === 0) return;
      fc.assert(
        fc.property(answerMapArbitrary(questionnaire), fc.constantFrom(...offered), (answers, question) => {
          const highest = question.options.find((option) => option.maturity === highestMaturity({ question }));
          if (!highest) throw new Error(`${question.id} has no options`);
          if (!visibleQuestions(questionnaire, answers).some((visible) => visible.id === question.id)) return;
          counter.checked();
          const before = scoreAssessment({ questionnaire, answers: { ...answers, [question.id]: notApplicable } });
          const after = scoreAssessment({ questionnaire, answers: { ...answers, [question.id]: chosen(highest.id) } });
          expectNotWorse(before, after);
        }),
        { numRuns: 300 },
      );
      counter.expectAtLeast(150);
    });

    it("scores 'don't know' and no answer exactly like the lowest option, and both alike", () => {
      const counter = countCheckedCases({ name: "don't know as maturity 0" });
      fc.assert(
        fc.property(answerMapArbitrary(questionnaire), fc.constantFrom(...questionnaire.questions), (answers, question) => {
          const lowest = question.options.find((option) => option.maturity === 0);
          const opensFollowUp = questionnaire.questions.some(
            (candidate) => candidate.condition?.questionId === question.id && lowest && candidate.condition.optionIds.includes(lowest.id),
          );
          if (!lowest || opensFollowUp) return;
          counter.checked();
          const withDontKnow = scoreAssessment({ questionnaire, answers: { ...answers, [question.id]: dontKnow } });
          const withNone = scoreAssessment({ questionnaire, answers: { ...answers, [question.id]: undefined } });
          const withLowest = scoreAssessment({ questionnaire, answers: { ...answers, [question.id]: chosen(lowest.id) } });
          const points = (result: ScoreResult) => result.domains.map((domain) => [domain.points, domain.maxPoints]);
          expect(points(withDontKnow)).toEqual(points(withLowest));
          expect(points(withNone)).toEqual(points(withLowest));
          expect(withNone.overall.level).toBe(withDontKnow.overall.level);
          expect(withNone.overall.status).toBe(withDontKnow.overall.status);
        }),
        { numRuns: 300 },
      );
      counter.expectAtLeast(250);
    });

    it("counts shown, closed and left-out questions in the score as the follow-up rule says", () => {
      fc.assert(
        fc.property(answerMapArbitrary(questionnaire, anyAnswerArbitrary), (answers) => {
          const result = scoreAssessment({ questionnaire, answers });
          const visible = new Set(visibleQuestions(questionnaire, answers).map((question) => question.id));
          for (const domain of result.domains) {
            let points = 0;
            let maxPoints = 0;
            for (const question of questionnaire.questions.filter((candidate) => candidate.domain === domain.domain)) {
              const answer = answers[question.id];
              if (visible.has(question.id) && answer?.kind !== "not_applicable") {
                points += question.weight * (maturityOf(question, answer) ?? 0);
                maxPoints += question.weight * 3;
              } else if (isClosed(questionnaire, answers, question)) {
                maxPoints += question.weight * 3;
              }
            }
            expect([domain.points, domain.maxPoints]).toEqual([points, maxPoints]);
          }
        }),
        { numRuns: 200 },
      );
    });

    it("gives a domain and the total a score only with at least 80 % of the counted questions answered with an option", () => {
      fc.assert(
        fc.property(answerMapArbitrary(questionnaire, anyAnswerArbitrary), (answers) => {
          const result = scoreAssessment({ questionnaire, answers });
          const visible = visibleQuestions(questionnaire, answers);
          let allAnswered = 0;
          let allCounted = 0;
          for (const domain of result.domains) {
            let answered = 0;
            let counted = 0;
            for (const question of visible.filter((candidate) => candidate.domain === domain.domain)) {
              const answer = answers[question.id];
              const hasOption = maturityOf(question, answer) !== null;
              if (hasOption) answered += 1;
              if (answer?.kind !== "not_applicable" && (hasOption || !question.condition)) counted += 1;
            }
            allAnswered += answered;
            allCounted += counted;
            expect(domain.coverage).toEqual({ answered, counted, needed: Math.max(0, Math.ceil(0.8 * counted - 1e-9) - answered) });
            if (domain.maxPoints > 0) expect(domain.status).toBe(answered >= 0.8 * counted - 1e-9 ? "scored" : "not_enough_answers");
          }
          expect(result.overall.coverage.answered).toBe(allAnswered);
          expect(result.overall.coverage.counted).toBe(allCounted);
          if (result.overall.status !== "not_applicable")
            expect(result.overall.status).toBe(allAnswered >= 0.8 * allCounted - 1e-9 ? "scored" : "not_enough_answers");
        }),
        { numRuns: 200 },
      );
    });

    it("makes every critical 'don't know', unanswered or maturity 0–1 a critical finding that caps the level at 'getting there'", () => {
      const capped = countCheckedCases({ name: "critical finding with a level" });
      fc.assert(
        fc.property(answerMapArbitrary(questionnaire, anyAnswerArbitrary), (answers) => {
          const result = scoreAssessment({ questionnaire, answers });
          const visibleCritical = visibleQuestions(questionnaire, answers).filter(
            (question) => question.critical && answers[question.id]?.kind !== "not_applicable",
          );
          const expected = visibleCritical.filter((question) => {
            const maturity = maturityOf(question, answers[question.id]);
            return maturity === null || maturity <= 1;
          });
          const closed = questionnaire.questions.filter((question) => question.critical && isClosed(questionnaire, answers, question));
          expect(new Set(result.overall.criticalFindingQuestionIds)).toEqual(new Set([...expected, ...closed].map((question) => question.id)));
          expect(result.criticalFindings.map((gap) => gap.questionId).sort()).toEqual(
            expected
              .filter((question) => maturityOf(question, answers[question.id]) !== null)
              .map((question) => question.id)
              .sort(),
          );
          expect(
            result.findOut
              .filter((item) => item.critical)
              .map((item) => item.questionId)
              .sort(),
          ).toEqual(
            visibleCritical
              .filter((question) => answers[question.id]?.kind === "dont_know")
              .map((question) => question.id)
              .sort(),
          );
          if (expected.length > 0 && result.overall.level) {
            capped.checked();
            expect(rankLevel({ level: result.overall.level })).toBeLessThanOrEqual(rankLevel({ level: "getting_there" }));
          }
        }),
        { numRuns: 300 },
      );
      capped.expectAtLeast(20);
    });

    it("reaches 'Weerbaar' only with every shown critical question at its highest option", () => {
      const top = countCheckedCases({ name: "critical questions all at their highest option" });
      const belowTop = countCheckedCases({ name: "a critical question below its highest option" });
      // Biased to the highest options, so the top level is actually reached in a good share of the cases.
      const strong = (question: Question) =>
        fc.oneof(
          { weight: 12, arbitrary: fc.constant(chosen(question.options.reduce((best, option) => (option.maturity > best.maturity ? option : best)).id)) },
          { weight: 2, arbitrary: fc.constantFrom(...question.options).map((option) => chosen(option.id)) },
          { weight: 1, arbitrary: fc.constantFrom<AnswerValue | undefined>(dontKnow, undefined) },
        );
      fc.assert(
        fc.property(answerMapArbitrary(questionnaire, strong), (answers) => {
          const result = scoreAssessment({ questionnaire, answers });
          if (result.overall.status !== "scored" || !result.overall.level) return;
          const critical = visibleQuestions(questionnaire, answers).filter((question) => question.critical);
          const allHighest = critical.every((question) => maturityOf(question, answers[question.id]) === highestMaturity({ question }));
          if (allHighest) top.checked();
          else {
            belowTop.checked();
            expect(rankLevel({ level: result.overall.level })).toBeLessThanOrEqual(rankLevel({ level: "basics_in_place" }));
          }
          if (result.overall.level === "resilient") expect(allHighest).toBe(true);
          if (allHighest && result.overall.uncappedLevel === "resilient") expect(result.overall.level).toBe("resilient");
        }),
        { numRuns: 300 },
      );
      top.expectAtLeast(20);
      belowTop.expectAtLeast(20);
    });

    it("lists exactly the shown 'don't know' answers as find-out items, and counts them per domain", () => {
      fc.assert(
        fc.property(answerMapArbitrary(questionnaire, anyAnswerArbitrary), (answers) => {
          const result = scoreAssessment({ questionnaire, answers });
          const expected = visibleQuestions(questionnaire, answers).filter((question) => answers[question.id]?.kind === "dont_know");
          expect(result.findOut.map((item) => item.questionId).sort()).toEqual(expected.map((question) => question.id).sort());
          for (const domain of result.domains) expect(domain.dontKnow).toBe(expected.filter((question) => question.domain === domain.domain).length);
        }),
        { numRuns: 200 },
      );
    });

    it("does not depend on the key order of the answer map, gives plain JSON and leaves its input alone", () => {
      fc.assert(
        fc.property(
          answerMapArbitrary(questionnaire, anyAnswerArbitrary).chain((answers) => {
            const entries = Object.entries(answers);
            return fc.tuple(fc.constant(answers), fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }));
          }),
          ([answers, shuffled]) => {
            const copy = structuredClone(answers);
            const result = scoreAssessment({ questionnaire, answers });
            expect(scoreAssessment({ questionnaire, answers: Object.fromEntries(shuffled) })).toStrictEqual(result);
            expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
            expect(answers).toEqual(copy);
          },
        ),
        { numRuns: 100 },
      );
    });
  },
);
