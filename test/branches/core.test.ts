import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commonGaps, domainMedians, medianOf, weakestDomains } from "../../app/branches/aggregate";
import { overviewCsv, parseOverviewQuery, projectBranchRow, selectRows, totalsOf, type BranchFacts } from "../../app/branches/overview";
import { revealOf, sharesAtLeast, sharingLevels } from "../../app/branches/sharing";

type Assessment = NonNullable<BranchFacts["assessment"]>;
const assessmentOf = (level: string, over: Partial<Assessment> = {}): Assessment => ({
  id: `a-${level}`,
  status: "submitted",
  answered: 30,
  total: 40,
  submittedOn: "2026-11-20",
  actionsDone: 3,
  actionsLate: 1,
  level: "getting_there",
  overall: 48,
  domains: { accounts: 40, disinformation: 55 },
  ...over,
});
const facts = (level: BranchFacts["sharingLevel"], over: Partial<BranchFacts> = {}): BranchFacts => ({
  id: `b-${level}`,
  name: `Afdeling ${level}`,
  sharingLevel: level,
  closed: false,
  assessment: assessmentOf(level),
  ...over,
});

describe("sharing levels", () => {
  it("each level reveals the ones below it and nothing above", () => {
    expect(sharingLevels.map((level) => revealOf({ level }))).toEqual([
      { progress: false, scores: false, readOnly: false },
      { progress: true, scores: false, readOnly: false },
      { progress: true, scores: true, readOnly: false },
      { progress: true, scores: true, readOnly: true },
    ]);
    expect(sharesAtLeast({ level: "scores", needed: "progress" })).toBe(true);
    expect(sharesAtLeast({ level: "progress", needed: "scores" })).toBe(false);
  });
});

describe("a branch row holds only what its level shares", () => {
  it("nothing: name and level only", () => {
    expect(projectBranchRow({ facts: facts("nothing") })).toEqual({
      id: "b-nothing",
      name: "Afdeling nothing",
      sharingLevel: "nothing",
      closed: false,
      progress: null,
      scores: null,
      readOnlyAssessmentId: null,
    });
  });
  it("progress: status, answered, submitted on, action counts; no scores, no assessment id", () => {
    const row = projectBranchRow({ facts: facts("progress") });
    expect(row.progress).toEqual({ status: "submitted", answeredPercent: 75, submittedOn: "2026-11-20", actionsDone: 3, actionsLate: 1 });
    expect(row.scores).toBeNull();
    expect(JSON.stringify(row)).not.toContain("a-progress");
    expect(JSON.stringify(row)).not.toContain("getting_there");
  });
  it("scores: levels and domain scores, still no assessment id", () => {
    const row = projectBranchRow({ facts: facts("scores") });
    expect(row.scores).toEqual({ level: "getting_there", overall: 48, domains: { accounts: 40, disinformation: 55 } });
    expect(JSON.stringify(row)).not.toContain("a-scores");
  });
  it("everything: the assessment may be opened read-only", () => {
    expect(projectBranchRow({ facts: facts("everything") }).readOnlyAssessmentId).toBe("a-everything");
  });
  it("a draft never shows scores, even at 'scores'", () => {
    const row = projectBranchRow({ facts: facts("scores", { assessment: assessmentOf("scores", { status: "draft" }) }) });
    expect(row.scores).toBeNull();
  });
  it("for any level, a field above the level never survives projection", () => {
    fc.assert(
      fc.property(fc.constantFrom(...sharingLevels), (level) => {
        const row = projectBranchRow({ facts: facts(level) });
        const reveal = revealOf({ level });
        return (
          (row.progress !== null) === reveal.progress && (row.scores !== null) === reveal.scores && (row.readOnlyAssessmentId !== null) === reveal.readOnly
        );
      }),
    );
  });
});

