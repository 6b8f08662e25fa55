import { and, asc, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { answers, assessments, assignments, memberships, planActions, users } from "../../db/schema";
import { enqueueSectionsAssignedMail } from "./mail-events.server";
import { getDb, preparedQuery } from "../db.server";
import type { MemberRole } from "../security/permissions";
import { can } from "../security/permissions";
import { currentQuestionnaire, questionnaireFor } from "../questionnaire/current";
import { answerMapOf, progressOf, type AnswerMap, type AnswerValue } from "../questionnaire/answers";
import { mapAnswersToVersion } from "../questionnaire/migrate";
import type { DomainId } from "../questionnaire/schema";
import type { ElectionType } from "../plan/elections";
import { isPlausibleNominationDay } from "../plan/timeline";
import { createId } from "../utils/crypto.server";
import { recordAuditEvent } from "./audit.server";

// The answer rules live in app/questionnaire; these names stay importable from here for code written
// against the model before they moved (new code imports them from app/questionnaire).

/** The acting member, as routes pass it in; every query below is limited to this organisation. */
export type Actor = { userId: string; organisationId: string; role: MemberRole; ipAddress: string };

export type AssessmentRow = typeof assessments.$inferSelect;

export type StoredAnswer = {
  questionId: string;
  value: AnswerValue | null;
  note: string;
  revision: number;
  carriedOver: boolean;
  /** New or changed in the version the assessment moved to: answer it (again). */
  needsAnswer: boolean;
  updatedByName: string | null;
  updatedAt: Date;
};

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
  needsAnswer: answers.needsAnswer,
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

// The lists of the home page and the assessments page, prepared once. The answers and assignments are those
// of all the organisation's assessments, so they are selected by organisation rather than by a list of ids.
const assessmentsOfOrganisation = preparedQuery((db) =>
  db
    .select({ assessment: assessments, createdByName: users.name })
    .from(assessments)
    .leftJoin(users, eq(users.id, assessments.createdByUserId))
    .where(eq(assessments.organisationId, sql.placeholder("organisationId")))
    .orderBy(desc(assessments.createdAt))
    .prepare(),
);
const answersOfOrganisation = preparedQuery((db) =>
  db
    .select({ assessmentId: answers.assessmentId, questionId: answers.questionId, kind: answers.kind, optionId: answers.optionId, updatedByName: users.name })
    .from(answers)
    .innerJoin(assessments, eq(assessments.id, answers.assessmentId))
    .leftJoin(users, eq(users.id, answers.updatedByUserId))
    .where(eq(assessments.organisationId, sql.placeholder("organisationId")))
    .prepare(),
);
const assignmentsOfOrganisation = preparedQuery((db) =>
  db
    .select({ assessmentId: assignments.assessmentId, domain: assignments.domain, userId: assignments.userId, name: users.name })
    .from(assignments)
    .innerJoin(assessments, eq(assessments.id, assignments.assessmentId))
    .innerJoin(users, eq(users.id, assignments.userId))
    .where(eq(assessments.organisationId, sql.placeholder("organisationId")))
    .orderBy(asc(assignments.domain))
    .prepare(),
);

const rowsOfOrganisation = preparedQuery((db) =>
  db
    .select()
    .from(assessments)
    .where(eq(assessments.organisationId, sql.placeholder("organisationId")))
    .orderBy(desc(assessments.createdAt))
    .prepare(),
);

/** The stored rows of one organisation's assessments, newest first. */
export function listAssessmentRows({ organisationId }: { organisationId: string }): AssessmentRow[] {
  return rowsOfOrganisation().all({ organisationId });
}

/** The assessments of one organisation, newest first, with progress, people and score. */
export function listAssessments({ organisationId }: { organisationId: string }) {
  const rows = assessmentsOfOrganisation()
    .all({ organisationId })
    .map(({ assessment, createdByName }) => ({ ...assessment, createdByName }));
  if (rows.length === 0) return [];
  const allAnswers = answersOfOrganisation().all({ organisationId });
  const assigned = assignmentsOfOrganisation().all({ organisationId });
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
      questionnaireVersion: row.questionnaireVersion,
      status: row.status,
      createdAt: row.createdAt,
      createdByName: row.createdByName,
      submittedAt: row.submittedAt,
      archivedAt: row.archivedAt,
      overallScore: row.overallScore,
      answered: progress.answered,
      total: progress.total,
      domains: progress.domains,
      people: [...people].sort(),
      assignments: assignedHere.map((a) => ({ domain: a.domain, userId: a.userId })),
    };
  });
}

/** A draft as other lists name it: by its start date and who started it, since drafts can share an election. */
export type DraftRef = { id: string; createdAt: Date; createdByName: string | null };

export type StartResult =
  { ok: true; id: string } | { ok: false; error: "no_submitted_assessment" } | { ok: false; error: "duplicate_draft"; existing: DraftRef };

/**
 * Starts a draft for an election; optionally copies the answers of the last submitted assessment. A second
 * draft for the same election (type and day) is refused unless the IT lead confirms it, because two drafts
 * split the team's answers without anyone noticing.
 */
