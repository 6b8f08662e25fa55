// What the sealed box of a contribution holds, as JSON (ADR 018): the whole contribution — content and
// metadata — or, once withdrawn, only the two groups a comparison with earlier releases still needs. Pure:
// the model compresses, pads and encrypts it (app/models/contribution-box.server.ts).
import { electionTypes, organisationKinds, type ContributionPayload, type ElectionType, type MaturityValue, type OrganisationKind } from "./types";

export type SealedContribution =
  { withdrawn: false; payload: ContributionPayload } | { withdrawn: true; groups: { organisationKind: OrganisationKind; electionType: ElectionType } };

/** The question ids of a questionnaire version in questionnaire order (versions never change once published). */
export type QuestionIdsOf = (version: number) => readonly string[] | undefined;

const maturityCodes: Record<string, string> = { "0": "0", "1": "1", "2": "2", "3": "3", na: "n", dk: "d" };
const maturityOfCode: Record<string, MaturityValue> = { "0": 0, "1": 1, "2": 2, "3": 3, n: "na", d: "dk" };
const hiddenCode = "-";

/**
 * The maturities as one character per question of the version, in its order ("-" for a hidden question):
 * about 80 bytes instead of 2 kB, so a box is small and quick to open. Null when some maturity does not fit
 * that form (an id the version lacks, a value outside 0–3/na/dk); the box then holds the object itself.
 */
function positionalMaturities(maturities: Record<string, MaturityValue>, questionIds: readonly string[] | undefined): string | null {
  if (!questionIds) return null;
  let known = 0;
  let text = "";
  for (const id of questionIds) {
    const value = maturities[id];
    if (value === undefined) text += hiddenCode;
    else {
      const code = maturityCodes[String(value)];
      if (!code) return null;
      text += code;
      known += 1;
    }
  }
  return known === Object.keys(maturities).length ? text : null;
}

/** The JSON put in the box; keys in a fixed order, so two equal contributions give equal text. */
export function sealedContributionText(contents: SealedContribution, questionIdsOf: QuestionIdsOf = () => undefined): string {
  if (contents.withdrawn) return JSON.stringify({ k: contents.groups.organisationKind, e: contents.groups.electionType });
  const { payload } = contents;
  return JSON.stringify({
    k: payload.organisationKind,
    e: payload.electionType,
    v: payload.questionnaireVersion,
    m: payload.month,
    s: payload.domainScores,
    q: positionalMaturities(payload.maturities, questionIdsOf(payload.questionnaireVersion)) ?? payload.maturities,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isOrganisationKind(value: unknown): value is OrganisationKind {
  return organisationKinds.some((kind) => kind === value);
}

function isElectionType(value: unknown): value is ElectionType {
  return electionTypes.some((type) => type === value);
}

function scoresOf(value: unknown): Record<string, number | null> | null {
  if (!isRecord(value)) return null;
  const scores: Record<string, number | null> = {};
  for (const [domain, score] of Object.entries(value)) {
    if (score !== null && (typeof score !== "number" || !Number.isFinite(score))) return null;
    scores[domain] = score;
  }
  return scores;
}

function maturitiesOf(value: unknown, questionIds: readonly string[] | undefined): Record<string, MaturityValue> | null {
  if (typeof value === "string") {
    if (!questionIds || value.length !== questionIds.length) return null;
    const maturities: Record<string, MaturityValue> = {};
    for (let index = 0; index < value.length; index++) {
      const code = value[index] ?? hiddenCode;
      if (code === hiddenCode) continue;
      const maturity = maturityOfCode[code];
      const id = questionIds[index];
      if (maturity === undefined || id === undefined) return null;
      maturities[id] = maturity;
    }
    return maturities;
  }
  if (!isRecord(value)) return null;
  const maturities: Record<string, MaturityValue> = {};
  for (const [question, maturity] of Object.entries(value)) {
    if (maturity !== "na" && maturity !== "dk" && (typeof maturity !== "number" || !Number.isInteger(maturity))) return null;
    maturities[question] = maturity;
  }
  return maturities;
}

/**
 * Reads the JSON of an opened box back; null when it is not one (the box is authenticated, so this only
 * fails for a box written by a different version of this code).
 */
export function parseSealedContribution(text: string, questionIdsOf: QuestionIdsOf = () => undefined): SealedContribution | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || !isOrganisationKind(value.k) || !isElectionType(value.e)) return null;
  if (!("v" in value)) return { withdrawn: true, groups: { organisationKind: value.k, electionType: value.e } };
  if (typeof value.v !== "number" || !Number.isInteger(value.v) || typeof value.m !== "string" || !/^\d{4}-\d{2}$/.test(value.m)) return null;
  const domainScores = scoresOf(value.s);
  const maturities = maturitiesOf(value.q, questionIdsOf(value.v));
  if (!domainScores || !maturities) return null;
  return {
    withdrawn: false,
    payload: { organisationKind: value.k, electionType: value.e, questionnaireVersion: value.v, month: value.m, domainScores, maturities },
  };
}
