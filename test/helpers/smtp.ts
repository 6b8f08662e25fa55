// A real SMTP server for tests (the smtp-server package on a free port): what the app delivers is parsed
// with mailparser, as a recipient's mail program would read it.
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TestSmtp = {
  port: number;
  url: string;
  messages: ParsedMail[];
  /** The mail that arrived so far for one recipient. */
  messagesTo: (address: string) => ParsedMail[];
  /** How many deliveries were refused so far. */
  refused: () => number;
  waitForMessages: (count: number, timeoutMs?: number) => Promise<ParsedMail[]>;
  close: () => Promise<void>;
};

/** Starts the server; the first `refuseFirst` messages are refused at DATA with a temporary error. */
export async function startTestSmtp({ refuseFirst = 0, port = 0 }: { refuseFirst?: number; port?: number } = {}): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refusals < refuseFirst) {
          refusals += 1;
          const error = Object.assign(new Error("Mailbox temporarily unavailable (test)"), { responseCode: 451 });
          return callback(error);
        }
        simpleParser(Buffer.concat(chunks))
          .then((parsed) => {
            messages.push(parsed);
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  const actualPort = typeof address === "object" && address ? (address satisfies AddressInfo).port : port;
  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    messages,
    messagesTo: (address) => messages.filter((mail) => mail.to && "text" in mail.to && mail.to.text === address),
    refused: () => refusals,
    async waitForMessages(count, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} mail(s), got ${messages.length}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The one Weerbaar link in a mail's text. */
export function linkIn(mail: ParsedMail): string {
  const match = /https?:\/\/\S+/.exec(mail.text ?? "");
  if (!match) throw new Error(`no link in mail "${mail.subject ?? ""}"`);
  return match[0];
}
