// Demo branches of a national party, at different levels of sharing and progress, so the party overview shows
// something real on a fresh demo database. Also used by scripts/seed-party.ts to seed a party of 300 branches.
import { randomBytes } from "node:crypto";
import type { Db } from "../db/client";
import { answers, assessments, memberships, organisations, planActions, users } from "../db/schema";
import { currentQuestionnaire } from "../app/questionnaire/current";
import { visibleQuestions, type AnswerValue } from "../app/questionnaire/answers";
import { scoreAssessment } from "../app/scoring";
import { buildPlan } from "../app/plan";
import { dutchToday } from "../app/plan/elections";
import type { SharingLevel } from "../app/branches/sharing";
import { demoDates } from "./demo-dates";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Writer = Db | Tx;

export type BranchSpec = {
  name: string;
  sharing: SharingLevel;
  /** Whether the branch chose the level itself (else it still has the default). */
  chosen: boolean;
  progress: "none" | "draft" | "submitted";
  /** 0–1: how far along a draft is, or how strong a submitted assessment's answers are. */
  strength: number;
  /** Plan actions marked done after submission. */
  done?: number;
  itLeadEmail?: string;
};

export const demoBranches: readonly BranchSpec[] = [
  {
    name: "Demopartij Amsterdam",
    sharing: "everything",
    chosen: true,
    progress: "submitted",
    strength: 0.75,
    done: 4,
    itLeadEmail: "afdeling-amsterdam@demo.test",
  },
  { name: "Demopartij Rotterdam", sharing: "scores", chosen: true, progress: "submitted", strength: 0.55, done: 2 },
  { name: "Demopartij Groningen", sharing: "scores", chosen: true, progress: "submitted", strength: 0.4, done: 1 },
  { name: "Demopartij Eindhoven", sharing: "scores", chosen: true, progress: "submitted", strength: 0.65, done: 0 },
  { name: "Demopartij Arnhem", sharing: "scores", chosen: true, progress: "submitted", strength: 0.5, done: 3 },
  { name: "Demopartij Zwolle", sharing: "progress", chosen: false, progress: "draft", strength: 0.6 },
  { name: "Demopartij Leiden", sharing: "progress", chosen: true, progress: "none", strength: 0 },
  { name: "Demopartij Maastricht", sharing: "nothing", chosen: true, progress: "submitted", strength: 0.7 },
];

const newId = () => randomBytes(12).toString("base64url");

function spread(questionId: string, salt: number): number {
  let hash = salt;
  for (const char of questionId) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_003;
  return (hash % 1000) / 1000;
}

/** Deterministic answers: a stronger branch picks higher options; now and then "don't know". */
function branchAnswers({ strength, salt }: { strength: number; salt: number }): Record<string, AnswerValue> {
  const result: Record<string, AnswerValue> = {};
  for (const question of currentQuestionnaire.questions) {
    const roll = spread(question.id, salt);
    if (roll < 0.05) {
      result[question.id] = { kind: "dont_know" };
      continue;
    }
    const sorted = [...question.options].sort((a, b) => a.maturity - b.maturity);
    const index = Math.min(sorted.length - 1, Math.max(0, Math.round((strength * 0.7 + roll * 0.5 - 0.1) * (sorted.length - 1))));
    const option = sorted[index];
    if (option) result[question.id] = { kind: "option", optionId: option.id };
  }
  return result;
}

