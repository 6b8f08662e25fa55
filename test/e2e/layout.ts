// Checks of what a phone or keyboard user meets on a page: horizontal scrolling (WCAG 1.4.10 reflow), text
// spacing and size (1.4.12, 1.4.4), and focus hidden under a fixed or sticky element (2.4.11, and partly
// hidden, 2.4.12). Each runs in the page through the DevTools protocol, so the page's CSP does not block it.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";

/** Where the 320-pixel screenshots go: test-artifacts/ in the work tree (ignored by git), or E2E_ARTIFACTS. */
export const screenshotDir = path.resolve(process.env.E2E_ARTIFACTS ?? "test-artifacts", "screens-320");

/** The outermost elements that stick out past the right edge of the window, for a failure message. */
async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : ""}`;
    const found: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const right = el.getBoundingClientRect().right;
      const parentRight = el.parentElement?.getBoundingClientRect().right ?? 0;
      if (right > width + 0.5 && parentRight <= width + 0.5)
        found.push(`${describe(el)} reaches ${Math.round(right)} px: "${(el.textContent ?? "").trim().slice(0, 50)}"`);
    }
    if (found.length) return found.slice(0, 5);
    // Text that runs out of its box (a word or a line that cannot wrap): the innermost such element.
    const spills = (el: Element) => el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && getComputedStyle(el).overflowX === "visible";
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      if (spills(el) && !Array.from(el.children).some(spills))
        found.push(`${describe(el)}: its content is ${el.scrollWidth} px wide in ${el.clientWidth} px: "${(el.textContent ?? "").trim().slice(0, 50)}"`);
    }
    return found.slice(0, 5);
  });
}

/** Fails when the page scrolls sideways at the current window width. */
export async function expectNoHorizontalOverflow(page: Page, label: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  if (scrollWidth > clientWidth) {
    const culprits = await overflowingElements(page);
    expect.fail(
      `${label}: the page is ${scrollWidth} px wide in a ${clientWidth}-pixel window (it scrolls sideways). Sticking out:\n${culprits.join("\n") || "(an absolutely positioned or transformed element)"}`,
    );
  }
}

/**
 * Sets the largest text spacing WCAG 1.4.12 asks a page to survive (line height 1.5, paragraphs 2 ×, letters
 * 0.12 ×, words 0.16 × the font size), or text at twice the size (1.4.4), for the next checks; undo() removes it.
 * A constructed style sheet, because the page's CSP refuses an added <style> element.
 */
export async function applyTextStyle(page: Page, style: "spacing" | "double-size"): Promise<{ undo: () => Promise<void> }> {
  await page.evaluate((kind) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      kind === "spacing"
        ? "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }"
        : "html { font-size: 200% !important; }",
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, style);
  return {
    undo: () => page.evaluate(() => void (document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1))),
  };
}

declare global {
  interface Window {
    weerbaarFocus?: { stops: number; hidden: string[]; first: Element | null; done: boolean };
  }
}

/**
 * Tabs through the whole page with the keyboard and fails when the focused element is covered, fully or partly,
 * by an element with position fixed or sticky (the save bar, for one). After each Tab (at keyup, when the
 * browser has scrolled the element into view) the check compares the element's box with every fixed or sticky
 * box, and asks the browser what is painted on top where they overlap.
 */
export async function expectFocusNeverHidden(
  page: Page,
  label: string,
  { onlyIfSomethingSticks = false }: { onlyIfSomethingSticks?: boolean } = {},
): Promise<void> {
  // A key press per Tab stop is the slow part; where nothing is fixed or sticky at load, a caller may skip it.
  if (onlyIfSomethingSticks) {
    const sticks = await page.evaluate(() =>
      Array.from(document.body.querySelectorAll("*")).some((el) => ["fixed", "sticky"].includes(getComputedStyle(el).position)),
    );
    if (!sticks) return;
  }
  const tabStops = await page.evaluate(() => {
    const describe = (el: Element) => {
      const name = (el.getAttribute("aria-label") || el.textContent?.trim() || el.getAttribute("name") || "").replace(/\s+/g, " ").slice(0, 50);
      const tag = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).join(".")}` : ""}`;
      return `<${tag}> "${name}"`;
    };
    // The fixed and sticky elements, looked up again only after the page changed (looking at every element on
    // every Tab made a long page's check take seconds).
    let covers: Element[] | null = null;
    new MutationObserver(() => (covers = null)).observe(document.body, { subtree: true, childList: true, attributes: true });
    const stuck = () =>
      (covers ??= Array.from(document.body.querySelectorAll("*")).filter((el) => {
        const position = getComputedStyle(el).position;
        return position === "fixed" || position === "sticky";
      }));
    const state = { stops: 0, hidden: [] as string[], first: null as Element | null, done: false };
    window.weerbaarFocus = state;
    document.addEventListener(
      "keyup",
      (event) => {
        if (event.key !== "Tab" || state.done) return;
        const focused = document.activeElement;
        if (!focused || focused === document.body || focused === state.first) {
          state.done = true;
          return;
        }
        state.first ??= focused;
        state.stops += 1;
        const box = focused.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) return;
        const viewHeight = window.innerHeight;
        for (const cover of stuck()) {
          if (cover.contains(focused) || focused.contains(cover)) continue;
          const over = cover.getBoundingClientRect();
          const left = Math.max(box.left, over.left);
          const right = Math.min(box.right, over.right);
          const top = Math.max(box.top, over.top);
          const bottom = Math.min(box.bottom, over.bottom);
          if (right - left < 1 || bottom - top < 1) continue;
          // Painted on top where they overlap? (A sticky element in its normal place overlaps nothing.)
          const probeX = Math.min(Math.max((left + right) / 2, 0), window.innerWidth - 1);
          const probeY = Math.min(Math.max((top + bottom) / 2, 0), viewHeight - 1);
          const onTop = document.elementFromPoint(probeX, probeY);
          if (!onTop || !cover.contains(onTop)) continue;
          const fully = left <= box.left && right >= box.right && top <= box.top && bottom >= box.bottom;
          // Something taller than the room beside the cover cannot be wholly clear of it; it must only not vanish.
          const fits = box.height <= viewHeight - over.height;
          if (fully || fits)
            state.hidden.push(
              `${describe(focused)} is ${fully ? "fully" : "partly"} under <${describe(cover).slice(1).split(">")[0]}> (${Math.round(right - left)}×${Math.round(bottom - top)} px covered)`,
            );
        }
      },
      true,
    );
    return document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]").length;
  });
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  await page.evaluate(() => window.scrollTo(0, 0));
  // One Tab more than there are candidates brings focus back round; the listener stops counting there.
  for (let i = 0; i <= tabStops + 1; i++) {
    await page.keyboard.press("Tab");
    if (i % 25 === 24 && (await page.evaluate(() => window.weerbaarFocus?.done))) break;
  }
  const result = await page.evaluate(() => ({ stops: window.weerbaarFocus?.stops ?? 0, hidden: window.weerbaarFocus?.hidden ?? [] }));
  expect(result.stops, `${label}: no focus stop reached with Tab`).toBeGreaterThan(0);
  expect(result.hidden.join("\n"), `${label}: focused elements hidden by a fixed or sticky element (${result.stops} Tab stops)`).toBe("");
}

/** A full-page screenshot, named after the page, saved for people to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  // Without the focus ring the tab checks left behind.
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  // The public questionnaire is over 30,000 pixels long at 320 wide: the first 16,000 show enough of it.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const clip = height > 16_000 ? { x: 0, y: 0, width: page.viewportSize()?.width ?? 320, height: 16_000 } : undefined;
  // JPEG: a tall PNG took seconds to encode.
  await page.screenshot({
    path: path.join(screenshotDir, `${name.replace(/[^a-z0-9-]+/gi, "_")}.jpg`),
    type: "jpeg",
    quality: 80,
    fullPage: true,
    clip,
    timeout: 30_000,
  });
}
