// Runs the reminder pass in the server process: at start-up and then every hour (Dutch time). The pass
// itself decides what is due and records every send, so a restart neither skips a week nor repeats one.
import { Cron } from "croner";
import { sendDueReminders } from "../models/reminders.server";

export function startReminderScheduler(): { stop: () => void } {
  const run = async () => {
    try {
      const sent = await sendDueReminders();
      if (sent.digests + sent.due + sent.late > 0)
        console.log(`Reminders: ${sent.digests} weekly, ${sent.due} due-date, ${sent.late} late-overview mail(s) queued.`);
    } catch (error) {
      console.error("Reminders:", error);
    }
  };
  // protect: a slow pass (it gives way to requests as it goes) is never overlapped by the next one.
  const job = new Cron("7 * * * *", { timezone: "Europe/Amsterdam", protect: true }, run);
  const first = setTimeout(() => void run(), 5_000);
  first.unref();
  return {
    stop: () => {
      clearTimeout(first);
      job.stop();
    },
  };
}
