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
  publishDueRelease,
  shareAssessment,
  withdrawShare,
} from "../app/models/insights.server";
import { createSyntheticOrganisations } from "../app/models/synthetic.server";
import { currentQuestionnaire, questionnaireVersions } from "../app/questionnaire/current";
import { startup } from "../app/startup.server";
import { parseConfig } from "../app/utils/config";
import { withdrawalCodeHash } from "../app/utils/withdrawal-code.server";
import { makeUser } from "./helpers/factory";
import {
  answeredDraft,
  countingContributions,
  fixedRandom,
  makeIndependent,
  makeParty,
  openedContribution,
  openedContributions,
  reload,
  secretNote,
  submittedAssessment,
} from "./insights/helpers";

const K = 5;
// Every version's questions, in the order the model ranks gaps over (ids are never reused).
const questions = [...new Map([...questionnaireVersions.values()].flatMap((v) => v.questions).map((q) => [q.id, { id: q.id, domain: q.domain }])).values()];
let syntheticRun = 0;

/** n more contributions from synthetic organisations (each shares its own submitted assessment). */
function moreContributions(n: number) {
  syntheticRun += 1;
  createSyntheticOrganisations({ count: n, seed: 100 + syntheticRun });
}

function contributionRows() {
  return openedContributions();
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

/** The n-th quarter from 2027 on, mid-quarter: every call of the release calendar in its own period. */
let quarterIndex = 0;
function nextQuarter(): Date {
  quarterIndex += 1;
  return new Date(Date.UTC(2027 + Math.floor(quarterIndex / 4), (quarterIndex % 4) * 3 + 1, 15, 9));
}

describe("sharing", () => {
  it("shows a preview that is exactly what is stored, with no organisation, name, note or person", async () => {
    const party = await makeParty({ name: "Partij van de Geheime Naam", kind: "local_party" });
    const assessment = submittedAssessment(party.leadActor);
    const preview = previewContribution({ actor: party.leadActor, assessment });
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.payload).toMatchObject({
      organisationKind: "local_party",
      electionType: "gemeenteraad",
      questionnaireVersion: currentQuestionnaire.version,
      month: "2026-02",
    });

    const before = contributionRows().length;
    const shared = shareAssessment({ actor: party.leadActor, assessment });
    if (!shared.ok) throw new Error(shared.error);
    expect(shared).toEqual({ ok: true, replaced: false, code: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/) });
    const rows = contributionRows();
    expect(rows.length).toBe(before + 1);
    const row = rows.find((r) => r.withdrawalCodeHash === withdrawalCodeHash(shared.code));
    expect(row).toBeDefined();
    const hash = row?.withdrawalCodeHash ?? "";
    expect(row?.opened).toEqual({ withdrawn: false, payload: preview.payload });
    expect([row?.withdrawn, row?.releasedIn]).toEqual([false, null]);
    // The columns are the sealed payload, a random seq and the code's hash: nothing that points back.
    const stored = getDb()
      .select()
      .from(contributions)
      .all()
      .find((r) => r.withdrawalCodeHash === hash);
    expect(Object.keys(stored ?? {}).sort()).toEqual(["releasedIn", "sealed", "seq", "withdrawalCodeHash", "withdrawn"]);
    const text = JSON.stringify(row);
    for (const secret of [party.org.id, party.org.name, assessment.id, secretNote, "Ingrid", "Carla", party.lead.id, "2030-03-20"])
      expect(text).not.toContain(secret);

    // The party side keeps a yes/no and nothing else: no date, no code.
    const after = reload(party.leadActor, assessment.id);
    expect(after.shared).toBe(true);
    expect(JSON.stringify(after)).not.toContain(shared.code);
    expect(JSON.stringify(after)).not.toContain(hash);
    // Sharing leaves no audit event at all: who shared when is the link.
    const audit = getDb().select().from(auditEvents).all();
    expect(audit.filter((e) => e.targetId === assessment.id).map((e) => e.action)).not.toContain("assessment_shared");
    expect(JSON.stringify(audit)).not.toContain(shared.code);
    expect(JSON.stringify(audit)).not.toContain(hash);
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

  it("is refused for an organisation without real, independent activity (new, or fewer than two members who signed in)", async () => {
    const fresh = await makeParty({ independent: false });
    const assessment = submittedAssessment(fresh.leadActor);
    const now = new Date();
    const refused = shareAssessment({ actor: fresh.leadActor, assessment, now });
    expect(refused).toMatchObject({ ok: false, error: "not_independent" });
    if (!refused.ok) expect(refused.eligibleFrom?.getTime()).toBeGreaterThan(now.getTime() + 29 * 86_400_000);
    // Old enough, but only one member ever signed in: still refused.
    makeIndependent({ organisationId: fresh.org.id, userIds: [fresh.lead.id] });
    expect(shareAssessment({ actor: fresh.leadActor, assessment })).toMatchObject({ ok: false, error: "not_independent" });
    // A platform account in the organisation does not count as a second person.
    const admin = await makeUser({ organisationId: fresh.org.id, role: "contributor", platformRole: "admin" });
    makeIndependent({ organisationId: fresh.org.id, userIds: [admin.id] });
    expect(shareAssessment({ actor: fresh.leadActor, assessment })).toMatchObject({ ok: false, error: "not_independent" });
    makeIndependent({ organisationId: fresh.org.id, userIds: [fresh.contributor.id] });
    expect(shareAssessment({ actor: fresh.leadActor, assessment })).toMatchObject({ ok: true });
  });

  it("keeps one contribution per organisation: sharing a newer assessment withdraws the older one, by its code", async () => {
    const party = await makeParty();
    const older = submittedAssessment(party.leadActor, () => 0);
    const first = shareAssessment({ actor: party.leadActor, assessment: older });
    if (!first.ok) throw new Error(first.error);
    const newer = submittedAssessment(party.leadActor, () => 3);
    // A wrong code changes nothing.
    expect(shareAssessment({ actor: party.leadActor, assessment: newer, previousCode: "00000-00000-00000-00000-00000" })).toEqual({
      ok: false,
      error: "wrong_code",
    });
    expect(reload(party.leadActor, older.id).shared).toBe(true);
    expect(shareAssessment({ actor: party.leadActor, assessment: newer, previousCode: first.code.toLowerCase() })).toMatchObject({ ok: true, replaced: true });
    expect(reload(party.leadActor, older.id).shared).toBe(false);
    const old = openedContribution(first.code);
    expect(old).toMatchObject({ withdrawn: true, domainScores: {}, maturities: {} });
  });

  it("without the code, replaces the earlier contribution that is an exact copy of the earlier assessment", async () => {
    const party = await makeParty({ kind: "national_party" });
    const older = submittedAssessment(party.leadActor, () => 1);
    const first = shareAssessment({ actor: party.leadActor, assessment: older });
    if (!first.ok) throw new Error(first.error);
    const newer = submittedAssessment(party.leadActor, () => 2);
    expect(shareAssessment({ actor: party.leadActor, assessment: newer })).toMatchObject({ ok: true, replaced: true });
    expect(openedContribution(first.code)).toMatchObject({ withdrawn: true });
  });

  it("withdraws with the party's code: the contribution is marked and emptied, the assessment keeps no trace", async () => {
    const party = await makeParty();
    const assessment = submittedAssessment(party.leadActor);
    const shared = shareAssessment({ actor: party.leadActor, assessment });
    if (!shared.ok) throw new Error(shared.error);
    expect(withdrawShare({ actor: party.leadActor, assessment, code: "00000-00000-00000-00000-00000" })).toEqual({ ok: false, error: "wrong_code" });
    expect(withdrawShare({ actor: party.leadActor, assessment, code: shared.code })).toEqual({ ok: true });
    expect(openedContribution(shared.code)).toMatchObject({ withdrawn: true, domainScores: {}, maturities: {} });
    expect(reload(party.leadActor, assessment.id).shared).toBe(false);
    expect(withdrawShare({ actor: party.leadActor, assessment })).toEqual({ ok: false, error: "not_shared" });
    const actions = getDb()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.targetId, assessment.id))
      .all()
      .map((e) => e.action);
    expect(actions).not.toEqual(expect.arrayContaining(["assessment_shared"]));
    expect(actions).not.toEqual(expect.arrayContaining(["assessment_share_withdrawn"]));
  });

  it("withdraws without a code (lost, or shared before codes existed) the contribution that copies this assessment", async () => {
    const party = await makeParty();
    const assessment = submittedAssessment(party.leadActor, () => 2);
    const shared = shareAssessment({ actor: party.leadActor, assessment });
    if (!shared.ok) throw new Error(shared.error);
    expect(withdrawShare({ actor: party.leadActor, assessment })).toEqual({ ok: true });
    expect(openedContribution(shared.code)).toMatchObject({ withdrawn: true, domainScores: {}, maturities: {} });
  });
});

