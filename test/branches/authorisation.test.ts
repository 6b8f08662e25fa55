import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createUserSession } from "../../app/auth/session.server";
import { hashPassword } from "../../app/security/password.server";
import { sharingLevels, type SharingLevel } from "../../app/branches/sharing";
import { getDb } from "../../app/db.server";
import { getBranchComparison, listPartyElections, listTargetReminders, setPartyTarget, setSharingLevel, type OrgActor } from "../../app/models/branches.server";
import { currentQuestionnaire } from "../../app/questionnaire/current";
import { loader as overviewLoader } from "../../app/routes/party._index";
import { loader as csvLoader } from "../../app/routes/party[.csv]";
import { loader as branchLoader } from "../../app/routes/party.branches.$id";
import { loader as readOnlyLoader } from "../../app/routes/party.branches_.$id.assessments.$assessmentId";
import { loader as sharingLoader, action as sharingAction } from "../../app/routes/organisation.sharing";
import { seedBranches } from "../../scripts/seed-branches";
import { answers as answersTable, assessments, auditEvents, memberships, organisations } from "../../db/schema";
import { cookieFrom, formRequest, getRequest, makeOrganisation, makeUser, outcomeStatus } from "../helpers/factory";

// The authorisation matrix of the party pages: for every sharing level, what the national party's overview,
// its CSV and its Remix data (the loader's return, which is exactly the JSON Remix sends) show of a branch,
// and what a sibling branch, a member of another party, a contributor, the admin and the analyst get.

const note = "Eigen toelichting van de afdeling.";
const domains = currentQuestionnaire.domains.map((domain) => domain.id);

type Setup = Awaited<ReturnType<typeof setUp>>;
let world: Setup;

async function cookieFor(userId: string, organisationId: string | null = null) {
  return cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId, ipAddress: "::1", organisationId }));
}

function leadOf(branchId: string) {
  const row = getDb()
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, branchId), eq(memberships.role, "it_lead")))
    .get();
  if (!row) throw new Error("no lead");
  return row.userId;
}

function assessmentOf(branchId: string) {
  const row = getDb()
    .select({ id: assessments.id, submittedAt: assessments.submittedAt, electionType: assessments.electionType, electionDate: assessments.electionDate })
    .from(assessments)
    .where(eq(assessments.organisationId, branchId))
    .get();
  if (!row) throw new Error("no assessment");
  return row;
}

async function setUp() {
  const passwordHash = await hashPassword("correct horse battery staple");
  const party = makeOrganisation({ name: "Landelijke Partij" });
  // The branch under test, whose level each case sets, and two fixed ones that share scores (so party figures
  // exist only when the branch under test adds a third).
  const [subject, peerA, peerB] = seedBranches({
    db: getDb(),
    partyId: party.id,
    passwordHash,
    branches: [
      { name: "Afdeling Onderzocht", sharing: "nothing", chosen: true, progress: "submitted", strength: 0.5, done: 2 },
      { name: "Afdeling Buur A", sharing: "scores", chosen: true, progress: "submitted", strength: 0.6 },
      { name: "Afdeling Buur B", sharing: "scores", chosen: true, progress: "submitted", strength: 0.3 },
    ],
  });
  if (!subject || !peerA || !peerB) throw new Error("seed");
  const otherParty = makeOrganisation({ name: "Andere Partij" });
  const [otherBranch] = seedBranches({
    db: getDb(),
    partyId: otherParty.id,
    passwordHash,
    branches: [{ name: "Afdeling Elders", sharing: "everything", chosen: true, progress: "submitted", strength: 0.5 }],
  });
  if (!otherBranch) throw new Error("seed");
  const partyLead = await makeUser({ organisationId: party.id, role: "it_lead" });
  const partyCampaign = await makeUser({ organisationId: party.id, role: "campaign_manager" });
  const partyContributor = await makeUser({ organisationId: party.id, role: "contributor" });
  const otherLead = await makeUser({ organisationId: otherParty.id, role: "it_lead" });
  const admin = await makeUser({ platformRole: "admin" });
  const analyst = await makeUser({ platformRole: "analyst" });
  const subjectLead = leadOf(subject);
  const peerLead = leadOf(peerA);
  return {
    party,
    subject,
    peerA,
    otherBranch,
    subjectAssessment: assessmentOf(subject),
    cookies: {
      partyLead: await cookieFor(partyLead.id),
      partyCampaign: await cookieFor(partyCampaign.id),
      partyContributor: await cookieFor(partyContributor.id),
      otherLead: await cookieFor(otherLead.id),
      sibling: await cookieFor(peerLead),
      subjectLead: await cookieFor(subjectLead),
      admin: await cookieFor(admin.id),
      analyst: await cookieFor(analyst.id),
    },
    subjectActor: { userId: subjectLead, organisationId: subject, role: "it_lead", ipAddress: "::1" } satisfies OrgActor,
    partyActor: { userId: partyLead.id, organisationId: party.id, role: "it_lead", ipAddress: "::1" } satisfies OrgActor,
  };
}

