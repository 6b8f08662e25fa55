// Fuzzes every form and JSON endpoint of a running server over HTTP (loopback only): missing, duplicated
// and oversized fields, wrong types and encodings, unicode, impossible dates. Any 5xx fails, and so does a
// refusal (4xx) that does not say what is wrong. Bounded in runs and time; its own server, so lock-outs
// and deleted drafts do not disturb the other browser tests. FUZZ_SERVER_DIR runs it against another
// checkout's build (to measure before and after).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOwnServer, type OwnServer } from "./own-server";
import { nextTotp } from "./totp";

let server: OwnServer;
let lead = "";
let admin = "";
let assessmentIds: string[] = [];
let organisationId = "";

async function signIn(email: string): Promise<string> {
  const response = await fetch(`${server.baseUrl}/login`, {
    method: "POST",
    headers: { Origin: server.baseUrl },
    body: new URLSearchParams({ email, password: "weerbaar-demo" }),
    redirect: "manual",
  });
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (!response.headers.get("location")?.startsWith("/login/code")) return cookie;
  const { code } = await nextTotp(server.baseUrl, email);
  const second = await fetch(`${server.baseUrl}/login/code`, {
    method: "POST",
    headers: { Origin: server.baseUrl, Cookie: cookie },
    body: new URLSearchParams({ code }),
    redirect: "manual",
  });
  return (second.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

beforeAll(async () => {
  server = await startOwnServer({ cwd: process.env.FUZZ_SERVER_DIR ?? process.cwd() });
  lead = await signIn("it-lead@demo.test");
  admin = await signIn("beheer@demo.test");
  const list = await (await fetch(`${server.baseUrl}/assessments`, { headers: { Cookie: lead } })).text();
  assessmentIds = [...new Set([...list.matchAll(/href="\/assessments\/([A-Za-z0-9_-]{10,})"/g)].map((m) => m[1] ?? ""))];
  const organisations = await (await fetch(`${server.baseUrl}/admin`, { headers: { Cookie: admin } })).text();
  organisationId = organisations.match(/href="\/admin\/organisations\/([A-Za-z0-9_-]{10,})"/)?.[1] ?? "unknown";
}, 90_000);
afterAll(async () => {
  await server?.stop();
});

type Target = { path: () => string; as: "lead" | "admin" | "none"; fields: string[]; intents?: string[]; json?: boolean };

const id = () => assessmentIds[0] ?? "none";
const targets: Target[] = [
  { path: () => "/login", as: "none", fields: ["email", "password", "redirectTo"] },
  { path: () => "/login/code", as: "none", fields: ["code", "redirectTo"] },
  { path: () => "/language", as: "none", fields: ["language", "redirectTo"] },
  { path: () => "/invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", as: "none", fields: ["name", "password", "confirmPassword"] },
  { path: () => "/organisation/switch", as: "lead", fields: ["organisationId"] },
  { path: () => "/account/security/password", as: "lead", fields: ["currentPassword", "password", "confirmPassword"] },
  { path: () => "/account/security/two-step-off", as: "lead", fields: ["code"] },
  { path: () => "/account/security/new-codes", as: "lead", fields: ["code"] },
  { path: () => "/account/security/sessions", as: "lead", fields: ["intent", "handle"], intents: ["end-session"] },
  { path: () => "/account/two-step", as: "lead", fields: ["code", "redirectTo"] },
  { path: () => "/members?index", as: "lead", fields: ["intent", "role", "membershipId"], intents: ["change-role", "remove"] },
  { path: () => "/members/invitations", as: "lead", fields: ["intent", "email", "role", "invitationId"], intents: ["invite", "revoke"] },
  { path: () => "/members/two-step", as: "lead", fields: ["intent", "required"], intents: ["require-two-step"] },
  { path: () => "/assessments/new", as: "lead", fields: ["election", "customType", "customDate", "carryOver"] },
  { path: () => "/assessments/import", as: "lead", fields: ["file"] },
  { path: () => `/assessments/${id()}`, as: "lead", fields: ["intent", "domain", "userId", "confirm"], intents: ["archive", "unarchive", "assign"] },
  {
    path: () => `/assessments/${id()}/domains/accounts`,
    as: "lead",
    fields: ["intent", "rev-acc-mfa-email", "answer-acc-mfa-email", "note-acc-mfa-email", "confirm-acc-mfa-email"],
  },
  { path: () => `/assessments/${id()}/answers`, as: "lead", fields: ["questionId", "answer", "note", "revision", "confirm"], json: true },
  { path: () => `/assessments/${assessmentIds[1] ?? id()}/plan`, as: "lead", fields: ["actionKey", "owner", "ownerName", "dueDate", "status"] },
  { path: () => `/assessments/${assessmentIds[1] ?? id()}/share`, as: "lead", fields: ["intent", "confirm"], intents: ["share", "withdraw"] },
  { path: () => `/assessments/${id()}/submit`, as: "lead", fields: ["confirm"] },
  { path: () => "/admin", as: "admin", fields: ["name", "kind", "parentId", "email"] },
  { path: () => "/admin/users", as: "admin", fields: ["intent", "userId"], intents: ["enable"] },
  { path: () => `/admin/organisations/${organisationId}`, as: "admin", fields: ["intent", "name", "email"], intents: ["rename", "invite", "enable"] },
  { path: () => "/admin/insights", as: "admin", fields: ["intent"] },
];

const impossibleDates = ["2026-02-30", "9999-99-99", "0000-00-00", "2026-13-01", "1899-12-31", "-1", "2026-02-29T25:61"];
const hostile = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    ...impossibleDates,
    "",
    " ",
    "0",
    "-1",
    "1e309",
    "NaN",
    "null",
    "[]",
    "{}",
    "true",
    "\u202Eevil",
    "a\r\nb",
    "%00",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "/\t/evil.example",
  ),
  fc.integer({ min: 1_000, max: 80_000 }).map((n) => "x".repeat(n)),
);

