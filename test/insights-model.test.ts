// Sharing, withdrawing and releases against a real SQLite database (fresh for this file).
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { assessments, auditEvents, contributions, organisations, releases, users } from "../db/schema";
import { getDb } from "../app/db.server";
import { computeRelease, storedReleaseSchema } from "../app/insights";
import {
  getBenchmark,
  getPublishedRelease,
  getReleaseStatus,
  previewContribution,
  publishRelease,
  shareAssessment,
  withdrawShare,
} from "../app/models/insights.server";
import { createSyntheticOrganisations } from "../app/models/synthetic.server";
import { currentQuestionnaire } from "../app/questionnaire/current";
import { startup } from "../app/startup.server";
import { parseConfig } from "../app/utils/config";
import { sha256 } from "../app/utils/crypto.server";
import { answeredDraft, makeParty, reload, secretNote, submittedAssessment } from "./insights/helpers";

const K = 5;
const questions = currentQuestionnaire.questions.map((q) => ({ id: q.id, domain: q.domain }));
let syntheticRun = 0;

/** n more contributions from synthetic organisations (each shares its own submitted assessment). */
function moreContributions(n: number) {
  syntheticRun += 1;
  createSyntheticOrganisations({ count: n, seed: 100 + syntheticRun });
}

function contributionRows() {
  return getDb().select().from(contributions).all();
}

describe("configuration of K", () => {
  it("defaults to 5 and refuses anything under 5 with one line naming INSIGHTS_MIN_GROUP", () => {
    expect(parseConfig({})).toMatchObject({ ok: true, config: { insightsMinGroup: 5 } });
    expect(parseConfig({ INSIGHTS_MIN_GROUP: "12" })).toMatchObject({ ok: true, config: { insightsMinGroup: 12 } });
    for (const bad of ["4", "0", "-5", "five", "5.5"]) {
      const result = parseConfig({ INSIGHTS_MIN_GROUP: bad });
      expect(result.ok, bad).toBe(false);
      if (!result.ok) {
        expect(result.error).toMatch(/^Configuration error: INSIGHTS_MIN_GROUP must be a whole number of at least 5/);
        expect(result.error).not.toContain("\n");
      }
    }
  });
});

