// HTTP-level checks against the real server: headers, CSP nonce, cookies, 404s for the wrong people.
import { describe, expect, inject, it } from "vitest";
import { nextTotp } from "./totp";

const baseUrl = inject("baseUrl");

async function signInCookie(email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/login`, {
    method: "POST",
    headers: { Origin: baseUrl },
    body: new URLSearchParams({ email, password: "weerbaar-demo" }),
    redirect: "manual",
  });
  expect(response.status).toBe(302);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (!response.headers.get("location")?.startsWith("/login/code")) return cookie;
  // The demo admin and analyst have two-step sign-in: the code, computed from the demo secret, comes next.
  for (let attempt = 1; ; attempt++) {
    const { code } = await nextTotp(baseUrl, email);
    const second = await fetch(`${baseUrl}/login/code`, {
      method: "POST",
      headers: { Origin: baseUrl, Cookie: cookie },
      body: new URLSearchParams({ code }),
      redirect: "manual",
    });
    if (second.status === 302) return (second.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    // Refused: another test file used this code a moment ago. Take the next one.
    expect(second.status).toBe(401);
    if (attempt >= 3) throw new Error(`the code step for ${email} kept failing`);
  }
}

describe("security headers", () => {
  it("are on documents, resources and static files", async () => {
    const page = await fetch(`${baseUrl}/login`);
    const html = await page.text();
    const asset = html.match(/href="(\/assets\/[^"]+\.css)"/)?.[1];
    expect(asset).toBeDefined();
    for (const url of ["/login", "/healthz", "/questionnaire.json", asset ?? "", "/favicon.svg", "/does-not-exist"]) {
      const response = await fetch(`${baseUrl}${url}`);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
      expect(csp, url).not.toContain("unsafe-inline");
      expect(response.headers.get("x-content-type-options"), url).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), url).toBe("same-origin");
      expect(response.headers.get("permissions-policy"), url).toContain("camera=()");
    }
  });

  it("give every inline script the nonce of its own response, fresh per request", async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 2; i++) {
      const response = await fetch(`${baseUrl}/login`);
      const nonce = (response.headers.get("content-security-policy") ?? "").match(/'nonce-([^']+)'/)?.[1];
      expect(nonce).toBeDefined();
      nonces.add(nonce ?? "");
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1] ?? "");
      expect(scripts.length).toBeGreaterThan(1);
      for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(2);
  });
});

describe("caching", () => {
  it("serves fingerprinted assets as immutable, and other public files and pages not", async () => {
    const html = await (await fetch(`${baseUrl}/login`)).text();
    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1] ?? html.match(/href="(\/assets\/[^"]+\.css)"/)?.[1];
    expect(asset).toBeDefined();
    expect((await fetch(`${baseUrl}${asset}`)).headers.get("cache-control")).toContain("immutable");
    const favicon = await fetch(`${baseUrl}/favicon.svg`);
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get("cache-control")).not.toContain("immutable");
    expect((await fetch(`${baseUrl}/login`)).headers.get("cache-control") ?? "").not.toContain("immutable");
  });

  it("answers a page whole, with its length, and the signed-in domain page complete", async () => {
    const response = await fetch(`${baseUrl}/login`, { headers: { "Accept-Encoding": "identity" } });
    const body = new Uint8Array(await response.arrayBuffer());
    expect(Number(response.headers.get("content-length"))).toBe(body.length);
    // The loader data for hydration is in the page and closed, so nothing was cut off.
    expect(new TextDecoder().decode(body)).toContain("window.__remixContext.streamController.close()");
    const cookie = await signInCookie("it-lead@demo.test");
    const list = await (await fetch(`${baseUrl}/assessments`, { headers: { Cookie: cookie } })).text();
    const id = list.match(/\/assessments\/([A-Za-z0-9_-]{10,})/)?.[1];
    const page = await (await fetch(`${baseUrl}/assessments/${id}/domains/accounts`, { headers: { Cookie: cookie } })).text();
    expect(page).toContain('id="q-acc-mfa-email"');
    expect(page).toContain("window.__remixContext.streamController.close()");
  });

  it("answers HEAD with no body, and sends the same page compressed", async () => {
    const head = await fetch(`${baseUrl}/login`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    const plain = await (await fetch(`${baseUrl}/login`, { headers: { "Accept-Encoding": "identity" } })).text();
    const zipped = await fetch(`${baseUrl}/login`, { headers: { "Accept-Encoding": "gzip" } });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    // Each response has its own script nonce; the rest is the same page.
    const withoutNonces = (html: string) => html.replace(/nonce="[^"]+"/g, 'nonce=""');
    expect(withoutNonces(await zipped.text())).toBe(withoutNonces(plain));
  });
});

describe("health and sessions", () => {
  it("answers /healthz with ok", async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("sets an HttpOnly, SameSite=Lax session cookie and refuses cross-site posts", async () => {
    const response = await fetch(`${baseUrl}/login`, {
      method: "POST",
      headers: { Origin: baseUrl },
      body: new URLSearchParams({ email: "it-lead@demo.test", password: "weerbaar-demo" }),
      redirect: "manual",
    });
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const forged = await fetch(`${baseUrl}/login`, {
      method: "POST",
      headers: { Origin: "https://evil.example" },
      body: new URLSearchParams({ email: "a@b.nl", password: "x" }),
      redirect: "manual",
    });
    expect(forged.status).toBe(403);
  });

  it("signs out only by POST", async () => {
    const cookie = await signInCookie("campagne@demo.test");
    const viaGet = await fetch(`${baseUrl}/logout`, { headers: { Cookie: cookie }, redirect: "manual" });
    expect(viaGet.status).toBe(302);
    expect((await fetch(`${baseUrl}/home`, { headers: { Cookie: cookie }, redirect: "manual" })).status).toBe(200);
    const viaPost = await fetch(`${baseUrl}/logout`, { method: "POST", headers: { Origin: baseUrl, Cookie: cookie }, redirect: "manual" });
    expect(viaPost.status).toBe(302);
    expect((await fetch(`${baseUrl}/home`, { headers: { Cookie: cookie }, redirect: "manual" })).status).toBe(302);
  });
});

describe("who gets 404", () => {
  it("gives the platform admin and analyst 404 on party pages", async () => {
    for (const email of ["beheer@demo.test", "analist@demo.test"]) {
      const cookie = await signInCookie(email);
      for (const url of ["/members", "/assessments", "/assessments/anything", "/assessments/anything/plan.pdf"]) {
        const response = await fetch(`${baseUrl}${url}`, { headers: { Cookie: cookie }, redirect: "manual" });
        expect(response.status, `${email} ${url}`).toBe(404);
      }
    }
  });

  it("gives party members 404 on admin and insights pages", async () => {
    const cookie = await signInCookie("it-lead@demo.test");
    for (const url of ["/admin", "/admin/users", "/admin/audit", "/insights"]) {
      const response = await fetch(`${baseUrl}${url}`, { headers: { Cookie: cookie }, redirect: "manual" });
      expect(response.status, url).toBe(404);
    }
  });

  it("does not answer 500 to odd input", async () => {
    const cookie = await signInCookie("it-lead@demo.test");
    const cases: Array<[string, RequestInit]> = [
      ["/login", { method: "POST", body: "email=%ZZ&password=%", headers: { "Content-Type": "application/x-www-form-urlencoded" } }],
      ["/login", { method: "POST", body: JSON.stringify({ email: 1 }), headers: { "Content-Type": "application/json" } }],
      ["/members", { method: "POST", body: new URLSearchParams({ intent: "nonsense" }), headers: { Cookie: cookie } }],
      ["/members/invitations", { method: "POST", body: new URLSearchParams({ intent: "invite", email: "x".repeat(100_000) }), headers: { Cookie: cookie } }],
      ["/members/invitations", { method: "POST", body: new URLSearchParams({ intent: "nonsense" }), headers: { Cookie: cookie } }],
      ["/members/two-step", { method: "POST", body: new URLSearchParams({ intent: "require-two-step", required: "maybe" }), headers: { Cookie: cookie } }],
      ["/invitations/%E0%A4%A", { method: "GET" }],
      ["/admin/audit?before=-1", { method: "GET", headers: { Cookie: cookie } }],
      ["/organisation/switch", { method: "POST", body: new URLSearchParams({ organisationId: "someone-elses" }), headers: { Cookie: cookie } }],
    ];
    for (const [url, init] of cases) {
      // As a browser sends them: from our own pages.
      const response = await fetch(`${baseUrl}${url}`, { ...init, headers: { Origin: baseUrl, ...init.headers }, redirect: "manual" });
      expect(response.status, url).toBeGreaterThanOrEqual(200);
      expect(response.status, url).toBeLessThan(500);
    }
  });
});
