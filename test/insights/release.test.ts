import { describe, expect, it } from "vitest";
import {
  noNoise,
  buildContribution,
  computeRelease,
  exportColumns,
  exportRows,
  feasibleSizes,
  monthOf,
  parseInsightsQuery,
  quartiles,
  suppressBreakdown,
  syntheticOrganisation,
  toCsv,
  toRanges,
  inRanges,
  type ReleaseContribution,
} from "../../app/insights";
import { currentQuestionnaire as q } from "../../app/questionnaire/current";
import { visibleQuestions } from "../../app/questionnaire/answers";
import { scoreAssessment } from "../../app/scoring";
import { fixedRandom } from "./helpers";

const kinds = ["national_party", "local_branch", "local_party"] as const;

describe("statistics", () => {
  it("gives median and quartiles by linear interpolation, rounded to one decimal", () => {
    expect(quartiles([10, 20, 30, 40, 50])).toEqual({ q1: 20, median: 30, q3: 40 });
    expect(quartiles([1, 2, 3, 4])).toEqual({ q1: 1.8, median: 2.5, q3: 3.3 });
    expect(quartiles([70])).toEqual({ q1: 70, median: 70, q3: 70 });
  });

  it("stores seqs as ranges and finds them again", () => {
    const ranges = toRanges([5, 1, 2, 3, 9, 10, 3]);
    expect(ranges).toEqual([
      [1, 3],
      [5, 5],
      [9, 10],
    ]);
    expect([0, 1, 3, 4, 5, 6, 9, 10, 11].map((n) => inRanges(ranges, n))).toEqual([false, true, true, false, true, false, true, true, false]);
  });
});

describe("suppression of one breakdown", () => {
  it("shows every group of at least K", () => {
    expect(suppressBreakdown({ groups: kinds, counts: { national_party: 5, local_branch: 40, local_party: 12 }, minGroup: 5 })).toEqual({
      withheld: false,
      status: { national_party: "published", local_branch: "published", local_party: "published" },
    });
  });

  it("hides a second group when one is under K, so the total minus the rest does not give it away", () => {
    const result = suppressBreakdown({ groups: kinds, counts: { national_party: 3, local_branch: 40, local_party: 12 }, minGroup: 5 });
    expect(result.status).toEqual({ national_party: "fewer_than_k", local_branch: "published", local_party: "hidden" });
    // An analyst knows 55 − 40 = 15 for the two together, national < 5 and local ≥ 5: national is 0–4.
    expect(
      feasibleSizes({
        suppressed: [
          { group: "national_party", status: "fewer_than_k" },
          { group: "local_party", status: "hidden" },
        ],
        total: 15,
        minGroup: 5,
      }).get("national_party"),
    ).toEqual({ low: 0, high: 4 });
  });

  it("hides more when two small groups together are still under K", () => {
    const result = suppressBreakdown({ groups: ["a", "b", "c", "d"], counts: { a: 1, b: 2, c: 30, d: 8 }, minGroup: 5 });
    expect(result.status).toEqual({ a: "fewer_than_k", b: "fewer_than_k", c: "published", d: "hidden" });
  });

  it("hides more when the labels alone would pin a group down (two groups of K−1)", () => {
    // 4 + 4 = 8 with both "fewer than 5" means both are exactly 4: a third group must be hidden.
    const result = suppressBreakdown({ groups: ["a", "b", "c", "d"], counts: { a: 4, b: 4, c: 30, d: 9 }, minGroup: 5 });
    expect(result.status).toEqual({ a: "fewer_than_k", b: "fewer_than_k", c: "published", d: "hidden" });
  });

  it("withholds the breakdown when no choice of groups is safe", () => {
    expect(suppressBreakdown({ groups: kinds, counts: { national_party: 4, local_branch: 4, local_party: 4 }, minGroup: 5 })).toMatchObject({ withheld: true });
    expect(suppressBreakdown({ groups: ["all"], counts: { all: 4 }, minGroup: 5 })).toMatchObject({ withheld: true });
  });

  it("hides groups whose difference with an earlier release would isolate fewer than K contributions", () => {
    const counts = { national_party: 20, local_branch: 40, local_party: 13 };
    // Local parties changed by 1, national parties by 4: hidden together, their change (5) is safe to see.
    const together = [{ suppressed: new Set<string>(), changed: { national_party: 4, local_branch: 9, local_party: 1 } }];
    expect(suppressBreakdown({ groups: kinds, counts, minGroup: 5, earlier: together }).status).toEqual({
      national_party: "hidden",
      local_branch: "published",
      local_party: "hidden",
    });
    // National parties unchanged: hiding them with local parties would still isolate 1 contribution (then
    // both were shown), so local branches go too.
    const alone = [{ suppressed: new Set<string>(), changed: { national_party: 0, local_branch: 9, local_party: 1 } }];
    expect(suppressBreakdown({ groups: kinds, counts, minGroup: 5, earlier: alone }).status).toEqual({
      national_party: "hidden",
      local_branch: "hidden",
      local_party: "hidden",
    });
    // The same change is harmless when the earlier release did not show local parties on their own.
    const hiddenThen = [{ suppressed: new Set(["local_party", "national_party"]), changed: { national_party: 4, local_branch: 9, local_party: 1 } }];
    expect(suppressBreakdown({ groups: kinds, counts, minGroup: 5, earlier: hiddenThen }).status.local_branch).toBe("published");
  });
});

