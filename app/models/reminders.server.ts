// Reminder mail about the action plan: a weekly digest for each owner of actions (counts only), a
// reminder a few days before due dates, and a weekly overview of late actions for campaign managers.
// Each send is recorded in mail_sends in the transaction that puts it in the outbox, keyed by person,
// kind and period, so a run after a restart catches up on what is due without repeating what was sent.
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { assessments, mailSends, memberships, organisations, users } from "../../db/schema";
import { getDb } from "../db.server";
import { formatDate, translate } from "../i18n/translate";
import { renderMail, type MailMessage } from "../mail/messages";
import { addDays, weekStartOf } from "../plan";
import { dutchToday } from "../plan/elections";
import { getConfig } from "../utils/config.server";
import { isSensibleDate } from "../utils/dates";
import { enqueueMail } from "./outbox.server";
import { getPlan, isThisWeek, type TrackedAction } from "./plan.server";
import { listTargetReminders } from "./branches.server";

/** How many days before its due date an action's owner is reminded. */
export const dueReminderDays = 3;
/** Weekly mail goes out from this hour on Monday (Dutch time); a run later in the week catches up. */
export const weeklyHour = 8;

type Recipient = { id: string; email: string; language: "nl" | "en" };

const dutchHourFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", hourCycle: "h23", timeZone: "Europe/Amsterdam" });
function dutchHour(now: Date): number {
  return Number(dutchHourFormat.format(now));
}

/** The plan each organisation follows now: its newest submitted assessment whose election is at most a month past. */
function currentPlans({ today }: { today: string }) {
  const rows = getDb()
    .select()
    .from(assessments)
    .innerJoin(organisations, eq(organisations.id, assessments.organisationId))
    .where(and(eq(assessments.status, "submitted"), isNull(organisations.disabledAt), isNull(assessments.archivedAt)))
    .orderBy(desc(assessments.submittedAt))
    .all()
    .filter((row) => isSensibleDate(row.assessments.electionDate) && row.assessments.electionDate >= addDays({ date: today, days: -30 }));
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.assessments.organisationId) && seen.add(row.assessments.organisationId));
}

function recipients({ organisationId, userIds, role }: { organisationId: string; userIds?: string[]; role?: "campaign_manager" }): Recipient[] {
  if (userIds && userIds.length === 0) return [];
  return getDb()
    .select({ id: users.id, email: users.email, language: users.mailLanguage })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        isNull(users.disabledAt),
        eq(users.remindersOff, false),
        userIds ? inArray(users.id, userIds) : undefined,
        role ? eq(memberships.role, role) : undefined,
      ),
    )
    .all();
}

/** Records the send and enqueues the mail in one transaction; false when it was sent before. */
function sendOnce({
  recipient,
  kind,
  periods,
  message,
}: {
  recipient: Recipient;
  kind: string;
  periods: string[];
  message: (periodsNew: number) => MailMessage | null;
}): boolean {
  return getDb().transaction((tx) => {
    let fresh = 0;
    for (const period of periods)
      fresh += tx.insert(mailSends).values({ userId: recipient.id, kind, period, sentAt: new Date() }).onConflictDoNothing().run().changes;
    const built = fresh > 0 ? message(fresh) : null;
    if (!built) return false;
    enqueueMail({ db: tx, kind, recipient: recipient.email, content: renderMail({ message: built, language: recipient.language }) });
    return true;
  });
}

export type ReminderRun = { digests: number; due: number; late: number; target: number };

// The pass gives way to requests after each plan: with a thousand organisations it was a second of work in
// one block, and every page waited for it.
const giveWay = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One pass over every current plan; safe to run as often as wanted, also two at once (the scheduler runs it
 * hourly and at start): every send is recorded with its period, and a recorded one is not sent again.
 */
