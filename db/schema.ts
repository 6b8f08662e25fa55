import { sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { StoredScoreResult } from "../app/scoring";
import type { MeasureOwner } from "../app/questionnaire/schema";

const now = sql`(unixepoch('subsec') * 1000)`;
const timestamp = (name: string) => integer(name, { mode: "timestamp_ms" });

export const organisationKinds = ["national_party", "local_branch", "local_party"] as const;
export const memberRoles = ["it_lead", "contributor", "campaign_manager"] as const;
export const sharingLevels = ["nothing", "progress", "scores", "everything"] as const;
export const platformRoles = ["admin", "analyst"] as const;

export const organisations = sqliteTable(
  "organisations",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    kind: text("kind", { enum: organisationKinds }).notNull(),
    parentId: text("parent_id"),
    /** The IT lead requires two-step sign-in for every member. */
    requireTwoStep: integer("require_two_step", { mode: "boolean" }).notNull().default(false),
    disabledAt: timestamp("disabled_at"),
    createdAt: timestamp("created_at").notNull().default(now),
    /** What a local branch lets its national party see (see app/branches/sharing.ts); unused for other kinds. */
    sharingLevel: text("sharing_level", { enum: sharingLevels }).notNull().default("progress"),
    /** When the branch itself last chose its sharing level; null while the default holds (the page says so). */
    sharingSetAt: timestamp("sharing_set_at"),
    /** When the national party closed this branch: out of the overview and its figures, data kept. */
    closedAt: timestamp("closed_at"),
  },
  (table) => [index("organisations_parent_idx").on(table.parentId)],
);

export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  /** Platform-wide role (admin, analyst); null for party members. */
  platformRole: text("platform_role", { enum: platformRoles }),
  disabledAt: timestamp("disabled_at"),
  createdAt: timestamp("created_at").notNull().default(now),
  /** TOTP secret, encrypted (AES-256-GCM) with a key derived from SESSION_SECRET or ENCRYPTION_KEY. */
  totpSecretEncrypted: text("totp_secret_encrypted"),
  totpEnabledAt: timestamp("totp_enabled_at"),
  /** The last 30-second step whose code was accepted: a code is never accepted twice. */
  totpLastStep: integer("totp_last_step"),
  /** The language of the mail this person gets; Dutch unless chosen otherwise. */
  mailLanguage: text("mail_language", { enum: ["nl", "en"] })
    .notNull()
    .default("nl"),
  /** Reminder mail (digests, due dates) turned off by the person; mail about their account still comes. */
  remindersOff: integer("reminders_off", { mode: "boolean" }).notNull().default(false),
});

export const memberships = sqliteTable(
  "memberships",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    role: text("role", { enum: memberRoles }).notNull(),
    createdAt: timestamp("created_at").notNull().default(now),
  },
  (table) => [uniqueIndex("memberships_user_org_idx").on(table.userId, table.organisationId), index("memberships_org_idx").on(table.organisationId)],
);

export const invitations = sqliteTable(
  "invitations",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    email: text("email").notNull(),
    role: text("role", { enum: memberRoles }).notNull(),
    /** SHA-256 of the token; the token itself is only ever shown to the inviter. */
    tokenHash: text("token_hash").notNull().unique(),
    invitedByUserId: text("invited_by_user_id")
      .notNull()
      .references(() => users.id),
    expiresAt: timestamp("expires_at").notNull(),
    acceptedAt: timestamp("accepted_at"),
    revokedAt: timestamp("revoked_at"),
    createdAt: timestamp("created_at").notNull().default(now),
  },
  (table) => [index("invitations_org_idx").on(table.organisationId)],
);

export const sessions = sqliteTable(
  "sessions",
  {
    /** SHA-256 of the random id in the cookie, so a copy of the database cannot be replayed as cookies. */
    idHash: text("id_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    organisationId: text("organisation_id"),
    /** Password checked, second factor still to come: such a session opens nothing but the code page. */
    pendingSecondFactor: integer("pending_second_factor", { mode: "boolean" }).notNull().default(false),
    userAgent: text("user_agent"),
    ipAddress: text("ip_address"),
    createdAt: timestamp("created_at").notNull(),
    lastSeenAt: timestamp("last_seen_at").notNull(),
    expiresAt: timestamp("expires_at").notNull(),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

export const loginFailures = sqliteTable(
  "login_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    ipAddress: text("ip_address").notNull(),
    at: timestamp("at").notNull(),
  },
  (table) => [index("login_failures_email_idx").on(table.email, table.at), index("login_failures_ip_idx").on(table.ipAddress, table.at)],
);

export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: timestamp("at").notNull(),
    actorUserId: text("actor_user_id"),
    /** The e-mail as typed, for failed sign-ins where no user exists. Never a password or token. */
    actorEmail: text("actor_email"),
    organisationId: text("organisation_id"),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    ipAddress: text("ip_address"),
    details: text("details", { mode: "json" }).$type<Record<string, string | number | boolean | null>>(),
  },
  (table) => [index("audit_events_at_idx").on(table.at), index("audit_events_org_idx").on(table.organisationId, table.at)],
);