export function startAssessment({
  actor,
  electionType,
  electionDate,
  carryOver,
  allowSecondDraft = false,
  now = new Date(),
}: {
  actor: Actor;
  electionType: ElectionType;
  electionDate: string;
  carryOver: boolean;
  allowSecondDraft?: boolean;
  now?: Date;
}): StartResult {
  const db = getDb();
  const questionnaire = currentQuestionnaire;
  return db.transaction((tx) => {
    if (!allowSecondDraft) {
      const existing = tx
        .select({ id: assessments.id, createdAt: assessments.createdAt, createdByName: users.name })
        .from(assessments)
        .leftJoin(users, eq(users.id, assessments.createdByUserId))
        .where(
          and(
            eq(assessments.organisationId, actor.organisationId),
            eq(assessments.status, "draft"),
            eq(assessments.electionType, electionType),
            eq(assessments.electionDate, electionDate),
          ),
        )
        .orderBy(desc(assessments.createdAt))
        .limit(1)
        .get();
      if (existing) return { ok: false, error: "duplicate_draft", existing } as const;
    }
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
      const previous = tx
        .select()
        .from(answers)
        .where(eq(answers.assessmentId, source.id))
        .all()
        .map((row) => ({ ...row, value: toValue(row.kind, row.optionId) }));
      // Only answers that still mean the same thing are copied (the question and option exist in the
      // version the new assessment answers); questions that are new or changed there are marked to answer.
      const mapping = mapAnswersToVersion({
        from: questionnaireFor(source.questionnaireVersion),
        to: questionnaire,
        answers: previous.filter((answer) => answer.value),
      });
      for (const answer of mapping.moved) {
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
      for (const item of mapping.needsAnswer) {
        tx.insert(answers)
          .values({
            assessmentId: id,
            questionId: item.questionId,
            kind: null,
            optionId: null,
            note: item.note,
            revision: 1,
            needsAnswer: true,
            updatedByUserId: actor.userId,
            updatedAt: now,
          })
          .run();
      }
    }
    if (source) {
      // Follow-up carries over where the same action appears again (same action key).
      const previousFollowUp = tx.select().from(planActions).where(eq(planActions.assessmentId, source.id)).all();
      for (const row of previousFollowUp)
        tx.insert(planActions)
          .values({ ...row, assessmentId: id })
          .run();
    }
    recordAuditEvent({
      action: "assessment_started",
      actorUserId: actor.userId,
      organisationId: actor.organisationId,
      targetType: "assessment",
      targetId: id,
      ipAddress: actor.ipAddress,
      details: {
        carriedOver: Boolean(source),
        questionnaireVersion: questionnaire.version,
        ...(source ? { carriedFromVersion: source.questionnaireVersion } : {}),
      },
    });
    return { ok: true, id } as const;
  });
}

export type NominationDayResult = { ok: true } | { ok: false; error: "forbidden" | "not_before_election" | "out_of_range" };

/**
 * Corrects nomination day on an assessment (after a dissolution the royal decree sets it), or with null
 * returns to the day computed from election day. Also on a submitted assessment: the plan keeps running
 * after submission, and the answers and scores do not depend on it.
 */
export function setNominationDate({
  actor,
  assessment,
  nominationDate,
}: {
  actor: Actor;
  assessment: AssessmentRow;
  nominationDate: string | null;
}): NominationDayResult {
  if (!can(actor.role, "assessment:set-nomination-day")) return { ok: false, error: "forbidden" };
  if (nominationDate !== null && nominationDate >= assessment.electionDate) return { ok: false, error: "not_before_election" };
  if (nominationDate !== null && !isPlausibleNominationDay({ electionDate: assessment.electionDate, nominationDate }))
    return { ok: false, error: "out_of_range" };
  getDb()
    .update(assessments)
    .set({ nominationDate })
    .where(and(eq(assessments.id, assessment.id), eq(assessments.organisationId, actor.organisationId)))
    .run();
  recordAuditEvent({
    action: "nomination_day_set",
    actorUserId: actor.userId,
    organisationId: actor.organisationId,
    targetType: "assessment",
    targetId: assessment.id,
    ipAddress: actor.ipAddress,
    details: { corrected: nominationDate !== null },
  });
  return { ok: true };
}

const nameOfUser = preparedQuery((db) =>
  db
    .select({ name: users.name })
    .from(users)
    .where(eq(users.id, sql.placeholder("userId")))
    .prepare(),
);

/** The name of who started an assessment (null when that account is gone). */
export function getCreatorName({ assessment }: { assessment: AssessmentRow }): string | null {
  return nameOfUser().get({ userId: assessment.createdByUserId })?.name ?? null;
}

const assignmentsOfAssessment = preparedQuery((db) =>
  db
    .select({ domain: assignments.domain, userId: assignments.userId, name: users.name })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.userId))
    .where(eq(assignments.assessmentId, sql.placeholder("assessmentId")))
    .orderBy(asc(users.name))
    .prepare(),
);