function contribution(seq: number, organisationKind: ReleaseContribution["organisationKind"], score: number | null, maturity: number): ReleaseContribution {
  return {
    seq,
    organisationKind,
    electionType: "gemeenteraad",
    questionnaireVersion: 1,
    month: "2026-02",
    domainScores: { accounts: score, governance: 50 },
    maturities: { "acc-mfa-email": maturity, "acc-password-manager": "na" },
  };
}

describe("computing a release", () => {
  const questions = q.questions.map((x) => ({ id: x.id, domain: x.domain }));

  it("counts levels, quartiles and gaps for the groups it shows, and nothing for the others", () => {
    const list = [
      ...[10, 20, 30, 45, 65, 85].map((score, i) => contribution(i + 1, "local_branch", score, i < 4 ? 0 : 3)),
      contribution(7, "local_party", null, 1),
      contribution(8, "local_party", 90, 1),
    ];
    const { published, basis } = computeRelease({
      releaseId: 1,
      publishedAt: new Date("2026-03-01T12:00:00Z"),
      minGroup: 5,
      contributions: list,
      questions,
      random: noNoise,
      period: "2026-Q1",
    });
    expect(basis.included).toEqual([[1, 8]]);
    const all = published.breakdowns.find((b) => b.breakdown === "all")?.groups[0];
    expect(all).toMatchObject({ status: "published", n: 8 });
    const accounts = all?.domains?.find((d) => d.domain === "accounts");
    expect(accounts?.levels).toEqual({ vulnerable: 3, getting_there: 1, basics_in_place: 1, resilient: 2, no_score: 1 });
    // Quartiles are read off the score bands 0–19, 20–39, …, 80–100 (linear within a band), the same
    // histogram that gets noise: {10}, {20, 30}, {45}, {65}, {85, 90}.
    expect(accounts?.scores).toEqual({ status: "published", n: 7, median: 50, q1: 27.5, q3: 82.5 });
    const kindsShown = published.breakdowns.find((b) => b.breakdown === "organisation_kind");
    // Only local branches reach K. The two small groups together hold 2, under K: local branches are hidden
    // too, and nothing about any type can be derived.
    expect(kindsShown?.groups.map((g) => [g.group, g.status, g.n])).toEqual([
      ["national_party", "fewer_than_k", null],
      ["local_branch", "hidden", null],
      ["local_party", "fewer_than_k", null],
    ]);
    // acc-mfa-email: 6 of 8 at maturity 0–1 (more than half) is a gap; "na" never counts. Only the rank is
    // published: counts per question would each need a share of the privacy budget.
    expect(published.gaps).toEqual([{ rank: 1, questionId: "acc-mfa-email", domain: "accounts", n: null, atMostOne: null, share: null }]);
    expect(published.trend).toEqual([{ releaseId: 1, publishedAt: "2026-03-01T12:00:00.000Z", n: 8, domains: expect.any(Array) }]);
  });

  it("shows 'fewer than K' for quartiles over fewer than K scores, while the group itself is shown", () => {
    const list = [1, 2, 3, 4, 5].map((seq) => contribution(seq, "local_branch", seq < 3 ? null : 50, 2));
    const { published } = computeRelease({
      releaseId: 1,
      publishedAt: new Date(),
      minGroup: 5,
      contributions: list,
      questions,
      random: noNoise,
      period: "2026-Q1",
    });
    const accounts = published.breakdowns[0]?.groups[0]?.domains?.find((d) => d.domain === "accounts");
    expect(accounts?.scores).toEqual({ status: "fewer_than_k", n: null, median: null, q1: null, q3: null });
    expect(accounts?.levels.no_score).toBe(2);
  });

  it("carries the trend of the earlier releases forward", () => {
    const list = [1, 2, 3, 4, 5].map((seq) => contribution(seq, "local_branch", 40, 2));
    const first = computeRelease({
      releaseId: 1,
      publishedAt: new Date("2026-01-01T00:00:00Z"),
      minGroup: 5,
      contributions: list,
      questions,
      random: noNoise,
      period: "2026-Q1",
    });
    const more = [...list, ...[6, 7, 8, 9, 10].map((seq) => contribution(seq, "local_branch", 80, 2))];
    const second = computeRelease({
      releaseId: 2,
      publishedAt: new Date("2026-02-01T00:00:00Z"),
      minGroup: 5,
      contributions: more,
      earlier: [{ published: first.published, included: first.basis.included }],
      groupsBySeq: new Map(more.map((c) => [c.seq, c])),
      questions,
      random: noNoise,
      period: "2026-Q1",
    });
    // Five scores of 40 fill the band 40–59, whose middle is 50; adding five of 80 puts the median on 60.
    expect(second.published.trend.map((p) => [p.releaseId, p.n, p.domains.find((d) => d.domain === "accounts")?.median])).toEqual([
      [1, 5, 50],
      [2, 10, 60],
    ]);
  });
});

