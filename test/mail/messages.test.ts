import { describe, expect, it } from "vitest";
import { renderMail, type MailMessage } from "../../app/mail/messages";
import { logPathOf } from "../../app/utils/log-path";

const link = "https://weerbaar.example.nl/x";
const settingsLink = "https://weerbaar.example.nl/account/mail";
const every: MailMessage[] = [
  { kind: "invitation", organisationName: "Partij <b>&</b>", inviterName: "Ilse", role: "it_lead", link, expiresAt: new Date("2026-12-09T12:00:00Z") },
  { kind: "password_reset", link },
  { kind: "password_changed", link },
  { kind: "sections_assigned", organisationName: "P", sections: ["Mensen"], election: "Gemeenteraad", electionDate: "1 maart 2030", link },
  { kind: "sections_answered", organisationName: "P", election: "Gemeenteraad", link },
  { kind: "assessment_submitted", organisationName: "P", election: "Gemeenteraad", link },
  { kind: "reminder_digest", organisationName: "P", starting: 1, due: 2, late: 0, link, settingsLink },
  { kind: "reminder_due", organisationName: "P", count: 1, dueDate: "1 maart 2030", link, settingsLink },
  { kind: "reminder_late", organisationName: "P", late: 3, link, settingsLink },
  { kind: "reminder_target", organisationName: "Afdeling A", partyName: "P", election: "Gemeenteraad", dueDate: "1 februari 2030", link, settingsLink },
];

describe("mail templates", () => {
  it.each(every.flatMap((message) => (["nl", "en"] as const).map((language) => ({ message, language }))))(
    "$message.kind in $language: subject, text and HTML with the link",
    ({ message, language }) => {
      const mail = renderMail({ message, language });
      expect(mail.subject.length).toBeGreaterThan(5);
      expect(mail.text).toContain(link);
      expect(mail.html).toContain(`href="${link}"`);
      expect(mail.html).toContain(`<html lang="${language}">`);
      expect(mail.html).not.toContain("<b>");
      if (message.kind.startsWith("reminder_")) {
        // Every reminder says how to turn reminders off.
        expect(mail.text).toContain(settingsLink);
      }
    },
  );

  it("has a different text in Dutch and English for every kind", () => {
    for (const message of every) expect(renderMail({ message, language: "nl" }).text).not.toBe(renderMail({ message, language: "en" }).text);
  });
});

describe("password-reset links in the request log", () => {
  it.each(["/password/reset/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "/PASSWORD/reset/short", "//password//reset/%61bc"])(
    "hides the token of %s",
    (path) => {
      expect(logPathOf({ path, status: 200 })).toBe("/password/reset/[token]");
    },
  );
});
