import { visibleQuestions, type AnswerValue } from "../questionnaire/answers";
import type { DomainId, Question, Questionnaire } from "../questionnaire/schema";
import { scoreAssessment, type ScoreResult } from "../scoring/score";
import type { ElectionType, OrganisationKind } from "./types";

/**
 * Synthetic organisations for demos, load tests and benchmarks: realistic, never real. Organisation i of a
 * seed is the same whatever the count, because each organisation draws from its own generator.
 */
export type SyntheticOrganisation = {
  index: number;
  organisationKind: OrganisationKind;
  electionType: ElectionType;
  /** YYYY-MM-DD. */
  electionDate: string;
  submittedAt: Date;
  /** Answers to the questions shown (hidden follow-ups are left out). */
  answers: Record<string, AnswerValue>;
  scores: ScoreResult;
};

/** Submissions are spread over the 18 months before this date, so a seed gives the same data on any day. */
export const syntheticReferenceDate = new Date("2026-11-01T12:00:00Z");

/** mulberry32: small, fast and good enough for test data (not for anything secret). */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashText(text: string, salt: number): number {
  let hash = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function pickWeighted<T extends string>(random: () => number, weights: ReadonlyArray<readonly [T, number]>): T {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of weights) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = weights[weights.length - 1];
  if (!last) throw new Error("no choices");
  return last[0];
}

const kindWeights = [
  ["national_party", 8],
  ["local_branch", 57],
  ["local_party", 35],
] as const;

const electionWeights: Record<OrganisationKind, ReadonlyArray<readonly [ElectionType, number]>> = {
  national_party: [
    ["tweede_kamer", 55],
    ["europees_parlement", 15],
    ["provinciale_staten", 20],
    ["gemeenteraad", 5],
    ["other", 5],
  ],
  local_branch: [
    ["gemeenteraad", 60],
    ["provinciale_staten", 20],
    ["waterschap", 8],
    ["tweede_kamer", 10],
    ["other", 2],
  ],
  local_party: [
    ["gemeenteraad", 90],
    ["waterschap", 5],
    ["other", 5],
  ],
};

// Election days per type, ascending; an organisation prepares for the first one after its submission.
const electionDates: Record<ElectionType, readonly string[]> = {
  tweede_kamer: ["2025-10-29", "2029-03-21"],
  provinciale_staten: ["2027-03-17"],
  waterschap: ["2027-03-17"],
  gemeenteraad: ["2026-03-18", "2030-03-20"],
  europees_parlement: ["2029-06-07"],
  other: ["2025-11-26", "2026-06-17", "2027-11-24"],
};

function electionAfter(type: ElectionType, submittedAt: Date): string {
  const day = submittedAt.toISOString().slice(0, 10);
  const dates = electionDates[type];
  return dates.find((date) => date > day) ?? dates[dates.length - 1] ?? "2030-03-20";
}

// National parties have staff and budgets; local parties are volunteers. Account security is the best
// known topic, disinformation response and candidate protection the least.
const kindAbility: Record<OrganisationKind, number> = { national_party: 0.7, local_branch: -0.1, local_party: -0.35 };
const domainOffset: Record<DomainId, number> = {
  accounts: 0.35,
  email_web: 0.1,
  devices: 0,
  governance: -0.05,
  people: -0.2,
  candidates: -0.35,
  disinformation: -0.45,
};

function maturityFor(latent: number): number {
  if (latent < -1) return 0;
  if (latent < 0) return 1;
  if (latent < 1) return 2;
  return 3;
}

function answerFor(question: Question, ability: number, random: () => number): AnswerValue {
  if (random() < 0.04) return { kind: "dont_know" };
  if (question.allowNotApplicable && random() < 0.05) return { kind: "not_applicable" };
  // Each question has its own difficulty, the same for every organisation: some controls are simply rarer.
  const difficulty = (hashText(question.id, 17) / 4294967296) * 1.8 - 0.9 + (question.critical ? -0.2 : 0);
  const target = maturityFor(ability + domainOffset[question.domain] - difficulty + normal(random) * 0.75);
  const option = [...question.options].sort((a, b) => Math.abs(a.maturity - target) - Math.abs(b.maturity - target) || a.maturity - b.maturity)[0];
  return option ? { kind: "option", optionId: option.id } : { kind: "dont_know" };
}

/** One synthetic organisation with a complete, submitted assessment. */
export function syntheticOrganisation({ seed, index, questionnaire }: { seed: number; index: number; questionnaire: Questionnaire }): SyntheticOrganisation {
  const random = generator(hashText(`${seed}:${index}`, 91));
  const organisationKind = pickWeighted(random, kindWeights);
  const electionType = pickWeighted(random, electionWeights[organisationKind]);
  const ability = kindAbility[organisationKind] + normal(random) * 0.8;
  const daysBefore = Math.floor(random() * 540);
  const submittedAt = new Date(syntheticReferenceDate.getTime() - daysBefore * 86_400_000 - Math.floor(random() * 36_000_000));
  const all: Record<string, AnswerValue> = {};
  for (const question of questionnaire.questions) all[question.id] = answerFor(question, ability, random);
  const shown = visibleQuestions(questionnaire, all);
  const answers: Record<string, AnswerValue> = {};
  for (const question of shown) {
    const answer = all[question.id];
    if (answer) answers[question.id] = answer;
  }
  return {
    index,
    organisationKind,
    electionType,
    electionDate: electionAfter(electionType, submittedAt),
    submittedAt,
    answers,
    scores: scoreAssessment({ questionnaire, answers }),
  };
}