describe("overview sorting, filters and totals", () => {
  const rows = sharingLevels.map((level) =>
    projectBranchRow({ facts: facts(level, { name: `Afdeling ${level}`, assessment: assessmentOf(level, { overall: sharingLevels.indexOf(level) * 10 }) }) }),
  );
  it("unknown query values fall back to defaults", () => {
    expect(parseOverviewQuery({ params: new URLSearchParams("sort=drop&dir=x&sharing=all&status=zzz&q=%3Cscript%3E") })).toMatchObject({
      sort: "name",
      dir: "asc",
      status: "all",
      q: "<script>",
    });
  });
  it("a value the branch does not share sorts last in both directions", () => {
    for (const dir of ["asc", "desc"] as const) {
      const sorted = selectRows({ rows, query: parseOverviewQuery({ params: new URLSearchParams(`sort=score&dir=${dir}`) }) });
      expect(
        sorted
          .slice(-2)
          .map((row) => row.sharingLevel)
          .sort(),
      ).toEqual(["nothing", "progress"]);
    }
  });
  it("filters by what is shared and by name", () => {
    expect(selectRows({ rows, query: parseOverviewQuery({ params: new URLSearchParams("status=not_shared") }) }).map((r) => r.sharingLevel)).toEqual([
      "nothing",
    ]);
    expect(selectRows({ rows, query: parseOverviewQuery({ params: new URLSearchParams("q=SCORES") }) }).map((r) => r.sharingLevel)).toEqual(["scores"]);
  });
  it("totals count only what rows show", () => {
    const totals = totalsOf({ rows });
    expect(totals).toMatchObject({ branches: 4, sharingProgress: 3, submitted: 3, actionsDone: 9, actionsLate: 3 });
    expect(totals.medianScore).toBeNull();
  });
  it("the CSV marks unshared cells and keeps formulas out", () => {
    const csv = overviewCsv({
      rows: [projectBranchRow({ facts: facts("nothing", { name: "=HYPERLINK(1)" }) }), projectBranchRow({ facts: facts("scores") })],
      domains: ["accounts", "disinformation"],
      labels: {
        header: ["n", "s", "st", "a", "sub", "l", "o", "d1", "d2", "done", "late"],
        sharing: { nothing: "N", progress: "P", scores: "S", everything: "E" },
        status: { not_started: "ns", draft: "dr", submitted: "sb" },
        notShared: "x",
        level: (l) => l,
      },
    });
    const [, first, second] = csv.trim().split("\r\n");
    expect(first).toBe("'=HYPERLINK(1),N,x,x,x,x,x,x,x,x,x");
    expect(second).toBe("Afdeling scores,S,sb,75,2026-11-20,getting_there,48,40,55,3,1");
  });
});

describe("party figures and their thresholds", () => {
  it("median of odd and even lists", () => {
    expect(medianOf({ values: [] })).toBeNull();
    expect(medianOf({ values: [5, 1, 3] })).toBe(3);
    expect(medianOf({ values: [1, 2, 3, 4] })).toBe(3);
  });
  it("no domain median from fewer than 3 branches", () => {
    const two = domainMedians({ domains: ["accounts"], branches: [{ domains: { accounts: 10 } }, { domains: { accounts: 20 } }] });
    expect(two).toEqual([{ domain: "accounts", branches: 2, median: null }]);
    const three = domainMedians({
      domains: ["accounts"],
      branches: [{ domains: { accounts: 10 } }, { domains: { accounts: 20 } }, { domains: { accounts: null } }, { domains: { accounts: 30 } }],
    });
    expect(three).toEqual([{ domain: "accounts", branches: 3, median: 20 }]);
    expect(weakestDomains({ figures: [...two, { domain: "x", branches: 3, median: 50 }] })).toEqual([{ domain: "x", branches: 3, median: 50 }]);
  });
  it("a gap is listed only when at least 3 branches have it", () => {
    expect(commonGaps({ branchGaps: [["q1"], ["q1"]] })).toEqual([]);
    expect(commonGaps({ branchGaps: [["q1", "q2"], ["q1", "q1"], ["q1", "q2"], []] })).toEqual([{ questionId: "q1", branches: 3 }]);
  });
  it("any figure shown has at least the minimum of branches behind it", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom("a", "b", "c", "d"), { maxLength: 4 }), { maxLength: 8 }), (branchGaps) =>
        commonGaps({ branchGaps }).every((gap) => gap.branches >= 3 && branchGaps.length >= 3),
      ),
    );
  });
});

describe("pages of the overview", () => {
  it("cuts the rows in pages of 50 and keeps a page past the end on the last page", async () => {
    const { pageOfRows } = await import("../../app/branches/overview");
    const rows = Array.from({ length: 120 }, (_, index) => index);
    expect(pageOfRows({ rows, page: 1 })).toMatchObject({ page: 1, pages: 3 });
    expect(pageOfRows({ rows, page: 3 }).rows).toEqual(rows.slice(100));
    expect(pageOfRows({ rows, page: 99 }).page).toBe(3);
    expect(pageOfRows({ rows: [], page: 2 })).toEqual({ rows: [], page: 1, pages: 1 });
  });
});
