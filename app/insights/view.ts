import { questionnaireVersions } from "../questionnaire/current";
import { scoreLevels } from "../scoring/rules";
import { type Breakdown, type DomainId, type PublishedRelease, type ScoreLevelId } from "./types";

type Language = "nl" | "en";

/** Names for what a release refers to by id: topics, questions (of any version) and levels, in one language. */
export type InsightsLabels = {
  domains: Record<DomainId, string>;
  questions: Record<string, string>;
  levels: Record<ScoreLevelId, string>;
};

/** The labels a release needs, from the questionnaire and scoring content (never from the database). */
export function insightsLabels({ release, language }: { release: PublishedRelease; language: Language }): InsightsLabels {
  const versions = [...questionnaireVersions.values()].sort((a, b) => b.version - a.version);
  const domainTitle = (id: DomainId) => {
    for (const questionnaire of versions) {
      const found = questionnaire.domains.find((domain) => domain.id === id);
      if (found) return found.title[language];
    }
    return id;
  };
  const questions: Record<string, string> = {};
  for (const gap of release.gaps) {
    const question = versions.flatMap((questionnaire) => questionnaire.questions).find((q) => q.id === gap.questionId);
    questions[gap.questionId] = question?.text[language] ?? gap.questionId;
  }
  const levelName = (id: ScoreLevelId) => scoreLevels.find((level) => level.id === id)?.name[language] ?? id;
  return {
    domains: {
      governance: domainTitle("governance"),
      accounts: domainTitle("accounts"),
      devices: domainTitle("devices"),
      email_web: domainTitle("email_web"),
      disinformation: domainTitle("disinformation"),
      candidates: domainTitle("candidates"),
      people: domainTitle("people"),
    },
    questions,
    levels: {
      vulnerable: levelName("vulnerable"),
      getting_there: levelName("getting_there"),
      basics_in_place: levelName("basics_in_place"),
      resilient: levelName("resilient"),
    },
  };
}

/** Everything the analyst page shows: one published release, the list of releases, the chosen breakdown. */
export type InsightsPage = {
  release: PublishedRelease;
  releases: Array<{ id: number; publishedAt: string }>;
  latestId: number;
  breakdown: Breakdown;
  labels: InsightsLabels;
  /** The first release with noise; null while every release is exact. */
  noisySince: number | null;
};

export function insightsPage({
  release,
  releases,
  breakdown,
  language,
  noisySince = null,
}: {
  release: PublishedRelease;
  releases: Array<{ id: number; publishedAt: Date }>;
  breakdown: Breakdown;
  language: Language;
  noisySince?: number | null;
}): InsightsPage {
  return {
    release,
    releases: releases.map((r) => ({ id: r.id, publishedAt: r.publishedAt.toISOString() })),
    latestId: releases[0]?.id ?? release.releaseId,
    breakdown,
    labels: insightsLabels({ release, language }),
    noisySince,
  };
}
