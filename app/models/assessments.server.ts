import { and, asc, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { answers, assessments, assignments, memberships, planActions, users } from "../../db/schema";
import { getDb, preparedQuery } from "../db.server";
import type { MemberRole } from "../auth/permissions";
import { can } from "../auth/permissions";
import { currentQuestionnaire, questionnaireVersions } from "../questionnaire/current";
import { visibleQuestions, type AnswerMap, type AnswerValue } from "../questionnaire/answers";
import type { DomainId, Questionnaire } from "../questionnaire/schema";
import { scoreAssessment } from "../scoring";
import type { ElectionType } from "../plan/elections";
import { createId } from "../utils/crypto.server";
import { recordAuditEvent } from "./audit.server";

export const noteMaxLength = 2000;

/** The acting member, as routes pass it in; every query below is limited to this organisation. */
export type Actor = { userId: string; organisationId: string; role: MemberRole; ipAddress: string };

export type AssessmentRow = typeof assessments.$inferSelect;

export type StoredAnswer = {
  questionId: string;
  value: AnswerValue | null;
  note: string;
  revision: number;
  carriedOver: boolean;
  updatedByName: string | null;
  updatedAt: Date;
};

export function questionnaireFor(version: number): Questionnaire {
  const questionnaire = questionnaireVersions.get(version);
  if (!questionnaire) throw new Error(`Questionnaire version ${version} is not available`);
  return questionnaire;
}

function toValue(kind: string | null, optionId: string | null): AnswerValue | null {
  if (kind === "option" && optionId) return { kind: "option", optionId };
  if (kind === "not_applicable") return { kind: "not_applicable" };
  if (kind === "dont_know") return { kind: "dont_know" };
  return null;
}

const assessmentOfOrganisation = preparedQuery((db) =>
  db
    .select()
    .from(assessments)
    .where(and(eq(assessments.id, sql.placeholder("id")), eq(assessments.organisationId, sql.placeholder("organisationId"))))
    .prepare(),
);

/** One assessment of the actor's organisation, or undefined (also for another organisation's id). */
export function getAssessment({ id, organisationId }: { id: string; organisationId: string }): AssessmentRow | undefined {
  return assessmentOfOrganisation().get({ id, organisationId });
}

const storedAnswerColumns = {
  questionId: answers.questionId,
  kind: answers.kind,
  optionId: answers.optionId,
  note: answers.note,
  revision: answers.revision,
  carriedOver: answers.carriedOver,
  updatedByName: users.name,
  updatedAt: answers.updatedAt,
};
const answersOfAssessment = preparedQuery((db) =>
  db
    .select(storedAnswerColumns)
    .from(answers)
    .leftJoin(users, eq(users.id, answers.updatedByUserId))
    .where(eq(answers.assessmentId, sql.placeholder("assessmentId")))
    .prepare(),
);
const answerOfQuestion = preparedQuery((db) =>
  db
    .select(storedAnswerColumns)
    .from(answers)
    .leftJoin(users, eq(users.id, answers.updatedByUserId))
    .where(and(eq(answers.assessmentId, sql.placeholder("assessmentId")), eq(answers.questionId, sql.placeholder("questionId"))))
    .prepare(),
);

/** Stored answers of an assessment that the caller has already fetched with getAssessment. */
export function listAnswers({ assessment }: { assessment: AssessmentRow }): StoredAnswer[] {
  return answersOfAssessment()
    .all({ assessmentId: assessment.id })
    .map((row) => ({ ...row, value: toValue(row.kind, row.optionId) }));
}

/** The stored answer to one question, if any (autosave needs only that one). */
export function getStoredAnswer({ assessment, questionId }: { assessment: AssessmentRow; questionId: string }): StoredAnswer | undefined {
  const row = answerOfQuestion().get({ assessmentId: assessment.id, questionId });
  return row ? { ...row, value: toValue(row.kind, row.optionId) } : undefined;
}

export function answerMapOf(stored: StoredAnswer[]): Record<string, AnswerValue | undefined> {
  const map: Record<string, AnswerValue | undefined> = {};
  for (const answer of stored) if (answer.value) map[answer.questionId] = answer.value;
  return map;
}

export type DomainProgress = { domain: DomainId; answered: number; total: number };

/** Answered / total over visible questions, per domain and overall. */
export function progressOf({ questionnaire, answerMap }: { questionnaire: Questionnaire; answerMap: AnswerMap }) {
  const visible = visibleQuestions(questionnaire, answerMap);
  const domains: DomainProgress[] = questionnaire.domains.map((domain) => {
    const inDomain = visible.filter((question) => question.domain === domain.id);
    return { domain: domain.id, answered: inDomain.filter((question) => answerMap[question.id]).length, total: inDomain.length };
  });
  const answered = domains.reduce((sum, d) => sum + d.answered, 0);
  const total = domains.reduce((sum, d) => sum + d.total, 0);
  return { domains, answered, total };
}

/** The assessments of one organisation, newest first, with progress, people and score. */
export function listAssessments({ organisationId }: { organisationId: string }) {
  const db = getDb();
  const rows = db.select().from(assessments).where(eq(assessments.organisationId, organisationId)).orderBy(desc(assessments.createdAt)).all();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const allAnswers = db
    .select({ assessmentId: answers.assessmentId, questionId: answers.questionId, kind: answers.kind, optionId: answers.optionId, updatedByName: users.name })
    .from(answers)
    .leftJoin(users, eq(users.id, answers.updatedByUserId))
    .where(inArray(answers.assessmentId, ids))
    .all();
  const assigned = db
    .select({ assessmentId: assignments.assessmentId, domain: assignments.domain, userId: assignments.userId, name: users.name })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.userId))
    .where(inArray(assignments.assessmentId, ids))
    .orderBy(asc(assignments.domain))
    .all();
  return rows.map((row) => {
    const mine = allAnswers.filter((answer) => answer.assessmentId === row.id);
    const map: Record<string, AnswerValue | undefined> = {};
    for (const answer of mine) {
      const value = toValue(answer.kind, answer.optionId);
      if (value) map[answer.questionId] = value;
    }
    const progress = progressOf({ questionnaire: questionnaireFor(row.questionnaireVersion), answerMap: map });
    const assignedHere = assigned.filter((a) => a.assessmentId === row.id);
    const people = new Set<string>([...assignedHere.map((a) => a.name), ...mine.map((a) => a.updatedByName).filter((n): n is string => Boolean(n))]);
    return {
      id: row.id,
      electionType: row.electionType,
      electionDate: row.electionDate,
      status: row.status,
      createdAt: row.createdAt,
      submittedAt: row.submittedAt,
      archivedAt: row.archivedAt,
      overallScore: row.overallScore,
      answered: progress.answered,
      total: progress.total,
      people: [...people].sort(),
      assignments: assignedHere.map((a) => ({ domain: a.domain, userId: a.userId })),
    };
  });
}