type Attempt = { target: Target; values: Array<[string, string]>; encoding: "form" | "multipart" | "json" | "garbage"; intent: string | null };

const attempt = (target: Target) =>
  fc.record({
    intent: target.intents ? fc.option(fc.constantFrom(...target.intents), { nil: null }) : fc.constant(null),
    encoding: fc.constantFrom<Attempt["encoding"]>("form", "form", "multipart", target.json ? "json" : "form", "garbage"),
    values: fc.array(fc.tuple(fc.constantFrom(...target.fields, "unexpected"), hostile), { maxLength: 8 }),
  });

function bodyOf({ values, encoding, intent }: Omit<Attempt, "target">): { body: BodyInit; type: string | null } {
  const pairs: Array<[string, string]> = intent ? [["intent", intent], ...values] : values;
  if (encoding === "json")
    return { body: JSON.stringify(Object.fromEntries(pairs.map(([k, v], i) => [k, i % 3 === 0 ? Number(v) || [v] : v]))), type: "application/json" };
  if (encoding === "garbage") return { body: "%E0%A4%A=&&=%" + pairs.map(([k]) => k).join("&"), type: "application/x-www-form-urlencoded" };
  if (encoding === "multipart") {
    const form = new FormData();
    for (const [key, value] of pairs) form.append(key, value);
    return { body: form, type: null };
  }
  return { body: new URLSearchParams(pairs).toString(), type: "application/x-www-form-urlencoded" };
}

// What counts as saying what is wrong: an error summary or alert, an invalid field, an error page's
// heading, a refusal page of server.js, or a JSON body with a message.
const errorTitles =
  /Pagina niet gevonden|Geen toegang|Te veel pogingen|Dat lukte niet|Te veel in één keer verstuurd|Verzoek geweigerd|Adres te lang|Verzoek te groot|De verkiezingsdatum klopt niet|Organisatie niet gevonden|Deze uitnodiging bestaat niet/;
function saysWhatIsWrong({ type, body }: { type: string; body: string }): boolean {
  if (type.includes("json")) {
    try {
      const parsed: unknown = JSON.parse(body);
      return Boolean(parsed && typeof parsed === "object" && ["error", "message", "problems", "errors", "status"].some((key) => key in parsed));
    } catch {
      return false;
    }
  }
  if (type.includes("html")) return /role="alert"|error-summary|aria-invalid="true"|class="warning"/.test(body) || errorTitles.test(body);
  return false;
}

const findings: string[] = [];
let requests = 0;

describe("fuzzing every form and JSON endpoint", () => {
  it("never answers 5xx, and every refusal says what is wrong", async () => {
    const started = Date.now();
    for (const target of targets) {
      await fc.assert(
        fc.asyncProperty(attempt(target), async (input) => {
          const { body, type } = bodyOf(input);
          const cookie = target.as === "lead" ? lead : target.as === "admin" ? admin : "";
          const headers: Record<string, string> = { Origin: server.baseUrl, Accept: target.json ? "application/json" : "text/html" };
          if (type) headers["Content-Type"] = type;
          if (cookie) headers.Cookie = cookie;
          const response = await fetch(`${server.baseUrl}${target.path()}`, { method: "POST", headers, body, redirect: "manual" });
          requests++;
          const text = await response.text();
          const contentType = response.headers.get("content-type") ?? "";
          if (response.status >= 500) findings.push(`${response.status} ${target.path()} ${JSON.stringify(input).slice(0, 300)}`);
          else if (response.status >= 400 && !saysWhatIsWrong({ type: contentType, body: text }))
            findings.push(
              `${response.status} without a message (${contentType}) ${target.path()}: ${text.slice(0, 120)} ${JSON.stringify(input).slice(0, 200)}`,
            );
          return true;
        }),
        { numRuns: 14, interruptAfterTimeLimit: 2_500, seed: Number(process.env.FUZZ_SEED ?? 20261201) },
      );
    }
    console.log(
      `fuzz: ${requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s, ${findings.filter((f) => f.startsWith("5")).length} answered 5xx, ${findings.filter((f) => f.includes("without a message")).length} refusals without a message`,
    );
    for (const finding of findings.slice(0, 40)) console.log(finding);
    expect(findings).toEqual([]);
  }, 120_000);
});
