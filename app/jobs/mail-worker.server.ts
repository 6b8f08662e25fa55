// Delivers the outbox from inside the server process: claims one due message at a time, hands it to the
// transport and marks it sent only after the mail server accepted it. See docs/decisions/019-mail.md for
// why a crash between "accepted" and "marked" may send a message twice, never lose it.
import { claimNextMail, makeWaitingMailDue, markMailFailed, markMailSent, onMailEnqueued } from "../models/outbox.server";
import type { Config } from "../utils/config";
import { createMailTransport, type MailTransport } from "../mail/transport.server";

export type MailWorker = { stop: () => Promise<void>; drain: () => Promise<void>; transport: MailTransport };

/** Starts the worker; it polls every `pollMs` and wakes at once when mail is enqueued in this process. */
export function startMailWorker({
  config,
  pollMs = 5000,
  transport = createMailTransport({ config }),
  clock = () => new Date(),
}: {
  config: Config;
  pollMs?: number;
  transport?: MailTransport;
  /** Tests move time on to see retries without waiting for them. */
  clock?: () => Date;
}): MailWorker {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;

  async function drainOnce(): Promise<void> {
    for (;;) {
      if (stopped) return;
      const mail = claimNextMail({ now: clock() });
      if (!mail) return;
      if (!mail.content) {
        // Sealed with another key (ENCRYPTION_KEY changed) or damaged: no attempt can ever succeed.
        markMailFailed({
          id: mail.id,
          attempts: Number.MAX_SAFE_INTEGER,
          error: "message cannot be opened (was ENCRYPTION_KEY or SESSION_SECRET changed?)",
          now: clock(),
        });
        continue;
      }
      try {
        await transport.deliver({ id: mail.id, kind: mail.kind, recipient: mail.recipient, content: mail.content });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        markMailFailed({ id: mail.id, attempts: mail.attempts, error: reason, now: clock() });
        console.error(`Mail (${mail.kind}) not delivered, attempt ${mail.attempts}: ${reason}`);
        continue;
      }
      markMailSent({ id: mail.id, now: clock() });
    }
  }

  // One drain at a time; a wake-up during a drain runs one more after it.
  function drain(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await drainOnce();
        } catch (error) {
          console.error("Mail worker:", error);
        }
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      void drain().finally(schedule);
    }, pollMs);
    timer.unref();
  }

  makeWaitingMailDue({ now: clock() });
  onMailEnqueued(() => void drain());
  void drain().finally(schedule);
  return {
    transport,
    drain,
    stop: async () => {
      stopped = true;
      onMailEnqueued(null);
      if (timer) clearTimeout(timer);
      await running;
      transport.close();
    },
  };
}