export type StartResult = { ok: true; id: string } | { ok: false; error: "no_submitted_assessment" };

/** Starts a draft for an election; optionally copies the answers of the last submitted assessment. */
export function startAssessment({
  actor,
  electionType,
  electionDate,
  carryOver,
  now = new Date(),
}: {
  actor: Actor;
  electionType: ElectionType;
  electionDate: string;
  carryOver: boolean;
  now?: Date;
}): StartResult {
  const db = getDb();
  const questionnaire = currentQuestionnaire;
  return db.transaction((tx) => {
    let source: AssessmentRow | undefined;
    if (carryOver) {
      source = tx
        .select()
        .from(assessments)
        .where(and(eq(assessments.organisationId, actor.organisationId), eq(assessments.status, "submitted")))
        .orderBy(desc(assessments.submittedAt))
        .limit(1)
        .get();
      if (!source) return { ok: false, error: "no_submitted_assessment" } as const;
    }
    const id = createId();
    tx.insert(assessments)
      .values({
        id,
        organisationId: actor.organisationId,
        questionnaireVersion: questionnaire.version,
        electionType,
        electionDate,
        status: "draft",
        createdByUserId: actor.userId,
        createdAt: now,
        carriedFromAssessmentId: source?.id ?? null,
      })
      .run();
    if (source) {
      const previous = tx.select().from(answers).where(eq(answers.assessmentId, source.id)).all();
      // Only answers that still mean the same thing are copied: the question and option must exist in
      // the version the new assessment answers.
      const copies = previous.filter((answer) => {
        const question = questionnaire.questions.find((q) => q.id === answer.questionId);
        if (!question || !answer.kind) return false;
        if (answer.kind === "option") return question.options.some((option) => option.id === answer.optionId);
        if (answer.kind === "not_applicable") return question.allowNotApplicable;
        return true;
      });
      for (const answer of copies) {
        tx.insert(answers)
          .values({
            assessmentId: id,
            questionId: answer.questionId,
            kind: answer.kind,
            optionId: answer.optionId,
            note: answer.note,
            revision: 1,
            carriedOver: true,
            updatedByUserId: answer.updatedByUserId,
            updatedAt: answer.updatedAt,
          })
          .run();
      }
    }
    if (source) {
      // Follow-up carries over where the same action appears again (same action key).
      const previousFollowUp = tx.select().from(planActions).where(eq(planActions.assessmentId, source.id)).all();
      for (const row of previousFollowUp) tx.insert(planActions).values({ ...row, assessmentId: id }).run();
    }
    recordAuditEvent({
      action: "assessment_started",
      actorUserId: actor.userId,
      organisationId: actor.organisationId,
      targetType: "assessment",
      targetId: id,
      ipAddress: actor.ipAddress,
      details: { carriedOver: Boolean(source) },
    });
    return { ok: true, id } as const;
  });
}

