// Operator commands. `npm run admin -- create-admin --email X` creates a platform admin, reading the
// password from standard input (so it never appears in shell history or the process list).
// `npm run admin -- reset-two-step --email X` is the way back for someone who lost both the authenticator
// and the recovery codes: it turns two-step sign-in off and ends their sessions. Admins and analysts must
// set it up again at their next sign-in. Use it only after checking who asks, outside e-mail.
import { createInterface } from "node:readline";
import { emailSchema } from "../app/auth/forms";
import { checkPassword } from "../app/security/password-policy";
import { closeDb, getDb } from "../app/db.server";
import { removeTwoStep } from "../app/models/two-step.server";
import { createPlatformAdmin, getUserByEmail } from "../app/models/users.server";
import { ConfigError, getConfig } from "../app/utils/config.server";

const usage = [
  "Usage: npm run admin -- create-admin --email ADDRESS     (the password is read from standard input)",
  "       npm run admin -- reset-two-step --email ADDRESS   (turns two-step sign-in off, ends all sessions)",
].join("\n");

function emailArgument(args: string[]): string | null {
  const index = args.indexOf("--email");
  const parsed = emailSchema.safeParse(index >= 0 ? args[index + 1] : undefined);
  return parsed.success ? parsed.data : null;
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password (at least 12 characters): ");
  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return "";
}

async function createAdmin(args: string[]): Promise<number> {
  const email = emailArgument(args);
  if (!email) {
    console.error(`A valid --email is required.\n${usage}`);
    return 2;
  }
  getConfig();
  getDb();
  if (getUserByEmail({ email })) {
    console.error(`An account for ${email} already exists; nothing was changed.`);
    return 1;
  }
  const password = await readPassword();
  const problem = checkPassword(password, email);
  if (problem) {
    const reasons = {
      too_short: "it is shorter than 12 characters",
      too_long: "it is longer than 256 characters",
      too_common: "it is a commonly used password",
      contains_email: "it contains the e-mail address",
    };
    console.error(`Password refused: ${reasons[problem]}.`);
    return 1;
  }
  await createPlatformAdmin({ email, password });
  console.log(`Platform admin ${email} created.`);
  return 0;
}

function resetTwoStep(args: string[]): number {
  const email = emailArgument(args);
  if (!email) {
    console.error(`A valid --email is required.\n${usage}`);
    return 2;
  }
  getConfig();
  const user = getUserByEmail({ email });
  if (!user) {
    console.error(`There is no account for ${email}; nothing was changed.`);
    return 1;
  }
  removeTwoStep({ userId: user.id, by: "operator", ipAddress: "cli" });
  console.log(`Two-step sign-in for ${email} is off and all their sessions have ended.`);
  return 0;
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  try {
    if (command === "create-admin") return await createAdmin(args);
    if (command === "reset-two-step") return resetTwoStep(args);
    console.error(usage);
    return 2;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    closeDb();
  }
}

process.exitCode = await main();
