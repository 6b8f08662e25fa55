import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { action as languageAction } from "../../app/routes/language";
import { action as loginAction } from "../../app/routes/login";
import { safeRedirectTarget } from "../../app/utils/redirect";
import { formRequest, makeOrganisation, makeUser, testPassword } from "../helpers/factory";

const fallback = "/home";

describe("safeRedirectTarget", () => {
  it("keeps ordinary paths with query and fragment", () => {
    expect(safeRedirectTarget({ target: "/assessments/abc/plan?x=1#top", fallback })).toBe("/assessments/abc/plan?x=1#top");
    expect(safeRedirectTarget({ target: "/a/../insights", fallback })).toBe("/insights");
  });

  it.each([
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\nSet-Cookie: x=1",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/%2F/evil.example",
    "/%09/evil.example",
    "/%5Cevil.example",
    "/%0aSet-Cookie:x",
    "https://evil.example/",
    "javascript:alert(1)",
    " /home",
    "/%",
    "",
    `/${"a".repeat(600)}`,
  ])("refuses %j", (target) => {
    expect(safeRedirectTarget({ target, fallback })).toBe(fallback);
  });

  it("never returns anything that leaves our origin or cannot be a header", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.constantFrom("", "/", "//", "/\\", "/%2f"), (tail, head) => {
        const result = safeRedirectTarget({ target: head + tail, fallback });
        const resolved = new URL(result, "https://weerbaar.example");
        expect(resolved.origin).toBe("https://weerbaar.example");
        // Browsers strip these from a Location before resolving it; the result must not contain any.
        expect(result).not.toMatch(/[\p{Cc} \\\u007f-\uffff]/u);
        expect(() => new Headers({ Location: result })).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe("redirects after sign-in and language choice", () => {
  it("sends a sign-in with a tab trick to the home page, not away", async () => {
    const org = makeOrganisation();
    const user = await makeUser({ organisationId: org.id, role: "it_lead" });
    const result = await loginAction({
      request: formRequest("/login", { email: user.email, password: testPassword, redirectTo: "/\t/evil.example" }),
      params: {},
      context: { clientAddress: "198.51.100.30" },
    });
    if (!(result instanceof Response)) throw new Error("expected a redirect");
    expect(result.headers.get("Location")).toBe("/home");
  });

  it("answers a language switch whose target has a line break with the default page, not a 500", async () => {
    const result = await languageAction({ request: formRequest("/language", { language: "en", redirectTo: "/home\r\nX-Evil: 1" }), params: {}, context: {} });
    expect(result.status).toBe(302);
    expect(result.headers.get("Location")).toBe("/");
  });
});