/** Users assigned per domain. */
export function listAssignments({ assessment }: { assessment: AssessmentRow }) {
  return getDb()
    .select({ domain: assignments.domain, userId: assignments.userId, name: users.name })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.userId))
    .where(eq(assignments.assessmentId, assessment.id))
    .orderBy(asc(users.name))
    .all();
}

/** Whether the actor may change answers in this domain of a draft. */
export function mayEditDomain({ actor, assessment, domain }: { actor: Actor; assessment: AssessmentRow; domain: string }): boolean {
  if (assessment.status !== "draft") return false;
  if (can(actor.role, "assessment:edit-any-section")) return true;
  if (!can(actor.role, "assessment:edit-assigned-section")) return false;
  const row = getDb()
    .select({ userId: assignments.userId })
    .from(assignments)
    .where(and(eq(assignments.assessmentId, assessment.id), eq(assignments.domain, domain), eq(assignments.userId, actor.userId)))
    .get();
  return Boolean(row);
}

export type AssignResult = { ok: true } | { ok: false; error: "frozen" | "not_a_member" };

/** Replaces who is assigned to a domain; only members of the organisation who can answer may be chosen. */
export function assignDomain({ actor, assessment, domain, userIds }: { actor: Actor; assessment: AssessmentRow; domain: DomainId; userIds: string[] }): AssignResult {
  if (assessment.status !== "draft") return { ok: false, error: "frozen" };
  const db = getDb();
  const unique = [...new Set(userIds)];
  const eligible = unique.length
    ? db
        .select({ userId: memberships.userId, role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.organisationId, actor.organisationId), inArray(memberships.userId, unique)))
        .all()
        .filter((m) => can(m.role, "assessment:edit-assigned-section"))
    : [];
  if (eligible.length !== unique.length) return { ok: false, error: "not_a_member" };
  db.transaction((tx) => {
    tx.delete(assignments).where(and(eq(assignments.assessmentId, assessment.id), eq(assignments.domain, domain))).run();
    for (const userId of unique) tx.insert(assignments).values({ assessmentId: assessment.id, domain, userId }).run();
  });
  recordAuditEvent({
    action: "sections_assigned",
    actorUserId: actor.userId,
    organisationId: actor.organisationId,
    targetType: "assessment",
    targetId: assessment.id,
    ipAddress: actor.ipAddress,
    details: { domain, people: unique.length },
  });
  return { ok: true };
}

