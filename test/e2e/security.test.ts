// Attacks on the running server, from a real browser where the browser's own behaviour matters.
import http from "node:http";
import net from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { demoPassword, launchBrowser, openSession, waitForHydration } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("redirect after sign-in", () => {
  it.each(["%2F%09%2Fevil.example", "%2F%5Cevil.example", "%2F%0A%2Fevil.example", "%2F%2F%2Fevil.example"])(
    "stays on our origin for /login?redirectTo=%s",
    async (target) => {
      const { context, page } = await openSession(browser);
      try {
        await page.goto(`${baseUrl}/login?redirectTo=${target}`);
        await waitForHydration(page);
        await page.getByLabel(/E-mailadres|E-mail address/).fill("campagne@demo.test");
        await page.getByLabel(/^Wachtwoord$|^Password$/).fill(demoPassword);
        await Promise.all([
          page.waitForURL((url) => !url.pathname.startsWith("/login") || url.origin !== baseUrl),
          page
            .getByRole("button", { name: /Inloggen|Sign in/ })
            .last()
            .click(),
        ]);
        expect(new URL(page.url()).origin).toBe(baseUrl);
        expect(new URL(page.url()).pathname).toBe("/home");
      } finally {
        await context.close();
      }
    },
  );
});

async function signInCookie(email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/login`, {
    method: "POST",
    headers: { Origin: baseUrl },
    body: new URLSearchParams({ email, password: demoPassword }),
    redirect: "manual",
  });
  expect(response.status).toBe(302);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

/** Sends a chunked body (no Content-Length) of up to totalBytes and returns the status and page as soon as the server answers. */
function postChunked({ path, totalBytes, headers = {} }: { path: string; totalBytes: number; headers?: Record<string, string> }) {
  return new Promise<{ status: number; body: string; sentBytes: number }>((resolve, reject) => {
    const url = new URL(path, baseUrl);
    let sentBytes = 0;
    let answered = false;
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        agent: false,
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl, ...headers },
      },
      (response) => {
        answered = true;
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body, sentBytes }));
        response.on("error", reject);
      },
    );
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.from(`note=${"a".repeat(64 * 1024 - 5)}`);
    function pump() {
      while (!answered && sentBytes < totalBytes) {
        sentBytes += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!answered) request.end();
    }
    pump();
  });
}

describe("request bodies", () => {
  it("stops reading a chunked body past the limit and says so in the user's language", async () => {
    // The import takes the largest bodies (1 MB), so this reaches the server-wide limit.
    const cookie = await signInCookie("it-lead@demo.test");
    const started = Date.now();
    const dutch = await postChunked({ path: "/assessments/import", totalBytes: 200 * 1024 * 1024, headers: { Cookie: cookie } });
    expect(dutch.status).toBe(413);
    expect(dutch.body).toContain('lang="nl"');
    expect(dutch.body).toContain("Er is niets opgeslagen");
    // Refused long before 200 MB went over the wire.
    expect(dutch.sentBytes).toBeLessThan(50 * 1024 * 1024);
    expect(Date.now() - started).toBeLessThan(20_000);
    const english = await postChunked({
      path: "/assessments/import",
      totalBytes: 4 * 1024 * 1024,
      headers: { Cookie: `${cookie}; weerbaar-lang=ImVuIg%3D%3D` },
    });
    expect(english.status).toBe(413);
    expect(english.body).toContain("Nothing was saved");
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
  });

  it("cuts off a client that keeps sending after the answer, within seconds", async () => {
    // The answer is given before the body was read; what still arrives is discarded for a few seconds
    // so that the client can read the answer, but a client that never stops is not read from forever.
    const url = new URL(baseUrl);
    const result = await new Promise<{ received: string; answeredAt: number; closedAt: number }>((resolve) => {
      const socket = net.connect(Number(url.port), url.hostname);
      let received = "";
      let answeredAt = 0;
      const chunk = "a".repeat(64 * 1024);
      const framed = `${chunk.length.toString(16)}\r\nnote=${chunk.slice(5)}\r\n`;
      let timer: NodeJS.Timeout | undefined;
      socket.on("connect", () => {
        socket.write(
          `POST /login HTTP/1.1\r\nHost: ${url.host}\r\nOrigin: ${baseUrl}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n`,
        );
        // Keeps sending, answer or not, until the server closes the connection.
        const pump = () => {
          while (!socket.destroyed && socket.write(framed));
          if (!socket.destroyed) socket.once("drain", pump);
        };
        pump();
        timer = setTimeout(() => socket.destroy(), 30_000);
      });
      socket.setEncoding("utf8");
      socket.on("data", (data: string) => {
        received += data;
        if (!answeredAt && received.includes("\r\n\r\n")) answeredAt = Date.now();
      });
      socket.on("error", () => undefined);
      socket.on("close", () => {
        clearTimeout(timer);
        resolve({ received, answeredAt, closedAt: Date.now() });
      });
    });
    expect(result.received).toMatch(/^HTTP\/1\.1 413/);
    expect(result.answeredAt).toBeGreaterThan(0);
    expect(result.closedAt - result.answeredAt).toBeLessThan(10_000);
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
  });

  it("refuses a body over a route's own limit while it streams, with the route's page", async () => {
    const response = await postChunked({ path: "/login", totalBytes: 256 * 1024 });
    expect(response.status).toBe(413);
    expect(response.body).toContain("te groot");
  });
});

describe("state-changing requests from elsewhere", () => {
  const form = () => new URLSearchParams({ email: "campagne@demo.test", password: "wrong password!" });

  it("refuses a post without Origin or Sec-Fetch-Site, or from another origin, with a message", async () => {
    for (const headers of <Array<Record<string, string>>>[{}, { Origin: "https://evil.example" }, { Origin: "null" }, { "Sec-Fetch-Site": "cross-site" }]) {
      const response = await fetch(`${baseUrl}/login`, { method: "POST", headers, body: form(), redirect: "manual" });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await response.text()).toContain("niet van een pagina van Weerbaar");
    }
  });

  it("accepts our own origin, and Sec-Fetch-Site: same-origin where a browser sends no Origin", async () => {
    for (const headers of <Array<Record<string, string>>>[{ Origin: baseUrl }, { "Sec-Fetch-Site": "same-origin" }]) {
      const response = await fetch(`${baseUrl}/login`, { method: "POST", headers, body: form(), redirect: "manual" });
      expect(response.status, JSON.stringify(headers)).toBe(401);
    }
  });
});

describe("oversized addresses and headers", () => {
  it("answers a too-long address with a page that says so", async () => {
    const response = await fetch(`${baseUrl}/assessments?x=${"a".repeat(6000)}`);
    expect(response.status).toBe(414);
    expect(await response.text()).toContain("Adres te lang");
  });

  it("answers too-large headers with a page that says so", async () => {
    const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(baseUrl);
      const request = http.request(
        { host: url.hostname, port: url.port, path: "/login", agent: false, headers: { Cookie: `x=${"a".repeat(20_000)}` } },
        (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (chunk: string) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      request.on("error", reject);
      request.end();
    });
    expect(response.status).toBe(431);
    expect(response.body).toContain("Verzoek te groot");
  });
});

describe("pages for unknown addresses", () => {
  it("show no stack trace or server path, also outside production", async () => {
    for (const path of ["/does-not-exist", "/a/b/c.d", "/invitations/nope"]) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status, path).toBe(404);
      const html = await response.text();
      expect(html, path).not.toMatch(/node_modules|\/work\/|router\.cjs|at [A-Za-z.]+ \(/);
      expect(html, path).toMatch(/Pagina niet gevonden|Deze uitnodiging bestaat niet/);
    }
  });
});

describe("caching of private pages", () => {
  it("answers every page and file of a signed-in user with Cache-Control: private, no-store", async () => {
    const cookie = await signInCookie("it-lead@demo.test");
    const list = await (await fetch(`${baseUrl}/assessments`, { headers: { Cookie: cookie } })).text();
    const id = list.match(/href="\/assessments\/([A-Za-z0-9_-]{10,})"/)?.[1];
    expect(id).toBeDefined();
    for (const path of [
      "/home",
      "/assessments",
      `/assessments/${id}`,
      `/assessments/${id}/results`,
      `/assessments/${id}/export.json`,
      "/account/security",
      "/members",
    ]) {
      const response = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("cache-control"), path).toBe("private, no-store");
    }
  });
});
