// How a message leaves: over SMTP when SMTP_URL is set, otherwise (development and test only; the
// configuration refuses production without SMTP_URL) as an .eml file in the outbox folder beside the
// database, with its subject and link in the log so the demo works without a mail server.
import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Config } from "../utils/config";
import type { MailContent } from "./messages";

export type OutgoingMail = { id: string; kind: string; recipient: string; content: MailContent };
export type MailTransport = { deliver: (mail: OutgoingMail) => Promise<void>; close: () => void; describe: string };

/** The folder demo mail is written to: `outbox/` beside the database file. */
export function mailFolderFor({ databasePath }: { databasePath: string }): string {
  return path.join(path.dirname(path.resolve(databasePath)), "outbox");
}

/** The Message-ID of an outbox row: the same on every attempt, so a duplicate after a crash is recognisable. */
export function messageIdFor({ id, baseUrl }: { id: string; baseUrl: string }): string {
  return `<${id}@${new URL(baseUrl).hostname}>`;
}

export function createMailTransport({ config }: { config: Pick<Config, "smtpUrl" | "mailFrom" | "baseUrl" | "databasePath"> }): MailTransport {
  const { smtpUrl } = config;
  if (smtpUrl) {
    // Time-outs well inside the outbox's claim lease, so a hanging server cannot outlive the claim.
    const transporter = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 });
    return {
      describe: `SMTP ${new URL(smtpUrl).host}`,
      deliver: async (mail) => {
        await transporter.sendMail(envelopeFor({ mail, config }));
      },
      close: () => transporter.close(),
    };
  }
  const folder = mailFolderFor(config);
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    describe: `files in ${folder}`,
    deliver: async (mail) => {
      const info = await transporter.sendMail(envelopeFor({ mail, config }));
      if (!Buffer.isBuffer(info.message)) throw new Error("mail was not rendered to a buffer");
      fs.mkdirSync(folder, { recursive: true });
      const file = path.join(folder, `${new Date().toISOString().replace(/[:.]/g, "-")}-${mail.kind}-${mail.id}.eml`);
      // Written under another name first, so a half-written file is never mistaken for a message.
      fs.writeFileSync(`${file}.tmp`, info.message);
      fs.renameSync(`${file}.tmp`, file);
      console.log(`Mail (${mail.kind}) to ${mail.recipient}: "${mail.content.subject}" ${mail.content.link} — saved as ${shownPath(file)}`);
    },
    close: () => transporter.close(),
  };
}

// Relative to the working directory when the file is under it (data/outbox/… in the demo), else in full.
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative;
}

function envelopeFor({ mail, config }: { mail: OutgoingMail; config: Pick<Config, "mailFrom" | "baseUrl"> }) {
  return {
    from: config.mailFrom,
    to: mail.recipient,
    subject: mail.content.subject,
    text: mail.content.text,
    html: mail.content.html,
    messageId: messageIdFor({ id: mail.id, baseUrl: config.baseUrl }),
    // Tells mail servers not to answer it with out-of-office replies.
    headers: { "Auto-Submitted": "auto-generated", "X-Weerbaar-Kind": mail.kind },
  };
}
