// Every mail Weerbaar sends, in Dutch and English, as plain text and HTML. A mail says what kind of thing
// happened and links to the page; it never carries assessment content (no question, answer, score,
// action title or note): mail is not a safe channel for a party's weaknesses (docs/decisions/019-mail.md).
// Section names are the questionnaire's domain names, which are the same for every party.
import { z } from "zod";
import { formatDate, type Language } from "../i18n/translate";

export const mailContentSchema = z.object({ subject: z.string(), text: z.string(), html: z.string(), link: z.string() });
export type MailContent = z.infer<typeof mailContentSchema>;

export type MailMessage =
  | { kind: "invitation"; organisationName: string; inviterName: string; role: "it_lead" | "contributor" | "campaign_manager"; link: string; expiresAt: Date }
  | { kind: "password_reset"; link: string }
  | { kind: "password_changed"; link: string }
  | { kind: "email_change_confirm"; newEmail: string; link: string }
  | { kind: "email_change_notice"; newEmail: string; link: string }
  | { kind: "sections_assigned"; organisationName: string; sections: string[]; election: string; electionDate: string; link: string }
  | { kind: "sections_answered"; organisationName: string; election: string; link: string }
  | { kind: "assessment_submitted"; organisationName: string; election: string; link: string }
  | { kind: "reminder_digest"; organisationName: string; starting: number; due: number; late: number; link: string; settingsLink: string }
  | { kind: "reminder_due"; organisationName: string; count: number; dueDate: string; link: string; settingsLink: string }
  | { kind: "reminder_late"; organisationName: string; late: number; link: string; settingsLink: string }
  | { kind: "reminder_target"; organisationName: string; partyName: string; election: string; dueDate: string; link: string; settingsLink: string };

type Mail<K extends MailMessage["kind"]> = Extract<MailMessage, { kind: K }>;
type Template = { subject: string; lines: string[]; action: string; footer: string };

const roleNames: Record<Language, Record<Mail<"invitation">["role"], string>> = {
  nl: { it_lead: "IT-verantwoordelijke", contributor: "medewerker", campaign_manager: "campagneleider" },
  en: { it_lead: "IT lead", contributor: "contributor", campaign_manager: "campaign manager" },
};

const securityFooter: Record<Language, string> = {
  nl: "U krijgt deze mail omdat het over uw account gaat. Zulke mail kunt u niet uitzetten.",
  en: "You get this mail because it is about your account. Mail like this cannot be turned off.",
};

const assessmentFooter: Record<Language, string> = {
  nl: "Wat er in de zelftest staat, leest u alleen in Weerbaar zelf, nooit in de mail.",
  en: "What the self-assessment says you read only in Weerbaar itself, never in mail.",
};

function reminderFooter({ language, settingsLink }: { language: Language; settingsLink: string }): string {
  return language === "nl"
    ? `U krijgt deze herinnering omdat u acties in het plan heeft. Geen herinneringen meer? Zet ze uit op ${settingsLink}`
    : `You get this reminder because you have actions in the plan. No more reminders? Turn them off at ${settingsLink}`;
}