describe("exports", () => {
  const list = Array.from({ length: 12 }, (_, i) => contribution(i + 1, i < 9 ? "local_branch" : i < 11 ? "local_party" : "national_party", 30 + i * 5, i % 3));
  const { published } = computeRelease({
    releaseId: 3,
    publishedAt: new Date("2026-03-01T12:00:00Z"),
    minGroup: 5,
    contributions: list,
    questions: q.questions.map((x) => ({ id: x.id, domain: x.domain })),
    random: noNoise,
    period: "2026-Q1",
  });

  it("writes tidy rows: one figure per row, suppressed figures without value or n", () => {
    const rows = exportRows({ release: published });
    expect(rows.find((r) => r.breakdown === "all" && r.metric === "organisations")).toEqual({
      release: 3,
      breakdown: "all",
      group: "all",
      domain_or_question: "",
      metric: "organisations",
      value: 12,
      n: 12,
      status: "published",
    });
    for (const row of rows) {
      if (row.status !== "published") expect([row.value, row.n]).toEqual([null, null]);
      // The privacy budget rows describe the release, not organisations: they have no n.
      else if (row.metric.startsWith("noise_epsilon")) expect(row.n).toBeNull();
      // A gap is a rank chosen with noise: it has no count of its own.
      else if (row.metric === "gap_rank") expect(row.n).toBeNull();
      else expect(row.n ?? 0).toBeGreaterThanOrEqual(5);
    }
    const kinds = rows.filter((r) => r.breakdown === "organisation_kind");
    expect(new Set(kinds.map((r) => r.status))).toEqual(new Set(["fewer_than_k", "hidden"]));
    expect(exportRows({ release: published, breakdown: "election_type" }).every((r) => r.breakdown === "election_type")).toBe(true);
  });

  it("writes CSV with a header and CRLF line ends", () => {
    const csv = toCsv(exportRows({ release: published }));
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(exportColumns.join(","));
    expect(lines.slice(1, 6)).toEqual([
      "3,all,all,,noise_epsilon,4,,published",
      "3,all,all,,noise_epsilon_all,1,,published",
      "3,all,all,,noise_epsilon_organisation_kind,1,,published",
      "3,all,all,,noise_epsilon_election_type,1,,published",
      "3,all,all,,noise_epsilon_gaps,1,,published",
    ]);
    expect(lines[6]).toBe("3,all,all,,organisations,12,12,published");
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});

describe("query parameters", () => {
  it("accepts only breakdown and release, once each, with valid values", () => {
    expect(parseInsightsQuery(new URLSearchParams(""))).toEqual({});
    expect(parseInsightsQuery(new URLSearchParams("breakdown=election_type&release=12"))).toEqual({ breakdown: "election_type", release: 12 });
    for (const bad of [
      "filter=x",
      "breakdown=name",
      "breakdown=",
      "release=0",
      "release=01",
      "release=1e3",
      "release=-1",
      "breakdown=all&breakdown=all",
      "organisation=Demopartij",
      "release=1234567890",
    ]) {
      expect(parseInsightsQuery(new URLSearchParams(bad)), bad).toBeNull();
    }
  });
});

describe("contributions", () => {
  it("keep the month in the Dutch calendar", () => {
    expect(monthOf(new Date("2026-03-31T22:30:00Z"))).toBe("2026-04");
    expect(monthOf(new Date("2026-01-15T12:00:00Z"))).toBe("2026-01");
  });

  it("hold maturities of the questions shown only, as numbers or na/dk, and rounded domain scores", () => {
    const answers: Record<string, { kind: "option"; optionId: string } | { kind: "not_applicable" } | { kind: "dont_know" }> = {};
    q.questions.forEach((question, index) => {
      const option = question.options[index % question.options.length];
      answers[question.id] =
        index % 11 === 0
          ? { kind: "dont_know" }
          : question.allowNotApplicable && index % 7 === 0
            ? { kind: "not_applicable" }
            : { kind: "option", optionId: option?.id ?? "" };
    });
    const visible = new Set(visibleQuestions(q, answers).map((x) => x.id));
    const scores = scoreAssessment({ questionnaire: q, answers });
    const payload = buildContribution({
      organisationKind: "local_party",
      electionType: "waterschap",
      questionnaire: q,
      answers,
      scores,
      submittedAt: new Date("2026-02-10T10:00:00Z"),
    });
    expect(Object.keys(payload).sort()).toEqual(["domainScores", "electionType", "maturities", "month", "organisationKind", "questionnaireVersion"]);
    expect(Object.keys(payload.maturities).every((id) => visible.has(id))).toBe(true);
    expect(Object.values(payload.maturities).every((m) => m === "na" || m === "dk" || (Number.isInteger(m) && m >= 0 && m <= 3))).toBe(true);
    expect(Object.values(payload.domainScores).every((s) => s === null || Number.isInteger(s))).toBe(true);
    expect(payload.month).toBe("2026-02");
  });

  it("share null for a domain with not enough answers (scoring rules version 2), and the score of the others", () => {
    const answers: Record<string, { kind: "option"; optionId: string } | { kind: "dont_know" }> = {};
    for (const question of q.questions) {
      const best = question.options.reduce((a, b) => (b.maturity > a.maturity ? b : a));
      answers[question.id] = question.domain === "people" ? { kind: "dont_know" } : { kind: "option", optionId: best.id };
    }
    const scores = scoreAssessment({ questionnaire: q, answers });
    expect(scores.domains.find((domain) => domain.domain === "people")?.status).toBe("not_enough_answers");
    const payload = buildContribution({
      organisationKind: "local_party",
      electionType: "waterschap",
      questionnaire: q,
      answers,
      scores,
      submittedAt: new Date("2026-02-10T10:00:00Z"),
    });
    expect(payload.domainScores.people).toBeNull();
    expect(payload.domainScores.accounts).toBe(100);
    expect(Object.values(payload.maturities).filter((m) => m === "dk")).toHaveLength(q.questions.filter((question) => question.domain === "people").length);
  });
});

describe("synthetic organisations", () => {
  it("are the same for the same seed and index, whatever else is generated", () => {
    const a = syntheticOrganisation({ seed: 5, index: 17, questionnaire: q });
    syntheticOrganisation({ seed: 5, index: 3, questionnaire: q });
    expect(syntheticOrganisation({ seed: 5, index: 17, questionnaire: q })).toEqual(a);
    expect(syntheticOrganisation({ seed: 6, index: 17, questionnaire: q })).not.toEqual(a);
  });

  it("look like the field: national parties score higher than local parties, disinformation lower than accounts", () => {
    const orgs = Array.from({ length: 600 }, (_, i) => syntheticOrganisation({ seed: 1, index: i + 1, questionnaire: q }));
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
    const overall = (kind: string) => mean(orgs.filter((o) => o.organisationKind === kind).map((o) => o.scores.overall.score ?? 0));
    const domain = (id: string) => mean(orgs.map((o) => o.scores.domains.find((d) => d.domain === id)?.score ?? 0));
    expect(overall("national_party")).toBeGreaterThan(overall("local_party") + 10);
    expect(domain("accounts")).toBeGreaterThan(domain("disinformation") + 10);
    expect(new Set(orgs.map((o) => o.electionType)).size).toBeGreaterThanOrEqual(5);
    for (const o of orgs.slice(0, 20)) expect(o.submittedAt.getTime()).toBeLessThan(new Date(`${o.electionDate}T00:00:00Z`).getTime() + 86_400_000 * 366 * 3);
  });
});

describe("a release with noise", () => {
  const questions = q.questions.map((x) => ({ id: x.id, domain: x.domain }));
  it("keeps its figures possible: no negative count, never more scored organisations than in the group, rank-only gaps, the budget written down", () => {
    const list = Array.from({ length: 30 }, (_, i) => contribution(i + 1, "local_branch", (i * 37) % 101, i % 4));
    for (let seed = 1; seed <= 20; seed++) {
      const { published } = computeRelease({
        releaseId: 1,
        publishedAt: new Date("2027-01-01T06:00:00Z"),
        minGroup: 5,
        contributions: list,
        questions,
        random: fixedRandom(seed),
        period: "2027-Q1",
      });
      expect(published.privacy).toEqual({ epsilon: 4, split: { all: 1, organisation_kind: 1, election_type: 1, gaps: 1 }, period: "2027-Q1" });
      for (const breakdown of published.breakdowns) {
        for (const group of breakdown.groups) {
          if (group.status !== "published" || group.n === null) continue;
          expect(group.n).toBeGreaterThanOrEqual(0);
          for (const d of group.domains ?? []) {
            for (const value of Object.values(d.levels)) expect(value).toBeGreaterThanOrEqual(0);
            if (d.scores.n !== null) expect(d.scores.n).toBeLessThanOrEqual(group.n);
            if (d.scores.median !== null) expect(d.scores.median).toBeGreaterThanOrEqual(0);
            if (d.scores.median !== null) expect(d.scores.median).toBeLessThanOrEqual(100);
          }
        }
      }
      for (const gap of published.gaps) expect([gap.n, gap.atMostOne, gap.share]).toEqual([null, null, null]);
    }
  });
});
