// The mail that follows from changes in the other models: each function reads what the message needs
// (names, never assessment content), renders it in the recipient's language and puts it in the outbox
// inside the caller's transaction.
import { and, eq, inArray, isNull } from "drizzle-orm";
import { answers, assignments, invitations, mailSends, memberships, organisations, users, type electionTypes } from "../../db/schema";
import type { MemberRole } from "../security/permissions";
import { formatDate, translate, type Language } from "../i18n/translate";
import { renderMail, type MailMessage } from "../mail/messages";
import type { AnswerValue } from "../questionnaire/answers";
import { progressOf } from "../questionnaire/answers";
import { questionnaireFor } from "../questionnaire/current";
import { getConfig } from "../utils/config.server";
import type { Db } from "../../db/client";
import { enqueueMail, type MailWriter } from "./outbox.server";

type Reader = MailWriter & Pick<Db, "select" | "insert">;

export function enqueueInvitationMail({ tx, invitationId, token, now = new Date() }: { tx: Reader; invitationId: string; token: string; now?: Date }): void {
  const row = tx
    .select({
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      organisationName: organisations.name,
      inviterName: users.name,
      inviterLanguage: users.mailLanguage,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .innerJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(eq(invitations.id, invitationId))
    .get();
  if (!row) return;
  // Someone with an account reads mail in their own language; someone new in the inviter's.
  const invitee = tx.select({ language: users.mailLanguage }).from(users).where(eq(users.email, row.email)).get();
  const language = invitee?.language ?? row.inviterLanguage;
  const link = `${getConfig().baseUrl}/invitations/${token}`;
  const content = renderMail({
    message: { kind: "invitation", organisationName: row.organisationName, inviterName: row.inviterName, role: row.role, link, expiresAt: row.expiresAt },
    language,
  });
  enqueueMail({ db: tx, kind: "invitation", recipient: row.email, content, subjectRef: `invitation:${invitationId}`, now });
}

type AssessmentRef = { id: string; organisationId: string; electionType: (typeof electionTypes)[number]; electionDate: string; questionnaireVersion: number };

function electionOf({ assessment, language }: { assessment: AssessmentRef; language: Language }): { election: string; electionDate: string } {
  return {
    election: translate(language, `election.type.${assessment.electionType}`),
    electionDate: formatDate(language, `${assessment.electionDate}T12:00:00Z`),
  };
}

function organisationNameOf({ tx, organisationId }: { tx: Reader; organisationId: string }): string {
  return tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId)).get()?.name ?? "";
}

function assessmentLink(assessmentId: string, rest = ""): string {
  return `${getConfig().baseUrl}/assessments/${assessmentId}${rest}`;
}

/** Tells each newly assigned person which sections are theirs now (domain names only), for which election. */
export function enqueueSectionsAssignedMail({
  tx,
  assessment,
  userIds,
  now = new Date(),
}: {
  tx: Reader;
  assessment: AssessmentRef;
  userIds: string[];
  now?: Date;
}): void {
  if (userIds.length === 0) return;
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const organisationName = organisationNameOf({ tx, organisationId: assessment.organisationId });
  const people = tx
    .select({ id: users.id, email: users.email, language: users.mailLanguage, disabledAt: users.disabledAt })
    .from(users)
    .where(inArray(users.id, userIds))
    .all();
  for (const person of people) {
    if (person.disabledAt) continue;
    const own = tx
      .select({ domain: assignments.domain })
      .from(assignments)
      .where(and(eq(assignments.assessmentId, assessment.id), eq(assignments.userId, person.id)))
      .all()
      .map((row) => row.domain);
    const sections = questionnaire.domains.filter((domain) => own.includes(domain.id)).map((domain) => domain.title[person.language]);
    const content = renderMail({
      message: {
        kind: "sections_assigned",
        organisationName,
        sections,
        ...electionOf({ assessment, language: person.language }),
        link: assessmentLink(assessment.id),
      },
      language: person.language,
    });
    enqueueMail({ db: tx, kind: "sections_assigned", recipient: person.email, content, now });
  }
}

/**
 * When every assigned section is fully answered, the organisation's IT leads hear it, once per assessment
 * (a mail_sends row per person), in the transaction of the answer that completed it.
 */
export function enqueueWhenAssignedSectionsAnswered({ tx, assessment, now = new Date() }: { tx: Reader; assessment: AssessmentRef; now?: Date }): void {
  const assigned = [
    ...new Set(
      tx
        .select({ domain: assignments.domain })
        .from(assignments)
        .where(eq(assignments.assessmentId, assessment.id))
        .all()
        .map((row) => row.domain),
    ),
  ];
  if (assigned.length === 0) return;
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const stored = tx
    .select({ questionId: answers.questionId, kind: answers.kind, optionId: answers.optionId })
    .from(answers)
    .where(eq(answers.assessmentId, assessment.id))
    .all();
  const answerMap: Record<string, AnswerValue | undefined> = {};
  for (const row of stored) {
    if (row.kind === "option" && row.optionId) answerMap[row.questionId] = { kind: "option", optionId: row.optionId };
    else if (row.kind === "not_applicable" || row.kind === "dont_know") answerMap[row.questionId] = { kind: row.kind };
  }
  const progress = progressOf({ questionnaire, answerMap });
  const complete = assigned.every((domain) => progress.domains.some((p) => p.domain === domain && p.answered >= p.total));
  if (!complete) return;
  sendOncePerPerson({
    tx,
    organisationId: assessment.organisationId,
    role: "it_lead",
    kind: "sections_answered",
    period: assessment.id,
    now,
    render: (language) => ({
      kind: "sections_answered",
      organisationName: organisationNameOf({ tx, organisationId: assessment.organisationId }),
      election: electionOf({ assessment, language }).election,
      link: assessmentLink(assessment.id, "/submit"),
    }),
  });
}

/** Campaign managers hear that the assessment was submitted, in the submitting transaction. */
export function enqueueSubmittedMail({ tx, assessment, now = new Date() }: { tx: Reader; assessment: AssessmentRef; now?: Date }): void {
  sendOncePerPerson({
    tx,
    organisationId: assessment.organisationId,
    role: "campaign_manager",
    kind: "assessment_submitted",
    period: assessment.id,
    now,
    render: (language) => ({
      kind: "assessment_submitted",
      organisationName: organisationNameOf({ tx, organisationId: assessment.organisationId }),
      election: electionOf({ assessment, language }).election,
      link: assessmentLink(assessment.id, "/results"),
    }),
  });
}

function sendOncePerPerson({
  tx,
  organisationId,
  role,
  kind,
  period,
  now,
  render,
}: {
  tx: Reader;
  organisationId: string;
  role: MemberRole;
  kind: string;
  period: string;
  now: Date;
  render: (language: Language) => MailMessage;
}): void {
  const people = tx
    .select({ id: users.id, email: users.email, language: users.mailLanguage })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, role), isNull(users.disabledAt)))
    .all();
  for (const person of people) {
    const recorded = tx.insert(mailSends).values({ userId: person.id, kind, period, sentAt: now }).onConflictDoNothing().run();
    if (recorded.changes !== 1) continue;
    enqueueMail({ db: tx, kind, recipient: person.email, content: renderMail({ message: render(person.language), language: person.language }), now });
  }
}