export const questionnaireVersions = sqliteTable("questionnaire_versions", {
  version: integer("version").primaryKey(),
  contentHash: text("content_hash").notNull(),
  definition: text("definition").notNull(),
  recordedAt: timestamp("recorded_at").notNull().default(now),
});

export const electionTypes = ["tweede_kamer", "provinciale_staten", "waterschap", "gemeenteraad", "europees_parlement", "other"] as const;
export const assessmentStatuses = ["draft", "submitted"] as const;
export const answerKinds = ["option", "not_applicable", "dont_know"] as const;

export const assessments = sqliteTable(
  "assessments",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    questionnaireVersion: integer("questionnaire_version").notNull(),
    electionType: text("election_type", { enum: electionTypes }).notNull(),
    /** Calendar date of election day, YYYY-MM-DD. */
    electionDate: text("election_date").notNull(),
    /**
     * The nomination day as corrected by the IT lead (Kieswet art. F 2: after a dissolution it is set by royal
     * decree), YYYY-MM-DD; null means the computed default, election day − 44.
     */
    nominationDate: text("nomination_date"),
    status: text("status", { enum: assessmentStatuses }).notNull().default("draft"),
    createdByUserId: text("created_by_user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at").notNull(),
    carriedFromAssessmentId: text("carried_from_assessment_id"),
    submittedAt: timestamp("submitted_at"),
    submittedByUserId: text("submitted_by_user_id"),
    /** Scores, findings and rules version as computed at submission; never recomputed. */
    scoreSnapshot: text("score_snapshot", { mode: "json" }).$type<StoredScoreResult>(),
    overallScore: integer("overall_score"),
    /**
     * Whether this assessment is shared with the ministry now. Deliberately a yes/no and no date: a date
     * here next to the release a contribution first entered would tie the two together. The withdrawal
     * code is never stored; the contribution keeps only its hash (ADR 018).
     */
    shared: integer("shared", { mode: "boolean" }).notNull().default(false),
    /** When an IT lead archived this submitted assessment: hidden from the default list, still readable. */
    archivedAt: timestamp("archived_at"),
  },
  (table) => [index("assessments_org_idx").on(table.organisationId, table.createdAt)],
);

export const answers = sqliteTable(
  "answers",
  {
    assessmentId: text("assessment_id")
      .notNull()
      .references(() => assessments.id),
    questionId: text("question_id").notNull(),
    /** null when only a note was written. */
    kind: text("kind", { enum: answerKinds }),
    optionId: text("option_id"),
    note: text("note").notNull().default(""),
    /** Increases on every change; a save names the revision it started from, so no update is lost silently. */
    revision: integer("revision").notNull().default(1),
    /** Copied from an earlier assessment and not yet confirmed by anyone. */
    carriedOver: integer("carried_over", { mode: "boolean" }).notNull().default(false),
    /** New or changed when the assessment moved to another questionnaire version: a person must answer it (again). */
    needsAnswer: integer("needs_answer", { mode: "boolean" }).notNull().default(false),
    updatedByUserId: text("updated_by_user_id").references(() => users.id),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.assessmentId, table.questionId] })],
);

export const assignments = sqliteTable(
  "assignments",
  {
    assessmentId: text("assessment_id")
      .notNull()
      .references(() => assessments.id),
    domain: text("domain").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
  },
  (table) => [primaryKey({ columns: [table.assessmentId, table.domain, table.userId] })],
);

/** A form posted after the session expired, kept briefly so the page can be restored after signing in again. */
export const pendingSaves = sqliteTable("pending_saves", {
  tokenHash: text("token_hash").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id),
  path: text("path").notNull(),
  fields: text("fields", { mode: "json" }).$type<Record<string, string>>().notNull(),
  createdAt: timestamp("created_at").notNull(),
});

export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at"),
    createdAt: timestamp("created_at").notNull(),
  },
  (table) => [index("recovery_codes_user_idx").on(table.userId)],
);

export const actionStatuses = ["todo", "in_progress", "done"] as const;

/** Follow-up of one plan action (keyed by the plan's stable action key) in one assessment. */
export const planActions = sqliteTable(
  "plan_actions",
  {
    assessmentId: text("assessment_id")
      .notNull()
      .references(() => assessments.id),
    actionKey: text("action_key").notNull(),
    ownerUserId: text("owner_user_id").references(() => users.id),
    ownerName: text("owner_name"),
    /** Another owner role than the measure's (for example the secretary instead of the board); null keeps the measure's. */
    ownerRole: text("owner_role").$type<MeasureOwner>(),
    /** Overrides the due date computed from the election milestone; YYYY-MM-DD. */
    dueDate: text("due_date"),
    status: text("status", { enum: actionStatuses }).notNull().default("todo"),
    updatedByUserId: text("updated_by_user_id").references(() => users.id),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.assessmentId, table.actionKey] })],
);

/**
 * An anonymised copy of a shared, submitted assessment. Holds no organisation id or name, no notes, no
 * people and no date finer than the month. `seq` is a random number (not the order of arrival), so the
 * row order says nothing about who shared when.
 */