describe("sharing", () => {
  it("shows a preview that is exactly what is stored, with no organisation, name, note or person", async () => {
    const party = await makeParty({ name: "Partij van de Geheime Naam", kind: "local_party" });
    const assessment = submittedAssessment(party.leadActor);
    const preview = previewContribution({ actor: party.leadActor, assessment });
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.payload).toMatchObject({ organisationKind: "local_party", electionType: "gemeenteraad", questionnaireVersion: currentQuestionnaire.version, month: "2026-02" });

    const before = contributionRows().length;
    expect(shareAssessment({ actor: party.leadActor, assessment })).toEqual({ ok: true, replaced: false });
    const rows = contributionRows();
    expect(rows.length).toBe(before + 1);
    const row = rows[rows.length - 1];
    expect(row).toBeDefined();
    const { seq: _seq, withdrawalTokenHash, withdrawn, ...stored } = row ?? { seq: 0, withdrawalTokenHash: "", withdrawn: true };
    expect(stored).toEqual(preview.payload);
    expect(withdrawn).toBe(false);
    // The columns are the payload, a seq and a token hash: nothing that points back.
    expect(Object.keys(row ?? {}).sort()).toEqual(["domainScores", "electionType", "maturities", "month", "organisationKind", "questionnaireVersion", "seq", "withdrawalTokenHash", "withdrawn"]);
    const text = JSON.stringify(row);
    for (const secret of [party.org.id, party.org.name, assessment.id, secretNote, "Ingrid", "Carla", party.lead.id, "2030-03-20"]) expect(text).not.toContain(secret);

    const shared = reload(party.leadActor, assessment.id);
    expect(shared.sharedAt).not.toBeNull();
    expect(shared.shareToken).toBeTruthy();
    expect(withdrawalTokenHash).toBe(sha256(shared.shareToken ?? ""));
    // The token itself is only on the party's side: not in contributions, not in the audit log.
    expect(JSON.stringify(contributionRows())).not.toContain(shared.shareToken ?? "-");
    const audit = getDb().select().from(auditEvents).where(eq(auditEvents.targetId, assessment.id)).all();
    expect(audit.map((e) => e.action)).toContain("assessment_shared");
    expect(JSON.stringify(audit)).not.toContain(shared.shareToken ?? "-");
    expect(JSON.stringify(audit)).not.toContain(withdrawalTokenHash);
  });

  it("is for the IT lead only, and only for a submitted assessment", async () => {
    const party = await makeParty();
    const draft = answeredDraft(party.leadActor);
    expect(shareAssessment({ actor: party.leadActor, assessment: draft })).toEqual({ ok: false, error: "not_submitted" });
    const submitted = submittedAssessment(party.leadActor);
    expect(shareAssessment({ actor: party.contributorActor, assessment: submitted })).toEqual({ ok: false, error: "forbidden" });
    expect(shareAssessment({ actor: party.managerActor, assessment: submitted })).toEqual({ ok: false, error: "forbidden" });
    expect(previewContribution({ actor: party.managerActor, assessment: submitted })).toEqual({ ok: false, error: "forbidden" });
    expect(shareAssessment({ actor: party.leadActor, assessment: submitted })).toMatchObject({ ok: true });
    expect(shareAssessment({ actor: party.leadActor, assessment: reload(party.leadActor, submitted.id) })).toEqual({ ok: false, error: "already_shared" });
    expect(withdrawShare({ actor: party.contributorActor, assessment: submitted })).toEqual({ ok: false, error: "forbidden" });
  });

  it("keeps one contribution per organisation: sharing a newer assessment withdraws the older one", async () => {
    const party = await makeParty();
    const older = submittedAssessment(party.leadActor, () => 0);
    expect(shareAssessment({ actor: party.leadActor, assessment: older })).toMatchObject({ ok: true, replaced: false });
    const olderToken = reload(party.leadActor, older.id).shareToken ?? "";
    const newer = submittedAssessment(party.leadActor, () => 3);
    expect(shareAssessment({ actor: party.leadActor, assessment: newer })).toEqual({ ok: true, replaced: true });
    expect(reload(party.leadActor, older.id)).toMatchObject({ sharedAt: null, shareToken: null });
    const old = getDb().select().from(contributions).where(eq(contributions.withdrawalTokenHash, sha256(olderToken))).get();
    expect(old).toMatchObject({ withdrawn: true, domainScores: {}, maturities: {} });
  });

  it("withdraws with the party's token: the contribution is marked and emptied, the assessment forgets the token", async () => {
    const party = await makeParty();
    const assessment = submittedAssessment(party.leadActor);
    shareAssessment({ actor: party.leadActor, assessment });
    const token = reload(party.leadActor, assessment.id).shareToken ?? "";
    expect(withdrawShare({ actor: party.leadActor, assessment })).toEqual({ ok: true });
    expect(getDb().select().from(contributions).where(eq(contributions.withdrawalTokenHash, sha256(token))).get()).toMatchObject({ withdrawn: true, domainScores: {}, maturities: {} });
    expect(reload(party.leadActor, assessment.id)).toMatchObject({ sharedAt: null, shareToken: null });
    expect(withdrawShare({ actor: party.leadActor, assessment })).toEqual({ ok: false, error: "not_shared" });
    const actions = getDb().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.targetId, assessment.id)).all().map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["assessment_shared", "assessment_share_withdrawn"]));
  });
});

