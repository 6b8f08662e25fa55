import { describe, expect, it } from "vitest";
import { parseConfig } from "../app/utils/config";

describe("parseConfig", () => {
  it("uses safe defaults for development", () => {
    const result = parseConfig({});
    expect(result).toMatchObject({ ok: true, config: { nodeEnv: "development", port: 3000, databasePath: "./data/weerbaar.sqlite", isProduction: false } });
  });

  it("reads every variable", () => {
    const result = parseConfig({
      NODE_ENV: "production",
      PORT: "8080",
      DATABASE_PATH: "/var/lib/weerbaar/db.sqlite",
      SESSION_SECRET: "a".repeat(40),
      BASE_URL: "https://weerbaar.example.nl",
      SMTP_URL: "smtps://weerbaar:pw@mail.example.nl:465",
      MAIL_FROM: "Weerbaar <noreply@weerbaar.example.nl>",
    });
    expect(result).toEqual({
      ok: true,
      config: {
        nodeEnv: "production",
        isProduction: true,
        port: 8080,
        databasePath: "/var/lib/weerbaar/db.sqlite",
        sessionSecret: "a".repeat(40),
        baseUrl: "https://weerbaar.example.nl",
        trustProxy: false,
        insightsMinGroup: 5,
        smtpUrl: "smtps://weerbaar:pw@mail.example.nl:465",
        mailFrom: "Weerbaar <noreply@weerbaar.example.nl>",
      },
    });
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ PORT: "0" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ PORT: "30.5" }, "PORT"],
    [{ NODE_ENV: "prod" }, "NODE_ENV"],
    [{ BASE_URL: "not a url" }, "BASE_URL"],
    [{ BASE_URL: "ftp://example.nl" }, "BASE_URL"],
    [{ TRUST_PROXY: "yes" }, "TRUST_PROXY"],
    [{ SMTP_URL: "http://mail.example.nl" }, "SMTP_URL"],
    [{ SMTP_URL: "not a url" }, "SMTP_URL"],
    [{ MAIL_FROM: "nobody" }, "MAIL_FROM"],
    [{ MAIL_FROM: "Weerbaar <a@b.nl>\r\nBcc: x@y.nl" }, "MAIL_FROM"],
  ])("refuses %o with one line naming %s", (env, variable) => {
    const result = parseConfig(env);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(new RegExp(`^Configuration error: ${variable} `));
    expect(result.error).not.toContain("\n");
  });

  it("refuses production without a long SESSION_SECRET", () => {
    for (const secret of [undefined, "", "short", "x".repeat(31)]) {
      const result = parseConfig({ NODE_ENV: "production", BASE_URL: "https://w.example.nl", SMTP_URL: "smtp://mail.example.nl", SESSION_SECRET: secret });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toContain("SESSION_SECRET");
        // The secret itself must never be echoed.
        if (secret) expect(result.error).not.toContain(secret);
      }
    }
    expect(
      parseConfig({ NODE_ENV: "production", BASE_URL: "https://w.example.nl", SMTP_URL: "smtp://mail.example.nl", SESSION_SECRET: "x".repeat(32) }).ok,
    ).toBe(true);
  });

  it("refuses production without SMTP_URL, and never echoes its password", () => {
    const base = { NODE_ENV: "production", BASE_URL: "https://w.example.nl", SESSION_SECRET: "x".repeat(32) };
    const missing = parseConfig(base);
    expect(missing).toMatchObject({ ok: false, error: expect.stringMatching(/^Configuration error: SMTP_URL must be set in production/) });
    const wrong = parseConfig({ ...base, SMTP_URL: "ftp://user:hunter2@mail.example.nl" });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error).not.toContain("hunter2");
  });

  it("writes mail to files outside production when SMTP_URL is unset, from an address on BASE_URL's host", () => {
    expect(parseConfig({ BASE_URL: "https://weerbaar.example.nl" })).toMatchObject({
      ok: true,
      config: { smtpUrl: null, mailFrom: "Weerbaar <noreply@weerbaar.example.nl>" },
    });
    expect(parseConfig({ MAIL_FROM: "noreply@partij.nl" })).toMatchObject({ ok: true, config: { mailFrom: "noreply@partij.nl" } });
  });

  it("treats empty strings as unset", () => {
    expect(parseConfig({ PORT: "", DATABASE_PATH: "" })).toMatchObject({ ok: true, config: { port: 3000, databasePath: "./data/weerbaar.sqlite" } });
  });
});
