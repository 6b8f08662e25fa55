import { z } from "zod";
import { domainIds, type DomainId } from "../questionnaire/schema";
import { scoreLevelIds, type ScoreLevelId } from "../scoring/rules";
import { electionTypes, type ElectionType } from "../plan/elections";
import { organisationKinds, type OrganisationKind } from "../utils/organisation-kinds";
import { breakdowns, type Breakdown } from "./breakdowns";

export { domainIds, electionTypes, organisationKinds, scoreLevelIds };
export type { DomainId, ElectionType, OrganisationKind, ScoreLevelId };
// Without zod, so the analyst's page can use them without loading it.
export { breakdowns, groupsOf, isBreakdown, type Breakdown } from "./breakdowns";

/** Maturity 0–3 of one question, or "na" / "dk" for not applicable / don't know. Hidden questions are absent. */
export type MaturityValue = number | "na" | "dk";

/**
 * Exactly what a party shares: the anonymised copy of one submitted assessment. Nothing else leaves the
 * party — no name, no notes, no people, no date finer than the month.
 */
export type ContributionPayload = {
  organisationKind: OrganisationKind;
  electionType: ElectionType;
  questionnaireVersion: number;
  /** YYYY-MM of submission. */
  month: string;
  /** Rounded domain score 0–100, or null when no question of the domain counted. */
  domainScores: Record<string, number | null>;
  maturities: Record<string, MaturityValue>;
};

/** One contribution as a release computation sees it: the payload plus its arrival number. */
export type ReleaseContribution = ContributionPayload & { seq: number };

/** The group a contribution falls in, per breakdown. */
export function groupOf(contribution: { organisationKind: string; electionType: string }, breakdown: Breakdown): string {
  if (breakdown === "organisation_kind") return contribution.organisationKind;
  if (breakdown === "election_type") return contribution.electionType;
  return "all";
}

/**
 * How a group (or a figure) appears in a release:
 * - published: the number is shown, with its n;
 * - fewer_than_k: fewer than K organisations, shown as "fewer than K";
 * - hidden: at least K organisations, but hidden so that a smaller group cannot be worked out from totals
 *   (complementary suppression) or from the difference with an earlier release.
 */
export const figureStatuses = ["published", "fewer_than_k", "hidden"] as const;
export type FigureStatus = (typeof figureStatuses)[number];

/** Level counts per domain: the four score levels and "no score" (no question of the domain counted or, from scoring rules version 2, fewer than 80 % answered). */
export const levelCategories = [...scoreLevelIds, "no_score"] as const;
export type LevelCategory = (typeof levelCategories)[number];

const scoreFigureSchema = z.object({
  status: z.enum(["published", "fewer_than_k"]),
  /** Organisations with a score in this domain; null when fewer than K. */
  n: z.number().int().nullable(),
  median: z.number().nullable(),
  q1: z.number().nullable(),
  q3: z.number().nullable(),
});
/** Median and quartiles of one domain's scores in one group; null values when the figure is not shown. */
export type ScoreFigure = z.infer<typeof scoreFigureSchema>;

const count = z.number().int().min(0);
const domainFigureSchema = z.object({
  domain: z.enum(domainIds),
  scores: scoreFigureSchema,
  /** Organisations per level (n = the group's n, "no_score" included). */
  levels: z.object({ vulnerable: count, getting_there: count, basics_in_place: count, resilient: count, no_score: count }),
});
export type DomainFigure = z.infer<typeof domainFigureSchema>;

const publishedGroupSchema = z.object({
  group: z.string(),
  status: z.enum(figureStatuses),
  /** Organisations in the group; null unless published. */
  n: z.number().int().nullable(),
  /** Null unless the group is published. */
  domains: z.array(domainFigureSchema).nullable(),
});
export type PublishedGroup = z.infer<typeof publishedGroupSchema>;

const publishedBreakdownSchema = z.object({
  breakdown: z.enum(breakdowns),
  /** No group can be shown safely, so the breakdown is left out of this release altogether. */
  withheld: z.boolean(),
  /** Empty when withheld. */
  groups: z.array(publishedGroupSchema),
});
export type PublishedBreakdown = z.infer<typeof publishedBreakdownSchema>;

const gapFigureSchema = z.object({
  rank: z.number().int(),
  questionId: z.string(),
  domain: z.enum(domainIds),
  /** Organisations that answered this question with an option (N/A, don't know and hidden do not count). Null from release format 2: only the rank is published. */
  n: z.number().int().nullable(),
  /** Of those, at maturity 0 or 1; null from format 2. */
  atMostOne: z.number().int().nullable(),
  /** atMostOne / n, rounded to three decimals; null from format 2. */
  share: z.number().nullable(),
});
/** A question where most organisations are at maturity 0–1. */
export type GapFigure = z.infer<typeof gapFigureSchema>;

const trendPointSchema = z.object({
  releaseId: z.number().int(),
  publishedAt: z.string(),
  /** Null when the release could not show its total. */
  n: z.number().int().nullable(),
  domains: z.array(z.object({ domain: z.enum(domainIds), n: z.number().int().nullable(), median: z.number().nullable() })),
});
/** One release's headline figures, for the trend across releases. */
export type TrendPoint = z.infer<typeof trendPointSchema>;

const privacySchema = z.object({
  /** The privacy budget of this release (ε, differential privacy, one organisation added or removed). */
  epsilon: z.number(),
  /** How ε is split: each breakdown's figures and the list of gaps. */
  split: z.object({ all: z.number(), organisation_kind: z.number(), election_type: z.number(), gaps: z.number() }),
  /** The period of the release calendar this release belongs to, e.g. "2026-Q4". */
  period: z.string(),
});
/** How the figures of a release were protected with noise. */
export type ReleasePrivacy = z.infer<typeof privacySchema>;

export const publishedReleaseSchema = z.object({
  /** 1: exact figures (suppression only); 2: figures with noise for differential privacy (see `privacy`). */
  format: z.union([z.literal(1), z.literal(2)]),
  /** Present from format 2. */
  privacy: privacySchema.optional(),
  releaseId: z.number().int(),
  publishedAt: z.string(),
  minGroup: z.number().int(),
  breakdowns: z.array(publishedBreakdownSchema),
  /** The ten most common gaps, over all organisations; empty when the release shows no total. */
  gaps: z.array(gapFigureSchema),
  /** This release and every earlier one, oldest first. */
  trend: z.array(trendPointSchema),
});
/** Everything an analyst may see of one release. Plain JSON. */
export type PublishedRelease = z.infer<typeof publishedReleaseSchema>;

const seqRangeSchema = z.tuple([z.number().int(), z.number().int()]);
/** Inclusive ranges of contribution seqs [from, to]. */
export type SeqRange = z.infer<typeof seqRangeSchema>;

/**
 * What is stored in releases.data: the published figures and, for the next releases' difference check only,
 * which contributions this release was computed from. The basis never leaves the model.
 */
export const storedReleaseSchema = z.object({
  format: z.union([z.literal(1), z.literal(2)]),
  published: publishedReleaseSchema,
  basis: z.object({ included: z.array(seqRangeSchema) }),
});
export type StoredRelease = z.infer<typeof storedReleaseSchema>;

/** An earlier release, as the next computation needs it: what was published and from which contributions. */
export type EarlierRelease = { published: PublishedRelease; included: SeqRange[] };
