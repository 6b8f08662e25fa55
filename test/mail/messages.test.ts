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

  it("says until which day, in Dutch time, an invitation's link works", () => {
    const invitation = every[0];
    if (invitation?.kind !== "invitation") throw new Error("the first message is the invitation");
    expect(renderMail({ message: invitation, language: "nl" }).text).toContain("De link werkt tot 9 december 2026 en maar één keer.");
    expect(renderMail({ message: invitation, language: "en" }).text).toContain("The link works until 9 December 2026, and only once.");
    // Half past eleven at night in UTC is already the next day in Amsterdam.
    const late = { ...invitation, expiresAt: new Date("2026-12-09T23:30:00Z") };
    expect(renderMail({ message: late, language: "nl" }).text).toContain("werkt tot 10 december 2026");
  });

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
