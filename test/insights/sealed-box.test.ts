// The sealed box of a contribution (ADR 018): one fixed size whatever it holds, opens only for its own row
// and key, and the largest contribution any questionnaire version can produce still fits.
import { describe, expect, it } from "vitest";
import { sealedContributionText, type ContributionPayload, type SealedContribution } from "../../app/insights";
import { contributionBoxPlaintextBytes, openContribution, paddedContribution, questionIdsOf, sealContribution } from "../../app/models/contribution-box.server";
import { questionnaireVersions } from "../../app/questionnaire/current";
import { domainIds } from "../../app/questionnaire/schema";
import { secretBoxKey } from "../../app/security/secret-box.server";
import { fixedRandom } from "./helpers";

const material = "box-test-material-0123456789-0123456789";
const key = secretBoxKey(material, "contributions");

const small: SealedContribution = { withdrawn: true, groups: { organisationKind: "local_party", electionType: "gemeenteraad" } };

/** Every question of a version shown, with values drawn at random: what compresses worst. */
function largestOf(version: number, random: () => number): ContributionPayload {
  const questionnaire = questionnaireVersions.get(version);
  if (!questionnaire) throw new Error(`no version ${version}`);
  const values = [0, 1, 2, 3, "na", "dk"] as const;
  return {
    organisationKind: "national_party",
    electionType: "europees_parlement",
    questionnaireVersion: version,
    month: "2030-12",
    domainScores: Object.fromEntries(domainIds.map((domain) => [domain, random() < 0.2 ? null : Math.floor(random() * 101)])),
    maturities: Object.fromEntries(questionnaire.questions.map((q) => [q.id, values[Math.floor(random() * values.length)] ?? 0])),
  };
}

describe("the sealed box of a contribution", () => {
  it("fits the largest contribution of every questionnaire version, with room to spare", () => {
    for (const version of questionnaireVersions.keys()) {
      // Every question shown, the longest values: a score of 100 in every domain and "don't know" everywhere.
      const payload = largestOf(version, fixedRandom(version));
      const longest: ContributionPayload = {
        ...payload,
        domainScores: Object.fromEntries(domainIds.map((domain) => [domain, 100])),
        maturities: Object.fromEntries(Object.keys(payload.maturities).map((id) => [id, "dk"])),
      };
      const bytes = Buffer.byteLength(sealedContributionText({ withdrawn: false, payload: longest }, questionIdsOf));
      // Less than half of the box: a version with twice as many questions still fits.
      expect(bytes, `version ${version}`).toBeLessThan(contributionBoxPlaintextBytes / 2);
    }
  });

  it("keeps answers the version does not know as they are (an older copy), and they open unchanged", () => {
    const payload = { ...largestOf(2, fixedRandom(3)), maturities: { "an-unknown-question": 2, "another-one": "na" as const } };
    expect(openContribution({ seq: 9, sealed: sealContribution({ seq: 9, contents: { withdrawn: false, payload }, key }), key })).toEqual({
      withdrawn: false,
      payload,
    });
  });

  it("has one size whatever it holds: withdrawn, few answers or every answer", () => {
    const sizes = new Set([
      sealContribution({ seq: 1, contents: small, key }).length,
      sealContribution({ seq: 2, contents: { withdrawn: false, payload: largestOf(2, fixedRandom(1)) }, key }).length,
      sealContribution({ seq: 3, contents: { withdrawn: false, payload: { ...largestOf(1, fixedRandom(2)), maturities: {} } }, key }).length,
    ]);
    expect([...sizes]).toEqual([contributionBoxPlaintextBytes + 29]);
    expect(paddedContribution(small).length).toBe(contributionBoxPlaintextBytes);
  });

  it("opens to exactly what was sealed, and only for its own row, its own key and unchanged", () => {
    const payload = largestOf(2, fixedRandom(9));
    const box = sealContribution({ seq: 42, contents: { withdrawn: false, payload }, key });
    expect(openContribution({ seq: 42, sealed: box, key })).toEqual({ withdrawn: false, payload });
    expect(openContribution({ seq: 43, sealed: box, key })).toBeNull();
    expect(openContribution({ seq: 42, sealed: box, key: secretBoxKey("another-material-0123456789-0123456789", "contributions") })).toBeNull();
    // The same material for the other purpose is another key: a two-step secret's key opens no contribution.
    expect(openContribution({ seq: 42, sealed: box, key: secretBoxKey(material) })).toBeNull();
    for (const at of [0, 5, 20, box.length - 1]) {
      const changed = Buffer.from(box);
      changed[at] = (changed[at] ?? 0) ^ 1;
      expect(openContribution({ seq: 42, sealed: changed, key }), `byte ${at}`).toBeNull();
    }
    expect(openContribution({ seq: 42, sealed: box.subarray(0, 40), key })).toBeNull();
    // Sealing twice gives two different boxes: equal contributions cannot be recognised as equal.
    expect(sealContribution({ seq: 42, contents: { withdrawn: false, payload }, key }).equals(box)).toBe(false);
    expect(openContribution({ seq: 7, sealed: sealContribution({ seq: 7, contents: small, key }), key })).toEqual(small);
  });
});
