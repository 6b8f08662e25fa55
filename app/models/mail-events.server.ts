// The mail that follows from changes in the other models: each function reads what the message needs
// (names, never assessment content), renders it in the recipient's language and puts it in the outbox
// inside the caller's transaction.
import { eq } from "drizzle-orm";
import { invitations, organisations, users } from "../../db/schema";
import { renderMail } from "../mail/messages";
import { getConfig } from "../utils/config.server";
import type { Db } from "../../db/client";
import { enqueueMail, type MailWriter } from "./outbox.server";

type Reader = MailWriter & Pick<Db, "select">;

export function enqueueInvitationMail({ tx, invitationId, token, now = new Date() }: { tx: Reader; invitationId: string; token: string; now?: Date }): void {
  const row = tx
    .select({ email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, organisationName: organisations.name, inviterName: users.name, inviterLanguage: users.mailLanguage })
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
  const content = renderMail({ message: { kind: "invitation", organisationName: row.organisationName, inviterName: row.inviterName, role: row.role, link, expiresAt: row.expiresAt }, language });
  enqueueMail({ db: tx, kind: "invitation", recipient: row.email, content, subjectRef: `invitation:${invitationId}`, now });
}
