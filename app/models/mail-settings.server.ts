import { eq, sql } from "drizzle-orm";
import { users } from "../../db/schema";
import { getDb, preparedQuery } from "../db.server";
import type { Language } from "../i18n/translate";

export type MailSettings = { language: Language; reminders: boolean };

const mailSettingsOfUser = preparedQuery((db) =>
  db
    .select({ language: users.mailLanguage, remindersOff: users.remindersOff })
    .from(users)
    .where(eq(users.id, sql.placeholder("userId")))
    .prepare(),
);

/** A person's own mail settings; reminders can be turned off, mail about the account cannot. */
export function getMailSettings({ userId }: { userId: string }): MailSettings {
  const row = mailSettingsOfUser().get({ userId });
  return { language: row?.language ?? "nl", reminders: !(row?.remindersOff ?? false) };
}

export function setMailSettings({ userId, settings }: { userId: string; settings: MailSettings }): void {
  getDb().update(users).set({ mailLanguage: settings.language, remindersOff: !settings.reminders }).where(eq(users.id, userId)).run();
}