const templates: { [K in MailMessage["kind"]]: (message: Mail<K>, language: Language) => Template } = {
  invitation: (message, language) =>
    language === "nl"
      ? {
          subject: `Uitnodiging voor ${message.organisationName} in Weerbaar`,
          lines: [
            `${message.inviterName} nodigt u uit om als ${roleNames.nl[message.role]} mee te doen met ${message.organisationName} in Weerbaar, de zelftest digitale weerbaarheid voor politieke partijen.`,
            `De link werkt tot ${formatDate(language, message.expiresAt)} en maar één keer.`,
          ],
          action: "Uitnodiging bekijken",
          footer: "Verwachtte u deze uitnodiging niet? Dan kunt u deze mail negeren.",
        }
      : {
          subject: `Invitation to ${message.organisationName} in Weerbaar`,
          lines: [
            `${message.inviterName} invites you to join ${message.organisationName} in Weerbaar, the digital resilience self-assessment for political parties, as ${roleNames.en[message.role]}.`,
            `The link works until ${formatDate(language, message.expiresAt)}, and only once.`,
          ],
          action: "View the invitation",
          footer: "Not expecting this invitation? Then you can ignore this mail.",
        },
  password_reset: (_message, language) =>
    language === "nl"
      ? {
          subject: "Nieuw wachtwoord kiezen voor Weerbaar",
          lines: [
            "Iemand vroeg om een nieuw wachtwoord voor uw account in Weerbaar. Was u dat? Kies dan met de link een nieuw wachtwoord.",
            "De link werkt één uur en maar één keer.",
          ],
          action: "Nieuw wachtwoord kiezen",
          footer: `Vroeg u dit niet? Dan hoeft u niets te doen: uw wachtwoord blijft hetzelfde. ${securityFooter.nl}`,
        }
      : {
          subject: "Choose a new password for Weerbaar",
          lines: [
            "Someone asked for a new password for your Weerbaar account. Was it you? Then choose a new password with the link.",
            "The link works for one hour, and only once.",
          ],
          action: "Choose a new password",
          footer: `Did not ask for this? Then you need not do anything: your password stays the same. ${securityFooter.en}`,
        },
  password_changed: (_message, language) =>
    language === "nl"
      ? {
          subject: "Uw wachtwoord voor Weerbaar is veranderd",
          lines: [
            "Het wachtwoord van uw account in Weerbaar is zojuist veranderd met een link uit de mail. Andere apparaten zijn afgemeld.",
            "Was u dit niet? Vraag dan meteen zelf een nieuw wachtwoord aan en waarschuw uw IT-verantwoordelijke.",
          ],
          action: "Naar Weerbaar",
          footer: securityFooter.nl,
        }
      : {
          subject: "Your Weerbaar password was changed",
          lines: [
            "The password of your Weerbaar account was just changed with a link from a mail. Other devices were signed out.",
            "Was it not you? Then ask for a new password yourself at once and warn your IT lead.",
          ],
          action: "Go to Weerbaar",
          footer: securityFooter.en,
        },
  email_change_confirm: (message, language) =>
    language === "nl"
      ? {
          subject: "Bevestig uw nieuwe e-mailadres voor Weerbaar",
          lines: [
            `U vroeg om ${message.newEmail} voortaan te gebruiken voor uw account in Weerbaar. Bevestig dat met de link; pas daarna verandert het adres.`,
            "De link werkt 24 uur en maar één keer.",
          ],
          action: "Nieuw adres bevestigen",
          footer: `Vroeg u dit niet? Dan hoeft u niets te doen. ${securityFooter.nl}`,
        }
      : {
          subject: "Confirm your new e-mail address for Weerbaar",
          lines: [
            `You asked to use ${message.newEmail} for your Weerbaar account from now on. Confirm it with the link; only then does the address change.`,
            "The link works for 24 hours, and only once.",
          ],
          action: "Confirm the new address",
          footer: `Did not ask for this? Then you need not do anything. ${securityFooter.en}`,
        },
  email_change_notice: (message, language) =>
    language === "nl"
      ? {
          subject: "Uw e-mailadres voor Weerbaar verandert misschien",
          lines: [
            `Er is gevraagd om het e-mailadres van uw account in Weerbaar te veranderen in ${message.newEmail}. Het verandert pas als dat adres het bevestigt.`,
            "Was u dit niet? Verander dan meteen uw wachtwoord en waarschuw uw IT-verantwoordelijke.",
          ],
          action: "Naar Weerbaar",
          footer: securityFooter.nl,
        }
      : {
          subject: "Your e-mail address for Weerbaar may change",
          lines: [
            `Someone asked to change your Weerbaar account's e-mail address to ${message.newEmail}. It changes only once that address confirms it.`,
            "Was it not you? Then change your password at once and warn your IT lead.",
          ],
          action: "Go to Weerbaar",
          footer: securityFooter.en,
        },
  sections_assigned: (message, language) =>
    language === "nl"
      ? {
          subject: `Onderdelen voor u in de zelftest van ${message.organisationName}`,
          lines: [
            `U bent gevraagd ${message.sections.length === 1 ? "dit onderdeel" : "deze onderdelen"} in te vullen van de zelftest voor de verkiezing ${message.election}: ${message.sections.join(", ")}.`,
            `Vul ze in ruim vóór de verkiezing op ${message.electionDate}: het actieplan volgt pas als alles is ingevuld.`,
          ],
          action: "Naar de zelftest",
          footer: assessmentFooter.nl,
        }
      : {
          subject: `Sections for you in ${message.organisationName}'s self-assessment`,
          lines: [
            `You were asked to answer ${message.sections.length === 1 ? "this section" : "these sections"} of the self-assessment for the ${message.election} election: ${message.sections.join(", ")}.`,
            `Answer them well before the election on ${message.electionDate}: the action plan follows only once everything is answered.`,
          ],
          action: "Go to the self-assessment",
          footer: assessmentFooter.en,
        },
  sections_answered: (message, language) =>
    language === "nl"
      ? {
          subject: `Alle toegewezen onderdelen zijn ingevuld — ${message.organisationName}`,
          lines: [
            `Iedereen heeft de onderdelen van de zelftest voor de verkiezing ${message.election} ingevuld die u had toegewezen. U kunt de zelftest nu nalopen en inleveren.`,
          ],
          action: "Zelftest nalopen",
          footer: assessmentFooter.nl,
        }
      : {
          subject: `All assigned sections are answered — ${message.organisationName}`,
          lines: [
            `Everyone has answered the sections of the self-assessment for the ${message.election} election that you assigned. You can now check and submit it.`,
          ],
          action: "Check the self-assessment",
          footer: assessmentFooter.en,
        },
  assessment_submitted: (message, language) =>
    language === "nl"
      ? {
          subject: `De zelftest van ${message.organisationName} is ingeleverd`,
          lines: [`De zelftest voor de verkiezing ${message.election} is ingeleverd. De uitkomst en het actieplan staan klaar in Weerbaar.`],
          action: "Uitkomst en actieplan bekijken",
          footer: assessmentFooter.nl,
        }
      : {
          subject: `${message.organisationName}'s self-assessment was submitted`,
          lines: [`The self-assessment for the ${message.election} election was submitted. The results and the action plan are ready in Weerbaar.`],
          action: "View the results and action plan",
          footer: assessmentFooter.en,
        },
  reminder_digest: (message, language) =>
    language === "nl"
      ? {
          subject: `Uw acties deze week — ${message.organisationName}`,
          lines: [
            `Deze week in het actieplan van ${message.organisationName}: ${message.starting} ${message.starting === 1 ? "actie begint" : "acties beginnen"}, ${message.due} ${message.due === 1 ? "actie moet" : "acties moeten"} af zijn, en ${message.late} ${message.late === 1 ? "actie is" : "acties zijn"} te laat.`,
          ],
          action: "Naar uw acties",
          footer: reminderFooter({ language, settingsLink: message.settingsLink }),
        }
      : {
          subject: `Your actions this week — ${message.organisationName}`,
          lines: [
            `This week in ${message.organisationName}'s action plan: ${message.starting} ${message.starting === 1 ? "action starts" : "actions start"}, ${message.due} ${message.due === 1 ? "action is" : "actions are"} due, and ${message.late} ${message.late === 1 ? "action is" : "actions are"} late.`,
          ],
          action: "Go to your actions",
          footer: reminderFooter({ language, settingsLink: message.settingsLink }),
        },
  reminder_due: (message, language) =>
    language === "nl"
      ? {
          subject: `${message.count === 1 ? "Een actie moet" : `${message.count} acties moeten`} binnenkort af zijn — ${message.organisationName}`,
          lines: [
            `${message.count === 1 ? "Een actie" : `${message.count} acties`} van u in het actieplan van ${message.organisationName} ${message.count === 1 ? "moet" : "moeten"} af zijn op ${message.dueDate}.`,
          ],
          action: "Naar uw acties",
          footer: reminderFooter({ language, settingsLink: message.settingsLink }),
        }
      : {
          subject: `${message.count === 1 ? "An action is" : `${message.count} actions are`} due soon — ${message.organisationName}`,
          lines: [
            `${message.count === 1 ? "An action" : `${message.count} actions`} of yours in ${message.organisationName}'s action plan ${message.count === 1 ? "is" : "are"} due on ${message.dueDate}.`,
          ],
          action: "Go to your actions",
          footer: reminderFooter({ language, settingsLink: message.settingsLink }),
        },
  reminder_late: (message, language) =>
    language === "nl"
      ? {
          subject: `${message.late} ${message.late === 1 ? "actie is" : "acties zijn"} te laat — ${message.organisationName}`,
          lines: [
            `In het actieplan van ${message.organisationName} ${message.late === 1 ? "is 1 actie" : `zijn ${message.late} acties`} te laat. Bekijk wie wat doet en maak nieuwe afspraken.`,
          ],
          action: "Te late acties bekijken",
          footer: reminderFooter({ language, settingsLink: message.settingsLink }),
        }
      : {
          subject: `${message.late} ${message.late === 1 ? "action is" : "actions are"} late — ${message.organisationName}`,
          lines: [
            `In ${message.organisationName}'s action plan ${message.late === 1 ? "1 action is" : `${message.late} actions are`} late. See who does what and agree on new dates.`,
          ],
          action: "View late actions",
          footer: reminderFooter({ language, settingsLink: message.settingsLink }),
        },
  reminder_target: (message, language) =>
    language === "nl"
      ? {
          subject: `Nog geen ingediende zelftest — ${message.organisationName}`,
          lines: [
            `${message.partyName} vraagt alle afdelingen om vóór ${message.dueDate} een zelftest in te dienen voor de ${message.election}. ${message.organisationName} heeft dat nog niet gedaan.`,
          ],
          action: "Naar de zelftests",
          footer: reminderFooter({ language, settingsLink: message.settingsLink }),
        }
      : {
          subject: `No submitted assessment yet — ${message.organisationName}`,
          lines: [
            `${message.partyName} asks every branch to submit an assessment for the ${message.election} by ${message.dueDate}. ${message.organisationName} has not done so yet.`,
          ],
          action: "Go to the assessments",
          footer: reminderFooter({ language, settingsLink: message.settingsLink }),
        },
};

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

