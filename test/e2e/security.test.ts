// Attacks on the running server, from a real browser where the browser's own behaviour matters.
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
          page.getByRole("button", { name: /Inloggen|Sign in/ }).last().click(),
        ]);
        expect(new URL(page.url()).origin).toBe(baseUrl);
        expect(new URL(page.url()).pathname).toBe("/home");
      } finally {
        await context.close();
      }
    },
  );
});