export async function sendDueReminders({ now = new Date() }: { now?: Date } = {}): Promise<ReminderRun> {
  const today = dutchToday(now);
  const weekStart = weekStartOf({ date: today });
  const weekEnd = addDays({ date: weekStart, days: 6 });
  const weeklyDue = today > weekStart || dutchHour(now) >= weeklyHour;
  const baseUrl = getConfig().baseUrl;
  const settingsLink = `${baseUrl}/account/mail`;
  const run: ReminderRun = { digests: 0, due: 0, late: 0, target: 0 };
  for (const { assessments: assessment, organisations: organisation } of currentPlans({ today })) {
    const open = getPlan({ assessment, today }).filter((action) => action.status !== "done");
    const planLink = `${baseUrl}/assessments/${assessment.id}/plan`;
    const byOwner = new Map<string, TrackedAction[]>();
    for (const action of open) if (action.ownerUserId) byOwner.set(action.ownerUserId, [...(byOwner.get(action.ownerUserId) ?? []), action]);
    for (const recipient of recipients({ organisationId: assessment.organisationId, userIds: [...byOwner.keys()] })) {
      const own = byOwner.get(recipient.id) ?? [];
      const link = `${planLink}?owner=${encodeURIComponent(`user:${recipient.id}`)}`;
      if (weeklyDue) {
        const starting = own.filter((a) => !a.late && a.startDate >= weekStart && a.startDate <= weekEnd).length;
        const due = own.filter((a) => !a.late && a.dueDate >= weekStart && a.dueDate <= weekEnd).length;
        const late = own.filter((a) => a.late).length;
        const any = own.some((a) => a.late || isThisWeek({ action: a, weekStart, weekEnd }));
        if (
          any &&
          sendOnce({
            recipient,
            kind: "reminder_digest",
            periods: [`${assessment.id}:${weekStart}`],
            message: () => ({ kind: "reminder_digest", organisationName: organisation.name, starting, due, late, link, settingsLink }),
          })
        )
          run.digests += 1;
      }
      // Each action is reminded of once per due date, on the first run within the days before it.
      const soon = own.filter((a) => !a.late && a.dueDate > today && a.dueDate <= addDays({ date: today, days: dueReminderDays }));
      const firstDue = soon.map((a) => a.dueDate).sort()[0];
      if (firstDue) {
        const periods = soon.map((a) => `${assessment.id}:${a.key}:${a.dueDate}`);
        const sent = sendOnce({
          recipient,
          kind: "reminder_due",
          periods,
          message: (fresh) => ({
            kind: "reminder_due",
            organisationName: organisation.name,
            count: fresh,
            dueDate: formatDate(recipient.language, `${firstDue}T12:00:00Z`),
            link,
            settingsLink,
          }),
        });
        if (sent) run.due += 1;
      }
    }
    const late = open.filter((action) => action.late).length;
    if (weeklyDue && late > 0) {
      for (const recipient of recipients({ organisationId: assessment.organisationId, role: "campaign_manager" })) {
        const link = `${planLink}?status=late`;
        if (
          sendOnce({
            recipient,
            kind: "reminder_late",
            periods: [`${assessment.id}:${weekStart}`],
            message: () => ({ kind: "reminder_late", organisationName: organisation.name, late, link, settingsLink }),
          })
        )
          run.late += 1;
      }
    }
    await giveWay();
  }
  // A party's target: each branch that has not submitted for the target election hears it weekly, until it
  // has submitted or the due date has passed. The mail goes to the branch about the branch only.
  if (weeklyDue) {
    for (const behind of listTargetReminders({ today })) {
      if (behind.dueDate < today) continue;
      for (const recipient of recipients({ organisationId: behind.branchId, userIds: behind.itLeads.map((lead) => lead.userId) })) {
        const message = (): MailMessage => ({
          kind: "reminder_target",
          organisationName: behind.branchName,
          partyName: behind.partyName,
          election: translate(recipient.language, `election.type.${behind.electionType}`),
          dueDate: formatDate(recipient.language, `${behind.dueDate}T12:00:00Z`),
          link: `${baseUrl}/assessments`,
          settingsLink,
        });
        if (
          sendOnce({ recipient, kind: "reminder_target", periods: [`${behind.branchId}:${behind.electionType}:${behind.electionDate}:${weekStart}`], message })
        )
          run.target += 1;
      }
      await giveWay();
    }
  }
  return run;
}
