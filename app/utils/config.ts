import { z } from "zod";

const nodeEnvSchema = z.enum(["development", "production", "test"]);

const portMessage = "must be a whole number between 1 and 65535";
const insightsMessage = "must be a whole number of at least 5 (the smallest group of organisations a release may show)";

const configSchema = z
  .object({
    NODE_ENV: nodeEnvSchema.default("development"),
    PORT: z.coerce
      .number({ message: portMessage })
      .int({ message: portMessage })
      .min(1, { message: portMessage })
      .max(65535, { message: portMessage })
      .default(3000),
    DATABASE_PATH: z.string().trim().min(1).default("./data/weerbaar.sqlite"),
    SESSION_SECRET: z.string().min(1).optional(),
    // Its own key for secrets at rest (TOTP), so SESSION_SECRET can be rotated without losing them.
    ENCRYPTION_KEY: z.string().min(32, { message: "must be at least 32 random characters" }).optional(),
    BASE_URL: z.url({ protocol: /^https?$/, message: "must be a full http(s) address, e.g. https://weerbaar.example.nl" }).optional(),
    TRUST_PROXY: z.enum(["true", "false"], { message: "must be true or false" }).default("false"),
    // K: the smallest group a release of anonymised insights may show. Never below 5: the product promises parties that no figure comes from fewer.
    INSIGHTS_MIN_GROUP: z.coerce
      .number({ message: insightsMessage })
      .int({ message: insightsMessage })
      .min(5, { message: insightsMessage })
      .max(1000, { message: insightsMessage })
      .default(5),
    // Mail: smtp:// or smtps://, with user and password in the address when the server wants them.
    SMTP_URL: z.url({ protocol: /^smtps?$/, message: "must be an smtp:// or smtps:// address, e.g. smtps://user:password@mail.example.nl:465" }).optional(),
    MAIL_FROM: z
      .string()
      .trim()
      .regex(/^[^<>\r\n]*<[^<>@\s]+@[^<>@\s]+>$|^[^<>@\s]+@[^<>@\s]+$/, { message: 'must be an address, e.g. "Weerbaar <noreply@weerbaar.example.nl>"' })
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production") {
      if (!env.SESSION_SECRET || env.SESSION_SECRET.length < 32) {
        ctx.addIssue({
          code: "custom",
          path: ["SESSION_SECRET"],
          message: "must be set to at least 32 random characters in production",
        });
      }
      if (!env.BASE_URL) {
        ctx.addIssue({ code: "custom", path: ["BASE_URL"], message: "must be set in production (e.g. https://weerbaar.example.nl)" });
      }
      // Without it a production server would silently write invitations and password links to disk.
      if (!env.SMTP_URL) {
        ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "must be set in production (e.g. smtps://user:password@mail.example.nl:465)" });
      }
    }
  });

export type Config = {
  nodeEnv: z.infer<typeof nodeEnvSchema>;
  isProduction: boolean;
  port: number;
  databasePath: string;
  sessionSecret: string;
  /** Key material for secrets at rest; when unset, SESSION_SECRET is used. */
  encryptionKey?: string;
  baseUrl: string;
  trustProxy: boolean;
  /** K: a release shows no figure about fewer than this many organisations. */
  insightsMinGroup: number;
  /** Where mail goes; null outside production means: written to the outbox folder beside the database. */
  smtpUrl: string | null;
  mailFrom: string;
};

// Only used outside production, so sessions survive a restart of a development server.
const developmentSecret = "weerbaar-development-secret-not-for-production";

// Never echoed in an error message.
const secretVariables = new Set(["SESSION_SECRET", "ENCRYPTION_KEY", "SMTP_URL"]);

export type ConfigResult = { ok: true; config: Config } | { ok: false; error: string };

/** Parses the environment once; on failure returns one line naming the variable. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  // Empty strings count as unset, as most shells and .env files produce them for "no value".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    const variable = issue?.path.join(".") ?? "environment";
    const value = typeof issue?.path[0] === "string" ? cleaned[issue.path[0]] : undefined;
    // JSON quoting keeps a value with a line break on the one line the error promises.
    const shown = value === undefined || secretVariables.has(variable) ? "" : ` (got ${JSON.stringify(value)})`;
    return { ok: false, error: `Configuration error: ${variable} ${describeIssue(issue?.message)}${shown}` };
  }
  const parsed = result.data;
  const baseUrl = parsed.BASE_URL ?? `http://localhost:${parsed.PORT}`;
  return {
    ok: true,
    config: {
      nodeEnv: parsed.NODE_ENV,
      isProduction: parsed.NODE_ENV === "production",
      port: parsed.PORT,
      databasePath: parsed.DATABASE_PATH,
      sessionSecret: parsed.SESSION_SECRET ?? developmentSecret,
      encryptionKey: parsed.ENCRYPTION_KEY,
      baseUrl,
      trustProxy: parsed.TRUST_PROXY === "true",
      insightsMinGroup: parsed.INSIGHTS_MIN_GROUP,
      smtpUrl: parsed.SMTP_URL ?? null,
      mailFrom: parsed.MAIL_FROM ?? `Weerbaar <noreply@${new URL(baseUrl).hostname}>`,
    },
  };
}

function describeIssue(message: string | undefined): string {
  if (!message) return "is invalid";
  if (message.startsWith("Invalid option")) return `must be ${message.replace(/^Invalid option: expected /, "")}`;
  if (message.startsWith("must")) return message;
  return `is invalid: ${message}`;
}