/** The organisation's submitted assessment before this one (by submission time), for "change since then". */
export function previousSubmitted({ assessment }: { assessment: AssessmentRow }): AssessmentRow | undefined {
  const before = assessment.submittedAt ?? new Date(8.64e15);
  return getDb()
    .select()
    .from(assessments)
    .where(and(eq(assessments.organisationId, assessment.organisationId), eq(assessments.status, "submitted"), lt(assessments.submittedAt, before)))
    .orderBy(desc(assessments.submittedAt))
    .limit(1)
    .get();
}

export type RemoveResult = { ok: true } | { ok: false; error: "not_found" | "forbidden" | "not_draft" | "not_submitted" };

/**
 * Deletes a draft with its answers, assignments and plan actions, in one transaction, filtered by the
 * actor's organisation. A submitted assessment is never deleted (it may be shared, and it is the record of
 * what was submitted): it can be archived instead.
 */
export function deleteDraftAssessment({ actor, assessmentId, now = new Date() }: { actor: Actor; assessmentId: string; now?: Date }): RemoveResult {
  if (!can(actor.role, "assessment:delete-draft")) return { ok: false, error: "forbidden" };
  return getDb().transaction((tx) => {
    const row = tx
      .select({ id: assessments.id, status: assessments.status })
      .from(assessments)
      .where(and(eq(assessments.id, assessmentId), eq(assessments.organisationId, actor.organisationId)))
      .get();
    if (!row) return { ok: false, error: "not_found" } as const;
    if (row.status !== "draft") return { ok: false, error: "not_draft" } as const;
    tx.delete(answers).where(eq(answers.assessmentId, row.id)).run();
    tx.delete(assignments).where(eq(assignments.assessmentId, row.id)).run();
    tx.delete(planActions).where(eq(planActions.assessmentId, row.id)).run();
    tx.delete(assessments).where(and(eq(assessments.id, row.id), eq(assessments.status, "draft"))).run();
    recordAuditEvent({ action: "assessment_deleted", actorUserId: actor.userId, organisationId: actor.organisationId, targetType: "assessment", targetId: row.id, ipAddress: actor.ipAddress, at: now });
    return { ok: true } as const;
  });
}

/** Archives a submitted assessment (or takes it out of the archive): hidden from the default list, still readable. */
export function setAssessmentArchived({ actor, assessmentId, archived, now = new Date() }: { actor: Actor; assessmentId: string; archived: boolean; now?: Date }): RemoveResult {
  if (!can(actor.role, "assessment:archive")) return { ok: false, error: "forbidden" };
  const changed = getDb()
    .update(assessments)
    .set({ archivedAt: archived ? now : null })
    .where(and(eq(assessments.id, assessmentId), eq(assessments.organisationId, actor.organisationId), eq(assessments.status, "submitted")))
    .run();
  if (changed.changes !== 1) {
    const exists = getDb()
      .select({ id: assessments.id })
      .from(assessments)
      .where(and(eq(assessments.id, assessmentId), eq(assessments.organisationId, actor.organisationId)))
      .get();
    return { ok: false, error: exists ? "not_submitted" : "not_found" };
  }
  recordAuditEvent({
    action: archived ? "assessment_archived" : "assessment_unarchived",
    actorUserId: actor.userId,
    organisationId: actor.organisationId,
    targetType: "assessment",
    targetId: assessmentId,
    ipAddress: actor.ipAddress,
    at: now,
  });
  return { ok: true };
}