describe("releases", () => {
  it("are computed only when at least K new contributions arrived, and never change afterwards", async () => {
    const start = getReleaseStatus();
    const waiting = start.newContributions;
    if (waiting < K) {
      expect(publishRelease({ minGroup: K })).toEqual({ ok: false, error: "too_few_new", newContributions: waiting, minGroup: K });
      moreContributions(K - waiting);
    }
    const first = publishRelease({ minGroup: K, now: new Date("2026-03-01T09:00:00Z") });
    expect(first).toMatchObject({ ok: true });
    expect(publishRelease({ minGroup: K })).toEqual({ ok: false, error: "too_few_new", newContributions: 0, minGroup: K });
    const stored = getDb().select().from(releases).all();
    moreContributions(K - 1);
    expect(publishRelease({ minGroup: K })).toEqual({ ok: false, error: "too_few_new", newContributions: K - 1, minGroup: K });
    // A higher K (from configuration) also holds: K − 1 new ones are not enough for K = 6 either.
    expect(publishRelease({ minGroup: 6 })).toMatchObject({ ok: false });
    moreContributions(1);
    expect(publishRelease({ minGroup: K })).toMatchObject({ ok: true });
    // Earlier rows are untouched.
    const after = getDb().select().from(releases).all();
    expect(after.slice(0, stored.length)).toEqual(stored);
    const audit = getDb().select().from(auditEvents).where(eq(auditEvents.action, "insights_release_published")).all();
    expect(audit.length).toBe(after.length);
  });

  it("do not change what is published when one more contribution arrives", async () => {
    moreContributions(K);
    expect(publishRelease({ minGroup: K })).toMatchObject({ ok: true });
    const before = getPublishedRelease();
    const party = await makeParty({ kind: "national_party" });
    shareAssessment({ actor: party.leadActor, assessment: submittedAssessment(party.leadActor) });
    expect(publishRelease({ minGroup: K })).toMatchObject({ ok: false, newContributions: 1 });
    expect(getPublishedRelease()).toEqual(before);
  });

  it("leave a withdrawn contribution out of the next release (and keep it in the ones before)", async () => {
    moreContributions(K);
    const party = await makeParty({ kind: "local_party" });
    const assessment = submittedAssessment(party.leadActor, () => 0);
    shareAssessment({ actor: party.leadActor, assessment });
    const seq = contributionRows().at(-1)?.seq ?? 0;
    const withIt = publishRelease({ minGroup: K });
    if (!withIt.ok) throw new Error("no release");
    const storedWith = storedReleaseSchema.parse(getDb().select().from(releases).where(eq(releases.id, withIt.releaseId)).get()?.data);
    expect(storedWith.basis.included.some(([from, to]) => seq >= from && seq <= to)).toBe(true);

    expect(withdrawShare({ actor: party.leadActor, assessment })).toEqual({ ok: true });
    // Withdrawing alone does not make a release: that would show exactly one party's change.
    expect(publishRelease({ minGroup: K })).toMatchObject({ ok: false, newContributions: 0 });
    moreContributions(K);
    const without = publishRelease({ minGroup: K });
    if (!without.ok) throw new Error("no release");
    expect(without.contributionCount).toBe(withIt.contributionCount - 1 + K);
    const storedWithout = storedReleaseSchema.parse(getDb().select().from(releases).where(eq(releases.id, without.releaseId)).get()?.data);
    expect(storedWithout.basis.included.some(([from, to]) => seq >= from && seq <= to)).toBe(false);
    // The figures are exactly those of the remaining contributions.
    const remaining = getDb().select().from(contributions).where(eq(contributions.withdrawn, false)).all();
    const earlier = getDb()
      .select()
      .from(releases)
      .all()
      .filter((r) => r.id < without.releaseId)
      .map((r) => {
        const s = storedReleaseSchema.parse(r.data);
        return { published: s.published, included: s.basis.included };
      });
    const expected = computeRelease({
      releaseId: without.releaseId,
      publishedAt: storedWithout.published.publishedAt ? new Date(storedWithout.published.publishedAt) : new Date(),
      minGroup: K,
      contributions: remaining,
      earlier,
      groupsBySeq: new Map(contributionRows().map((c) => [c.seq, c])),
      questions,
    });
    expect(storedWithout).toEqual(expected);
    // The release before still says what it said.
    expect(storedReleaseSchema.parse(getDb().select().from(releases).where(eq(releases.id, withIt.releaseId)).get()?.data)).toEqual(storedWith);
  });

  it("give a sharing party its organisation type's figures, and nothing to a party that does not share", async () => {
    const sharing = await makeParty({ kind: "local_branch" });
    const assessment = submittedAssessment(sharing.leadActor);
    expect(getBenchmark({ organisationId: sharing.org.id })).toEqual({ sharing: false });
    shareAssessment({ actor: sharing.leadActor, assessment });
    const benchmark = getBenchmark({ organisationId: sharing.org.id });
    expect(benchmark).toMatchObject({ sharing: true, release: { minGroup: K } });
    const published = getPublishedRelease();
    const branches = published?.breakdowns.find((b) => b.breakdown === "organisation_kind")?.groups.find((g) => g.group === "local_branch");
    if (benchmark.sharing && benchmark.release) {
      if (branches?.status === "published") expect(benchmark.group?.n).toBe(branches.n);
      else expect(benchmark.group).toBeNull();
    }
  });

  it("refuse to start with a lower K than the latest release used", async () => {
    moreContributions(10);
    expect(publishRelease({ minGroup: 10 })).toMatchObject({ ok: true });
    await expect(startup()).rejects.toThrow(/^Configuration error: INSIGHTS_MIN_GROUP must be at least 10/);
    // The database holds no demo data after that refusal: start-up stopped before seeding.
    expect(getDb().select().from(users).where(eq(users.email, "analist@demo.test")).all()).toEqual([]);
  });
});

describe("synthetic organisations", () => {
  it("are created with submitted, shared assessments and a disabled account that cannot sign in", () => {
    const before = getDb().select().from(organisations).all().length;
    createSyntheticOrganisations({ count: 3, seed: 999 });
    expect(getDb().select().from(organisations).all().length).toBe(before + 3);
    const rows = getDb().select().from(assessments).where(eq(assessments.createdByUserId, getDb().select().from(users).where(eq(users.email, "synthetisch@weerbaar.invalid")).get()?.id ?? "")).all();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row).toMatchObject({ status: "submitted", sharedAt: expect.any(Date), shareToken: expect.any(String) });
    expect(getDb().select().from(users).where(eq(users.email, "synthetisch@weerbaar.invalid")).get()?.disabledAt).toBeInstanceOf(Date);
  });
});