/** Inserts branches of `partyId` as specified, each with an IT lead, assessments and plan follow-up. */
export function seedBranches({
  db,
  partyId,
  branches,
  passwordHash,
  today = dutchToday(),
  salt = 1,
}: {
  db: Writer;
  partyId: string;
  branches: readonly BranchSpec[];
  passwordHash: string;
  today?: string;
  salt?: number;
}): string[] {
  const dates = demoDates({ today });
  const ids: string[] = [];
  branches.forEach((spec, index) => {
    const branchId = newId();
    ids.push(branchId);
    const lead = newId();
    db.insert(organisations)
      .values({
        id: branchId,
        name: spec.name,
        kind: "local_branch",
        parentId: partyId,
        sharingLevel: spec.sharing,
        sharingSetAt: spec.chosen ? dates.submitted.createdAt : null,
      })
      .run();
    db.insert(users)
      .values({
        id: lead,
        email: spec.itLeadEmail ?? `it-${branchId.toLowerCase()}@demo.test`,
        name: `IT-verantwoordelijke ${spec.name.replace(/^Demopartij /, "")}`,
        passwordHash,
      })
      .run();
    db.insert(memberships).values({ id: newId(), userId: lead, organisationId: branchId, role: "it_lead" }).run();
    if (spec.progress === "none") return;
    const all = branchAnswers({ strength: spec.strength, salt: salt + index * 13 });
    const picked: Record<string, AnswerValue> =
      spec.progress === "submitted" ? all : Object.fromEntries(Object.entries(all).filter(([questionId]) => spread(questionId, salt + index) < spec.strength));
    const visible = visibleQuestions(currentQuestionnaire, picked);
    const assessmentId = newId();
    const submitted = spec.progress === "submitted";
    const snapshot = submitted ? scoreAssessment({ questionnaire: currentQuestionnaire, answers: picked }) : null;
    db.insert(assessments)
      .values({
        id: assessmentId,
        organisationId: branchId,
        questionnaireVersion: currentQuestionnaire.version,
        electionType: dates.election.type,
        electionDate: dates.election.date,
        status: submitted ? "submitted" : "draft",
        createdByUserId: lead,
        createdAt: dates.submitted.createdAt,
        submittedAt: submitted ? dates.submitted.submittedAt : null,
        submittedByUserId: submitted ? lead : null,
        scoreSnapshot: snapshot,
        overallScore: snapshot?.overall.rounded ?? null,
      })
      .run();
    for (const question of visible) {
      const value = picked[question.id];
      if (!value) continue;
      db.insert(answers)
        .values({
          assessmentId,
          questionId: question.id,
          kind: value.kind,
          optionId: value.kind === "option" ? value.optionId : null,
          // A branch's own note: never shown to its party, whatever it shares.
          note: question.critical ? "Eigen toelichting van de afdeling." : "",
          revision: 1,
          updatedByUserId: lead,
          updatedAt: dates.submitted.answeredAt,
        })
        .run();
    }
    if (submitted && spec.done) {
      const plan = buildPlan({
        questionnaire: currentQuestionnaire,
        answers: picked,
        electionDate: dates.election.date,
        nominationDate: null,
        today,
        planDate: dutchToday(dates.submitted.submittedAt),
      });
      for (const action of plan.slice(0, spec.done)) {
        db.insert(planActions)
          .values({ assessmentId, actionKey: action.key, status: "done", updatedByUserId: lead, updatedAt: dates.submitted.answeredAt })
          .run();
      }
    }
  });
  return ids;
}

/** The demo's branches of Demopartij (called from seedDemoData, inside its transaction). */
export function seedDemoBranches({ db, partyId, passwordHash }: { db: Writer; partyId: string; passwordHash: string }): void {
  seedBranches({ db, partyId, branches: demoBranches, passwordHash });
}

/** Specs for a party of `count` branches: every sharing level and stage, in a fixed, varied mix. */
export function manyBranches({ count }: { count: number }): BranchSpec[] {
  const levels: SharingLevel[] = ["progress", "scores", "scores", "everything", "nothing", "progress", "scores"];
  const stages: Array<BranchSpec["progress"]> = ["submitted", "submitted", "draft", "none", "submitted"];
  return Array.from({ length: count }, (_, index) => ({
    name: `Afdeling ${String(index + 1).padStart(3, "0")}`,
    sharing: levels[index % levels.length] ?? "progress",
    chosen: index % 5 !== 0,
    progress: stages[index % stages.length] ?? "none",
    strength: ((index * 37) % 100) / 100,
    done: index % 4,
  }));
}