describe("releases", () => {
  it("follow the calendar: one decision per quarter, a release only when at least K new contributions arrived, never changed", () => {
    let now = nextQuarter();
    const first = publishDueRelease({ minGroup: K, now });
    if (!first.ok && first.error === "too_few_new") {
      // That quarter is decided (skipped) for good: more contributions do not make a release in it.
      moreContributions(K);
      expect(publishDueRelease({ minGroup: K, now })).toEqual({ ok: false, error: "already_decided", period: first.period });
      now = nextQuarter();
      expect(publishDueRelease({ minGroup: K, now })).toMatchObject({ ok: true });
    }
    const stored = getDb().select().from(releases).all();
    // Nobody can run the release again in the same quarter, not even with K new contributions waiting.
    moreContributions(K);
    expect(publishDueRelease({ minGroup: K, now })).toMatchObject({ ok: false, error: "already_decided" });
    now = nextQuarter();
    expect(publishDueRelease({ minGroup: K, now })).toMatchObject({ ok: true });
    moreContributions(K - 1);
    now = nextQuarter();
    expect(publishDueRelease({ minGroup: K, now })).toMatchObject({ ok: false, error: "too_few_new", newContributions: K - 1, minGroup: K });
    // A higher K (from configuration) also holds: K − 1 new ones are not enough for K = 6 either.
    expect(publishDueRelease({ minGroup: 6, now: nextQuarter() })).toMatchObject({ ok: false, error: "too_few_new" });
    moreContributions(1);
    expect(publishDueRelease({ minGroup: K, now: nextQuarter() })).toMatchObject({ ok: true });
    // Earlier rows are untouched.
    const after = getDb().select().from(releases).all();
    expect(after.slice(0, stored.length)).toEqual(stored);
    const audit = getDb().select().from(auditEvents).where(eq(auditEvents.action, "insights_release_published")).all();
    expect(audit.length).toBe(after.length);
    expect(getReleaseStatus({ now: new Date("2027-02-10T12:00:00Z") }).nextReleaseDay).toBe("2027-04-01");
  });

  it("do not change what is published when one more contribution arrives", async () => {
    moreContributions(K);
    expect(publishDueRelease({ minGroup: K, now: nextQuarter() })).toMatchObject({ ok: true });
    const before = getPublishedRelease();
    const party = await makeParty({ kind: "national_party" });
    shareAssessment({ actor: party.leadActor, assessment: submittedAssessment(party.leadActor) });
    expect(publishDueRelease({ minGroup: K, now: nextQuarter() })).toMatchObject({ ok: false, newContributions: 1 });
    expect(getPublishedRelease()).toEqual(before);
  });

  it("leave a withdrawn contribution out of the next release (and keep it in the ones before)", async () => {
    moreContributions(K);
    const party = await makeParty({ kind: "local_party" });
    const assessment = submittedAssessment(party.leadActor, () => 0);
    const shared = shareAssessment({ actor: party.leadActor, assessment });
    if (!shared.ok) throw new Error(shared.error);
    const seq = contributionRows().find((c) => c.withdrawalCodeHash === withdrawalCodeHash(shared.code))?.seq ?? 0;
    const withIt = publishDueRelease({ minGroup: K, now: nextQuarter() });
    if (!withIt.ok) throw new Error("no release");
    const storedWith = storedReleaseSchema.parse(getDb().select().from(releases).where(eq(releases.id, withIt.releaseId)).get()?.data);
    expect(storedWith.basis.included.some(([from, to]) => seq >= from && seq <= to)).toBe(true);

    expect(withdrawShare({ actor: party.leadActor, assessment, code: shared.code })).toEqual({ ok: true });
    // Withdrawing alone does not make a release: that would show exactly one party's change.
    expect(publishDueRelease({ minGroup: K, now: nextQuarter() })).toMatchObject({ ok: false, newContributions: 0 });
    moreContributions(K);
    const when = nextQuarter();
    const without = publishDueRelease({ minGroup: K, now: when, random: fixedRandom(7) });
    if (!without.ok) throw new Error("no release");
    expect(without.contributionCount).toBe(withIt.contributionCount - 1 + K);
    const storedWithout = storedReleaseSchema.parse(getDb().select().from(releases).where(eq(releases.id, without.releaseId)).get()?.data);
    expect(storedWithout.basis.included.some(([from, to]) => seq >= from && seq <= to)).toBe(false);
    // The figures are exactly those of the remaining contributions, with the same noise.
    const remaining = countingContributions();
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
      publishedAt: when,
      minGroup: K,
      contributions: remaining,
      earlier,
      groupsBySeq: new Map(contributionRows().map((c) => [c.seq, c])),
      questions,
      random: fixedRandom(7),
      period: without.period,
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
    expect(publishDueRelease({ minGroup: 10, now: nextQuarter() })).toMatchObject({ ok: true });
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
    const rows = getDb()
      .select()
      .from(assessments)
      .where(eq(assessments.createdByUserId, getDb().select().from(users).where(eq(users.email, "synthetisch@weerbaar.invalid")).get()?.id ?? ""))
      .all();
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row).toMatchObject({ status: "submitted", shared: true });
    expect(getDb().select().from(users).where(eq(users.email, "synthetisch@weerbaar.invalid")).get()?.disabledAt).toBeInstanceOf(Date);
  });
});
