// Line breaking for the PDF plan (app/plan/pdf-text.server.ts) and the renderer's input helpers (pdf-data.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actionKey, type PlanAction } from "../app/plan";
import { pdfAnswersOf, toPdfActions } from "../app/plan/pdf-data";
import { layoutText, lineHeightOf, widthOf, type Line } from "../app/plan/pdf-text.server";

const textOf = (line: Line) => line.segments.map((segment) => segment.text).join("");
const normalised = (text: string) => text.replace(/\s+/g, " ").trim();

describe("layoutText", () => {
  it("breaks at spaces, keeps every line within the width and loses no text", () => {
    const word = fc.stringMatching(/^[a-zA-Zĳ€‘’“”é0-9.,:]{1,14}$/);
    const piece = fc.oneof(word, word, word, fc.constant(" "), fc.constant("  "), fc.constant("\n"), fc.constant("-"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 40, max: 400 }), fc.constantFrom(8, 10, 14), (pieces, width, size) => {
        const text = pieces.join("");
        const block = layoutText(text, { size, width });
        expect(block.height).toBeCloseTo(block.lines.length * lineHeightOf(size), 6);
        for (const line of block.lines) {
          const content = textOf(line).trimEnd();
          // A line wider than the width can only be a single character that does not fit on its own.
          if (line.width > width + 1e-6) expect([...content].length).toBe(1);
          expect(line.width).toBeCloseTo(widthOf(content, "regular", size), 6);
        }
        expect(normalised(block.lines.map(textOf).join(""))).toBe(normalised(text));
      }),
      { numRuns: 300 },
    );
  });

  it("ends a line that breaks at a space with that space, so extracted text keeps its words apart", () => {
    const block = layoutText("een twee drie vier vijf zes", { size: 10, width: widthOf("een twee drie", "regular", 10) + 1 });
    expect(block.lines.map(textOf)).toEqual(["een twee drie ", "vier vijf zes"]);
    expect(block.lines[0]?.width).toBeCloseTo(widthOf("een twee drie", "regular", 10), 6);
  });

  it("breaks after a hyphen inside a word, and inside a word that is wider than the line", () => {
    const hyphen = layoutText("de IT-verantwoordelijke", { size: 10, width: widthOf("verantwoordelijke", "regular", 10) + 5 });
    expect(hyphen.lines.map(textOf)).toEqual(["de IT-", "verantwoordelijke"]);
    const url = "https://www.example.org/a/very/long/address/that/does/not/fit";
    const long = layoutText(url, { size: 10, width: 100 });
    expect(long.lines.length).toBeGreaterThan(2);
    expect(long.lines.map(textOf).join("")).toBe(url);
    for (const line of long.lines) expect(line.width).toBeLessThanOrEqual(100);
  });

  it("keeps runs in their own font and colour, measured in that font", () => {
    const block = layoutText(
      [
        { text: "Waarom: ", font: "bold" },
        { text: "omdat het moet.", colour: "#ff0000" },
      ],
      { size: 10, width: 400, colour: "#000000" },
    );
    expect(block.lines).toHaveLength(1);
    expect(block.lines[0]?.segments).toEqual([
      { text: "Waarom: ", font: "bold", colour: "#000000", width: widthOf("Waarom: ", "bold", 10) },
      { text: "omdat het moet.", font: "regular", colour: "#ff0000", width: widthOf("omdat het moet.", "regular", 10) },
    ]);
  });

  it("gives an empty text one empty line", () => {
    expect(layoutText("", { size: 10, width: 100 }).lines).toEqual([{ segments: [], width: 0 }]);
  });
});

describe("the renderer's input", () => {
  const action: PlanAction = {
    key: actionKey({ questionId: "acc-mfa-email", kind: "basic" }),
    questionId: "acc-mfa-email",
    domain: "accounts",
    kind: "basic",
    measure: "basic",
    title: { nl: "Zet tweestapsverificatie aan", en: "Turn on two-step verification" },
    detail: { nl: "Uitleg.", en: "Explanation." },
    owner: "it_lead",
    effort: "small",
    timeframe: "now",
    startDate: "2026-08-31",
    dueDate: "2026-09-01",
    deadline: null,
    replanned: false,
    beyondDeadline: false,
    needsSupplier: false,
    late: false,
    weight: 3,
    maturity: 0,
    gap: 3,
    impact: 9,
    critical: true,
    quickWin: true,
  };

  it("names the measure's owner role when nobody is named, and takes the status as to do until set", () => {
    expect(toPdfActions({ actions: [action], language: "nl" })[0]).toMatchObject({ status: "todo", ownerLabel: "IT-verantwoordelijke" });
    expect(toPdfActions({ actions: [{ ...action, ownerName: "  " }], language: "en" })[0]).toMatchObject({ ownerLabel: "IT lead" });
    expect(toPdfActions({ actions: [{ ...action, status: "done", ownerName: " Karim " }], language: "nl" })[0]).toMatchObject({
      status: "done",
      ownerLabel: "Karim",
    });
  });

  it("keeps answers and notes by question, a note without an answer too", () => {
    expect(
      pdfAnswersOf([
        { questionId: "a", value: { kind: "dont_know" }, note: "" },
        { questionId: "b", value: null, note: "Alleen een notitie" },
      ]),
    ).toEqual({ a: { value: { kind: "dont_know" }, note: "" }, b: { value: null, note: "Alleen een notitie" } });
  });
});