/** Users assigned per domain. */
export function listAssignments({ assessment }: { assessment: AssessmentRow }) {
  return assignmentsOfAssessment().all({ assessmentId: assessment.id });
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

export type OwnSections = {
  /** The domains this person may change here, in questionnaire order. */
  own: DomainId[];
  /** Her next own domain after `after` (wrapping round) that still has open questions; null when none. */
  next: DomainId | null;
  /** True when she has own domains here and every one is fully answered. */
  allDone: boolean;
  /** True for someone led through her own sections (a contributor with some), not through all in order. */
  guided: boolean;
};

/**
 * A contributor's way through a draft: her own sections, not the next one in the questionnaire (which she
 * may only read). An IT lead may change every section, so for her "own" is all of them.
 */
export function ownSections({
  actor,
  assessment,
  after,
  answerMap,
}: {
  actor: Actor;
  assessment: AssessmentRow;
  after: DomainId | null;
  answerMap?: AnswerMap;
}): OwnSections {
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  if (assessment.status !== "draft") return { own: [], next: null, allDone: false, guided: false };
  let own: DomainId[];
  if (can(actor.role, "assessment:edit-any-section")) own = questionnaire.domains.map((d) => d.id);
  else if (!can(actor.role, "assessment:edit-assigned-section")) own = [];
  else {
    const mine = new Set(
      getDb()
        .select({ domain: assignments.domain })
        .from(assignments)
        .where(and(eq(assignments.assessmentId, assessment.id), eq(assignments.userId, actor.userId)))
        .all()
        .map((row) => row.domain),
    );
    own = questionnaire.domains.map((d) => d.id).filter((domain) => mine.has(domain));
  }
  // The page that asks has usually read the answers already.
  const progress = progressOf({ questionnaire, answerMap: answerMap ?? answerMapOf(listAnswers({ assessment })) });
  const open = new Set(progress.domains.filter((d) => d.answered < d.total).map((d) => d.domain));
  const start = after ? own.indexOf(after) : -1;
  const order = [...own.slice(start + 1), ...own.slice(0, start + 1)].filter((domain) => domain !== after);
  return {
    own,
    next: order.find((domain) => open.has(domain)) ?? null,
    allDone: own.length > 0 && own.every((domain) => !open.has(domain)),
    guided: own.length > 0 && !can(actor.role, "assessment:edit-any-section"),
  };
}

export type AssignResult = { ok: true } | { ok: false; error: "frozen" | "not_a_member" };

/** Replaces who is assigned to a domain; only members of the organisation who can answer may be chosen. */
export function assignDomain({
  actor,
  assessment,
  domain,
  userIds,
}: {
  actor: Actor;
  assessment: AssessmentRow;
  domain: DomainId;
  userIds: string[];
}): AssignResult {
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
    const before = tx
      .select({ userId: assignments.userId })
      .from(assignments)
      .where(and(eq(assignments.assessmentId, assessment.id), eq(assignments.domain, domain)))
      .all();
    tx.delete(assignments)
      .where(and(eq(assignments.assessmentId, assessment.id), eq(assignments.domain, domain)))
      .run();
    for (const userId of unique) tx.insert(assignments).values({ assessmentId: assessment.id, domain, userId }).run();
    // Mail for whoever is new on this section (not for assigning oneself), committed with the assignment.
    enqueueSectionsAssignedMail({
      tx,
      assessment,
      userIds: unique.filter((userId) => userId !== actor.userId && !before.some((row) => row.userId === userId)),
    });
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

// Runs on every results page: prepared once. Placeholders reach SQLite as they are, so the time is passed as
// the column stores it (milliseconds).
const latestSubmittedBefore = preparedQuery((db) =>
  db
    .select()
    .from(assessments)
    .where(
      and(
        eq(assessments.organisationId, sql.placeholder("organisationId")),
        eq(assessments.status, "submitted"),
        lt(assessments.submittedAt, sql.placeholder("before")),
      ),
    )
    .orderBy(desc(assessments.submittedAt))
    .limit(1)
    .prepare(),
);

/** The organisation's submitted assessment before this one (by submission time), for "change since then". */
export function previousSubmitted({ assessment }: { assessment: AssessmentRow }): AssessmentRow | undefined {
  const before = assessment.submittedAt ?? new Date(8.64e15);
  return latestSubmittedBefore().get({ organisationId: assessment.organisationId, before: before.getTime() });
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
    tx.delete(assessments)
      .where(and(eq(assessments.id, row.id), eq(assessments.status, "draft")))
      .run();
    recordAuditEvent({
      action: "assessment_deleted",
      actorUserId: actor.userId,
      organisationId: actor.organisationId,
      targetType: "assessment",
      targetId: row.id,
      ipAddress: actor.ipAddress,
      at: now,
    });
    return { ok: true } as const;
  });
}

/** Archives a submitted assessment (or takes it out of the archive): hidden from the default list, still readable. */
export function setAssessmentArchived({
  actor,
  assessmentId,
  archived,
  now = new Date(),
}: {
  actor: Actor;
  assessmentId: string;
  archived: boolean;
  now?: Date;
}): RemoveResult {
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