/** Renders one mail in the recipient's language: subject, plain text and HTML, with its one link. */
export function renderMail({ message, language }: { message: MailMessage; language: Language }): MailContent {
  const template = pickTemplate(message, language);
  const text = [...template.lines, "", `${template.action}:`, message.link, "", "—", template.footer, "", "Weerbaar"].join("\n");
  const paragraphs = template.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("\n");
  const html = `<!DOCTYPE html>
<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(template.subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 36rem">
${paragraphs}
<p><a href="${escapeHtml(message.link)}" style="display: inline-block; padding: 0.5rem 1rem; background: #0b5394; color: #ffffff; text-decoration: underline">${escapeHtml(template.action)}</a></p>
<p style="font-size: 0.9rem">${escapeHtml(message.link)}</p>
<hr>
<p style="font-size: 0.9rem; color: #444">${escapeHtml(template.footer)}</p>
<p style="font-size: 0.9rem; color: #444">Weerbaar</p>
</body></html>
`;
  return { subject: template.subject, text, html, link: message.link };
}

// One switch so each kind reaches its own template with its own type.
function pickTemplate(message: MailMessage, language: Language): Template {
  switch (message.kind) {
    case "invitation":
      return templates.invitation(message, language);
    case "password_reset":
      return templates.password_reset(message, language);
    case "password_changed":
      return templates.password_changed(message, language);
    case "email_change_confirm":
      return templates.email_change_confirm(message, language);
    case "email_change_notice":
      return templates.email_change_notice(message, language);
    case "sections_assigned":
      return templates.sections_assigned(message, language);
    case "sections_answered":
      return templates.sections_answered(message, language);
    case "assessment_submitted":
      return templates.assessment_submitted(message, language);
    case "reminder_digest":
      return templates.reminder_digest(message, language);
    case "reminder_due":
      return templates.reminder_due(message, language);
    case "reminder_late":
      return templates.reminder_late(message, language);
    case "reminder_target":
      return templates.reminder_target(message, language);
  }
}