export const contributions = sqliteTable("contributions", {
  /** Random 1 … 2^47, given at sharing (no AUTOINCREMENT): the order of rows says nothing about arrival. */
  seq: integer("seq").primaryKey(),
  /**
   * Everything the party shared — organisation type, election type, questionnaire version, month, domain
   * scores, maturities — in one AES-256-GCM box of fixed size under a key from the configuration, never in
   * the database (app/models/contribution-box.server.ts, ADR 018). Once withdrawn: only the two groups.
   */
  sealed: blob("sealed", { mode: "buffer" }).notNull(),
  /** SHA-256 of the withdrawal code that only the party was shown (the column kept its older name). */
  withdrawalCodeHash: text("withdrawal_token_hash").notNull().unique(),
  /** Withdrawn contributions are left out of every release computed after withdrawal. */
  withdrawn: integer("withdrawn", { mode: "boolean" }).notNull().default(false),
  /** The release that first included this contribution; null while it waits for the next one. */
  releasedIn: integer("released_in"),
});

/** One immutable batch of aggregates, computed only when at least K new contributions arrived. */
export const releases = sqliteTable("releases", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  publishedAt: timestamp("published_at").notNull(),
  minGroup: integer("min_group").notNull(),
  /** Highest contribution seq included; the next release needs K contributions above it. */
  maxSeq: integer("max_seq").notNull(),
  contributionCount: integer("contribution_count").notNull(),
  data: text("data", { mode: "json" }).$type<unknown>().notNull(),
});

/**
 * The release calendar: one row per period once its release date has passed and the release was decided,
 * published (releaseId) or skipped because fewer than K new contributions had arrived. At most one
 * decision per period, so no one can compute a release again to draw fresh noise.
 */
export const insightsPeriods = sqliteTable("insights_periods", {
  /** YYYY-Qn: the quarter whose first day is the release date. */
  period: text("period").primaryKey(),
  decidedAt: timestamp("decided_at").notNull(),
  releaseId: integer("release_id"),
});

/** A national party's target for its branches: an assessment submitted for this election by this date. */
export const partyTargets = sqliteTable("party_targets", {
  partyId: text("party_id")
    .primaryKey()
    .references(() => organisations.id),
  electionType: text("election_type", { enum: electionTypes }).notNull(),
  /** YYYY-MM-DD */
  electionDate: text("election_date").notNull(),
  /** YYYY-MM-DD: the day by which every open branch has submitted. */
  dueDate: text("due_date").notNull(),
  setByUserId: text("set_by_user_id")
    .notNull()
    .references(() => users.id),
  setAt: timestamp("set_at").notNull(),
});

export const outboxStatuses = ["pending", "sending", "sent", "failed"] as const;

/**
 * Mail waiting to be delivered, written in the same transaction as the change that causes it. The
 * message itself is sealed (it may hold a link with a token) and cleared once the mail server took it.
 * Never holds assessment content: only what kind of thing happened and a link (docs/decisions).
 */
export const outbox = sqliteTable(
  "outbox",
  {
    id: text("id").primaryKey(),
    /** What kind of mail (invitation, password_reset, …): the only thing about it an operator sees. */
    kind: text("kind").notNull(),
    recipient: text("recipient").notNull(),
    /** What the mail is about ("invitation:<id>"), so revoking an invitation also stops its unsent mail. */
    subjectRef: text("subject_ref"),
    /** Subject, text and HTML, sealed with the secret box; null once sent. */
    sealedMessage: text("sealed_message"),
    status: text("status", { enum: outboxStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at").notNull(),
    /** While sending: when the claim lapses and another worker (after a crash) may try again. */
    claimedUntil: timestamp("claimed_until"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at").notNull(),
    sentAt: timestamp("sent_at"),
  },
  (table) => [index("outbox_due_idx").on(table.status, table.nextAttemptAt)],
);

/** A link to choose a new password: valid one hour, used once; only its hash is stored. */
export const passwordResets = sqliteTable(
  "password_resets",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at").notNull(),
    expiresAt: timestamp("expires_at").notNull(),
    usedAt: timestamp("used_at"),
  },
  (table) => [index("password_resets_user_idx").on(table.userId)],
);

/**
 * Mail sent once per person, kind and period (a reminder's ISO week, an assessment's "all answered"):
 * written in the transaction that puts the mail in the outbox, so a restart neither skips nor repeats one.
 */
export const mailSends = sqliteTable(
  "mail_sends",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    kind: text("kind").notNull(),
    /** "2026-W49", an assessment id, or an action's key and due date. */
    period: text("period").notNull(),
    sentAt: timestamp("sent_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.kind, table.period] })],
);

/** A new e-mail address waiting for confirmation from that address; only the link's hash is stored. */
export const emailChanges = sqliteTable(
  "email_changes",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    newEmail: text("new_email").notNull(),
    createdAt: timestamp("created_at").notNull(),
    expiresAt: timestamp("expires_at").notNull(),
    usedAt: timestamp("used_at"),
  },
  (table) => [index("email_changes_user_idx").on(table.userId)],
);
