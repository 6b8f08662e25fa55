// One real SMTP server and one mail worker for a test file: what the app puts in the outbox is delivered over
// SMTP and read back per recipient.
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll } from "vitest";
import { startMailWorker, type MailWorker } from "../../app/jobs/mail-worker.server";
import { getConfig } from "../../app/utils/config.server";
import { startTestSmtp, type TestSmtp } from "./smtp";

export type MailDelivery = {
  /** Delivers what waits, then the mail that arrived for `address`; waits up to 5 s for `count` of them. */
  mailsTo: (address: string, count?: number) => Promise<ParsedMail[]>;
};

/** Starts the server and the worker before the file's tests and stops both after them. */
export function registerMailDelivery(): MailDelivery {
  let smtp: TestSmtp | undefined;
  let worker: MailWorker | undefined;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    worker = startMailWorker({ config: { ...getConfig(), smtpUrl: smtp.url }, pollMs: 60_000 });
  });
  afterAll(async () => {
    await worker?.stop();
    await smtp?.close();
  });
  return {
    async mailsTo(address, count = 0) {
      if (!smtp || !worker) throw new Error("mail delivery is not started");
      await worker.drain();
      // A last message may still be parsed after the worker's send returned.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const deadline = Date.now() + 5000;
      for (;;) {
        const found = smtp.messagesTo(address);
        if (found.length >= count || Date.now() > deadline) return found;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}
