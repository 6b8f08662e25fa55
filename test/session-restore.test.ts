import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { sessions } from "../db/schema";
import { getDb } from "../app/db.server";
import { createUserSession } from "../app/auth/session.server";
import { startAssessment } from "../app/models/assessments.server";
import { listAnswers, getAssessment } from "../app/models/assessments.server";
import { action as domainAction, loader as domainLoader } from "../app/routes/assessments.$id.domains.$domain/route";
import { currentQuestionnaire } from "../app/questionnaire/current";
import { cookieFrom, formRequest, getRequest, makeOrganisation, makeUser } from "./helpers/factory";

describe("an expired session while typing (no JavaScript)", () => {
  it("keeps the posted page, sends the user to sign in, and restores it for them only", async () => {
    const org = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const other = await makeUser({ organisationId: org.id, role: "it_lead" });
    const started = startAssessment({
      actor: { userId: lead.id, organisationId: org.id, role: "it_lead", ipAddress: "::1" },
      electionType: "other",
      electionDate: "2031-01-01",
      carryOver: false,
    });
    if (!started.ok) throw new Error("start failed");
    const question = currentQuestionnaire.questions.find((q) => q.domain === "devices");
    if (!question) throw new Error("content");
    const cookie = cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId: lead.id, ipAddress: "::1" }));
    // The session goes idle for two hours.
    getDb()
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 2 * 60 * 60 * 1000) })
      .where(eq(sessions.userId, lead.id))
      .run();
    const path = `/assessments/${started.id}/domains/devices`;
    const fields = {
      intent: "stay",
      [`rev-${question.id}`]: "0",
      [`answer-${question.id}`]: `option:${question.options[1]?.id}`,
      [`note-${question.id}`]: "Getypt vlak voor het verlopen",
    };
    let location = "";
    try {
      await domainAction({ request: formRequest(path, fields, { Cookie: cookie }), params: { id: started.id, domain: "devices" }, context: {} });
    } catch (thrown) {
      if (!(thrown instanceof Response)) throw thrown;
      location = thrown.headers.get("Location") ?? "";
    }
    expect(location).toMatch(/^\/login\?expired=1&redirectTo=/);
    const assessment = getAssessment({ id: started.id, organisationId: org.id });
    if (!assessment) throw new Error("missing");
    expect(listAnswers({ assessment })).toEqual([]); // nothing saved without a session
    const back = decodeURIComponent(location.split("redirectTo=")[1] ?? "");
    expect(back).toMatch(new RegExp(`^${path}\\?restore=`));

    // Someone else signing in cannot take it.
    const otherCookie = cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId: other.id, ipAddress: "::1" }));
    const theirs = await domainLoader({ request: getRequest(back, { Cookie: otherCookie }), params: { id: started.id, domain: "devices" }, context: {} });
    expect(theirs.restored).toEqual({});

    const fresh = cookieFrom(await createUserSession({ request: new Request("http://localhost/"), userId: lead.id, ipAddress: "::1" }));
    const page = await domainLoader({ request: getRequest(back, { Cookie: fresh }), params: { id: started.id, domain: "devices" }, context: {} });
    expect(page.restored[question.id]).toEqual({ answer: `option:${question.options[1]?.id}`, note: "Getypt vlak voor het verlopen", revision: 0 });
    // Once only.
    const again = await domainLoader({ request: getRequest(back, { Cookie: fresh }), params: { id: started.id, domain: "devices" }, context: {} });
    expect(again.restored).toEqual({});
  });

  it("does not keep anything for a request without a session cookie of ours", async () => {
    const org = makeOrganisation();
    const lead = await makeUser({ organisationId: org.id, role: "it_lead" });
    const started = startAssessment({
      actor: { userId: lead.id, organisationId: org.id, role: "it_lead", ipAddress: "::1" },
      electionType: "other",
      electionDate: "2031-01-01",
      carryOver: false,
    });
    if (!started.ok) throw new Error("start failed");
    const path = `/assessments/${started.id}/domains/devices`;
    let location = "";
    try {
      await domainAction({
        request: formRequest(path, { "rev-dev-auto-updates": "0", "note-dev-auto-updates": "spam" }, { Cookie: "weerbaar-session=forged" }),
        params: { id: started.id, domain: "devices" },
        context: {},
      });
    } catch (thrown) {
      if (!(thrown instanceof Response)) throw thrown;
      location = thrown.headers.get("Location") ?? "";
    }
    expect(location).toMatch(/^\/login\?redirectTo=/);
    expect(location).not.toContain("restore");
  });
});