beforeAll(async () => {
  world = await setUp();
});

/** One CSV line into its cells (quoted cells may hold commas). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted && char === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') quoted = !quoted;
    else if (char === "," && !quoted) {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

function setLevel(level: SharingLevel) {
  const result = setSharingLevel({ actor: world.subjectActor, level });
  expect(result.ok).toBe(true);
}

async function overview(cookie: string, search = "") {
  return overviewLoader({ request: getRequest(`/party${search}`, { Cookie: cookie }), params: {}, context: {} });
}

async function csv(cookie: string, search = "") {
  const response = await csvLoader({ request: getRequest(`/party.csv${search}`, { Cookie: cookie }), params: {}, context: {} });
  return response.text();
}

function readOnly(cookie: string, branchId = world.subject, assessmentId = world.subjectAssessment.id) {
  return readOnlyLoader({
    request: getRequest(`/party/branches/${branchId}/assessments/${assessmentId}`, { Cookie: cookie }),
    params: { id: branchId, assessmentId },
    context: {},
  });
}

describe("the national party sees of a branch exactly what its level shares", () => {
  for (const level of sharingLevels) {
    describe(`level "${level}"`, () => {
      it("overview page data (the JSON Remix sends)", async () => {
        setLevel(level);
        for (const cookie of [world.cookies.partyLead, world.cookies.partyCampaign]) {
          const data = await overview(cookie);
          const json = JSON.stringify(data);
          const row = data.rows.find((candidate) => candidate.id === world.subject);
          expect(row?.sharingLevel).toBe(level);
          expect(row?.progress !== null).toBe(level !== "nothing");
          expect(row?.scores !== null).toBe(level === "scores" || level === "everything");
          expect(row?.readOnlyAssessmentId).toBe(level === "everything" ? world.subjectAssessment.id : null);
          // The assessment's id appears in the JSON only where the branch lets the party open it.
          expect(json.includes(world.subjectAssessment.id)).toBe(level === "everything");
          // Notes never, at any level; nor another party's branch.
          expect(json).not.toContain(note);
          expect(json).not.toContain("Afdeling Elders");
          // Party figures: the two peers share scores; with the subject they are three.
          const three = level === "scores" || level === "everything";
          expect(data.picture.branchesWithScores).toBe(three ? 3 : 2);
          expect(data.picture.domains.some((figure) => figure.median !== null)).toBe(three);
          if (!three) expect(data.picture.gaps).toEqual([]);
        }
      });

      it("CSV shows what the page shows", async () => {
        setLevel(level);
        const text = await csv(world.cookies.partyLead);
        const line = text.split("\r\n").find((candidate) => candidate.startsWith("Afdeling Onderzocht"));
        const cells = splitCsvLine(line ?? "");
        const notShared = cells.filter((cell) => cell === "niet gedeeld").length;
        // name, level, status, answered, submitted, level, score, 7 domains, done, late
        expect(cells).toHaveLength(9 + domains.length);
        expect(notShared).toBe(level === "nothing" ? 7 + domains.length : level === "progress" ? 2 + domains.length : 0);
        expect(text).not.toContain(note);
        expect(text).not.toContain(world.subjectAssessment.id);
      });

      it("read-only results, answers and plan only at 'everything', never notes", async () => {
        setLevel(level);
        if (level === "everything") {
          const data = await readOnly(world.cookies.partyLead);
          const json = JSON.stringify(data);
          expect(data.domains.length).toBe(domains.length);
          expect(json).not.toContain(note);
          expect(json).not.toContain("note");
        } else {
          expect(await outcomeStatus(() => readOnly(world.cookies.partyLead))).toBe(404);
        }
      });

      it("the branch page says nothing of the assessment", async () => {
        setLevel(level);
        const data = await branchLoader({
          request: getRequest(`/party/branches/${world.subject}`, { Cookie: world.cookies.partyLead }),
          params: { id: world.subject },
          context: {},
        });
        expect(JSON.stringify(data)).not.toContain(world.subjectAssessment.id);
        expect(data.branch.sharingLevel).toBe(level);
      });
    });
  }
});

describe("who gets the party pages at all", () => {
  const pages = {
    overview: (cookie: string) => overview(cookie),
    csv: (cookie: string) => csvLoader({ request: getRequest("/party.csv", { Cookie: cookie }), params: {}, context: {} }),
    branch: (cookie: string) =>
      branchLoader({ request: getRequest(`/party/branches/${world.subject}`, { Cookie: cookie }), params: { id: world.subject }, context: {} }),
    readOnly: (cookie: string) => readOnly(cookie),
  };
  for (const [page, load] of Object.entries(pages)) {
    it(`${page}: a sibling branch, a branch's own IT lead, another party, the admin and the analyst get 404; a contributor 403`, async () => {
      setLevel("everything");
      expect(await outcomeStatus(() => load(world.cookies.sibling))).toBe(404);
      expect(await outcomeStatus(() => load(world.cookies.subjectLead))).toBe(404);
      expect(await outcomeStatus(() => load(world.cookies.admin))).toBe(404);
      expect(await outcomeStatus(() => load(world.cookies.analyst))).toBe(404);
      expect(await outcomeStatus(() => load(world.cookies.partyContributor))).toBe(403);
      // Another national party's IT lead has a party overview of their own, without this branch in it.
      if (page === "overview") {
        const theirs = await overview(world.cookies.otherLead);
        expect(JSON.stringify(theirs)).not.toContain("Afdeling Onderzocht");
      } else if (page === "csv") {
        const response = await csvLoader({ request: getRequest("/party.csv", { Cookie: world.cookies.otherLead }), params: {}, context: {} });
        expect(await response.text()).not.toContain("Afdeling Onderzocht");
      } else {
        expect(await outcomeStatus(() => load(world.cookies.otherLead))).toBe(404);
      }
    });
  }

  it("another party cannot open its own branch's assessment through this party's branch id, nor the reverse", async () => {
    const other = assessmentOf(world.otherBranch);
    expect(await outcomeStatus(() => readOnly(world.cookies.partyLead, world.otherBranch, other.id))).toBe(404);
    expect(await outcomeStatus(() => readOnly(world.cookies.partyLead, world.subject, other.id))).toBe(404);
  });
});

describe("a branch changes its level", () => {
  it("is audited with from and to, and lowering it hides at once what was visible", async () => {
    setLevel("everything");
    expect(await outcomeStatus(() => readOnly(world.cookies.partyLead))).toBe(200);
    const response = await sharingAction({
      request: formRequest("/organisation/sharing", { level: "progress" }, { Cookie: world.cookies.subjectLead }),
      params: {},
      context: {},
    });
    expect(response).toMatchObject({ saved: true });
    expect(await outcomeStatus(() => readOnly(world.cookies.partyLead))).toBe(404);
    const row = (await overview(world.cookies.partyLead)).rows.find((candidate) => candidate.id === world.subject);
    expect(row?.scores).toBeNull();
    const event = getDb().select().from(auditEvents).where(eq(auditEvents.action, "branch_sharing_changed")).all().at(-1);
    expect(event?.details).toEqual({ from: "everything", to: "progress" });
    expect(event?.organisationId).toBe(world.subject);
  });

  it("only the branch's IT lead may change it, and a bad level is refused with a message", async () => {
    expect(
      await outcomeStatus(() =>
        sharingAction({ request: formRequest("/organisation/sharing", { level: "everything" }, { Cookie: world.cookies.partyLead }), params: {}, context: {} }),
      ),
    ).toBe(404);
    expect(
      await outcomeStatus(() =>
        sharingAction({
          request: formRequest("/organisation/sharing", { level: "all-of-it" }, { Cookie: world.cookies.subjectLead }),
          params: {},
          context: {},
        }),
      ),
    ).toBe(400);
    const level = getDb().select({ level: organisations.sharingLevel }).from(organisations).where(eq(organisations.id, world.subject)).get()?.level;
    expect(level).toBe("progress");
  });

  it("the sharing page shows a branch nothing of its siblings, and the party median only from five branches", async () => {
    setLevel("scores");
    const data = await sharingLoader({ request: getRequest("/organisation/sharing", { Cookie: world.cookies.sibling }), params: {}, context: {} });
    const json = JSON.stringify(data);
    expect(json).not.toContain("Afdeling Onderzocht");
    expect(json).not.toContain("Afdeling Buur B");
    // Three branches share scores: below five, no median.
    expect(data.comparison?.branches).toBe(3);
    expect(data.comparison?.partyMedians.every((figure) => figure.median === null)).toBe(true);
  });

  it("with five branches sharing scores, a branch sees the party median beside its own", async () => {
    const passwordHash = await hashPassword("another long password");
    seedBranches({
      db: getDb(),
      partyId: world.party.id,
      passwordHash,
      salt: 5,
      branches: [
        { name: "Afdeling Vier", sharing: "scores", chosen: true, progress: "submitted", strength: 0.5 },
        { name: "Afdeling Vijf", sharing: "everything", chosen: true, progress: "submitted", strength: 0.7 },
      ],
    });
    const comparison = getBranchComparison({ actor: world.subjectActor, domains });
    expect(comparison?.branches).toBe(5);
    expect(comparison?.partyMedians.some((figure) => figure.median !== null)).toBe(true);
  });
});

describe("the party target", () => {
  it("lists the branches behind for the reminder mail, to each branch's own IT leads", () => {
    const { electionType, electionDate } = world.subjectAssessment;
    setPartyTarget({ actor: world.partyActor, electionType, electionDate, dueDate: electionDate });
    const reminders = listTargetReminders({ today: "2000-01-01" }).filter((reminder) => reminder.partyName === "Landelijke Partij");
    // Every seeded branch submitted for that election: nobody is behind.
    expect(reminders).toEqual([]);
    setPartyTarget({ actor: world.partyActor, electionType: "waterschap", electionDate: "2099-03-15", dueDate: "2099-02-01" });
    const behind = listTargetReminders({ today: "2000-01-01" }).filter((reminder) => reminder.partyName === "Landelijke Partij");
    expect(behind.map((reminder) => reminder.branchName)).toContain("Afdeling Onderzocht");
    expect(behind.every((reminder) => reminder.itLeads.length === 1)).toBe(true);
  });

  it("a campaign manager may not set it", () => {
    expect(
      setPartyTarget({ actor: { ...world.partyActor, userId: "nobody" }, electionType: "waterschap", electionDate: "2099-03-15", dueDate: "2099-02-01" }),
    ).toEqual({ ok: false, error: "forbidden" });
  });
});

describe("the overview follows a branch's work at once", () => {
  it("a draft's answered percentage moves with a new answer, though progress is kept between loads", async () => {
    const passwordHash = await hashPassword("a third long password");
    const [draftBranch] = seedBranches({
      db: getDb(),
      partyId: world.party.id,
      passwordHash,
      salt: 9,
      branches: [{ name: "Afdeling Concept", sharing: "progress", chosen: true, progress: "draft", strength: 0.3 }],
    });
    if (!draftBranch) throw new Error("seed");
    const draft = assessmentOf(draftBranch);
    const search = `?election=${draft.electionType}:${draft.electionDate}`;
    const before = (await overview(world.cookies.partyLead, search)).rows.find((row) => row.id === draftBranch)?.progress?.answeredPercent ?? -1;
    expect(before).toBeGreaterThanOrEqual(0);
    const answered = new Set(
      getDb()
        .select({ questionId: answersTable.questionId })
        .from(answersTable)
        .where(eq(answersTable.assessmentId, draft.id))
        .all()
        .map((row) => row.questionId),
    );
    const open = currentQuestionnaire.questions.filter((question) => !question.condition && !answered.has(question.id));
    for (const question of open.slice(0, 5)) {
      getDb()
        .insert(answersTable)
        .values({ assessmentId: draft.id, questionId: question.id, kind: "dont_know", updatedAt: new Date(Date.now() + 1000) })
        .run();
    }
    const after = (await overview(world.cookies.partyLead, search)).rows.find((row) => row.id === draftBranch)?.progress?.answeredPercent ?? -1;
    expect(after).toBeGreaterThan(before);
  });
});

describe("the election the overview opens on", () => {
  it("is the one most branches work on, not the latest one a single branch started", async () => {
    const passwordHash = await hashPassword("a fourth long password");
    const party = makeOrganisation({ name: "Kiespartij" });
    const lead = await makeUser({ organisationId: party.id, role: "it_lead" });
    const branches = seedBranches({
      db: getDb(),
      partyId: party.id,
      passwordHash,
      salt: 11,
      branches: [
        { name: "Kies A", sharing: "progress", chosen: true, progress: "submitted", strength: 0.5 },
        { name: "Kies B", sharing: "progress", chosen: true, progress: "draft", strength: 0.4 },
        { name: "Kies C", sharing: "progress", chosen: true, progress: "submitted", strength: 0.6 },
      ],
    });
    const fought = assessmentOf(branches[0] ?? "");
    // One branch prepares for a later election.
    const [loner] = seedBranches({
      db: getDb(),
      partyId: party.id,
      passwordHash,
      salt: 12,
      branches: [{ name: "Kies D", sharing: "progress", chosen: true, progress: "draft", strength: 0.2 }],
    });
    getDb()
      .update(assessments)
      .set({ electionType: "tweede_kamer", electionDate: "2099-10-27" })
      .where(eq(assessments.organisationId, loner ?? ""))
      .run();
    const elections = listPartyElections({ actor: { userId: lead.id, organisationId: party.id, role: "it_lead", ipAddress: "::1" } });
    expect(elections[0]).toEqual({ type: fought.electionType, date: fought.electionDate });
    expect(elections).toContainEqual({ type: "tweede_kamer", date: "2099-10-27" });
  });
});
