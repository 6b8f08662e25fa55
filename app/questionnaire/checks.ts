import { questionnaireSchema, type DomainId, type Localized, type Question, type Questionnaire, type Source } from "./schema";
import { findQuestion } from "./numbers";
import { sources as sourcesV2 } from "./v2/sources";

/** The rules the checker knows; each problem names the one it breaks. */
export const checkRules = [
  "schema",
  "duplicate_id",
  "not_applicable_on_critical",
  "source_without_id",
  "source_without_language",
  "source_not_in_catalogue",
  "duplicate_source",
  "homepage_source",
  "question_too_long",
  "missing_text",
  "untranslated_text",
  "option_maturity",
  "maturity_span",
  "missing_measure",
  "condition",
  "changed_option",
] as const;
export type CheckRule = (typeof checkRules)[number];

/** One content problem in plain words. `questionId` and `domain` are null for problems outside a question. */
export type Problem = { rule: CheckRule; questionId: string | null; domain: DomainId | null; message: string };

/** A version's catalogue of sources, keyed by source id. */
export type SourceCatalogue = Readonly<Record<string, Source>>;

/** The catalogue each version from 2 on cites from. Version 1 predates the catalogue. */
export const sourceCatalogues: ReadonlyMap<number, SourceCatalogue> = new Map([[2, sourcesV2]]);

/** Question texts longer than this are hard to read at B1 level. */
export const maxQuestionWords = 20;

/** Words as a reader counts them: runs of text with at least one letter or digit ("e-mail" is one, "–" none). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Whether a URL points at a site's front page only, which tells the reader nothing about the claim. */
export function isHomepage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.pathname === "" || parsed.pathname === "/") && parsed.search === "" && parsed.hash === "";
  } catch {
    return false;
  }
}

/** Option ids a question uses more than once, each named once, in order. */
export function duplicateOptionIds({ question }: { question: Question }): string[] {
  const seen = new Set<string>();
  const twice: string[] = [];
  for (const option of question.options) {
    if (seen.has(option.id) && !twice.includes(option.id)) twice.push(option.id);
    seen.add(option.id);
  }
  return twice;
}

/** What is wrong with a question's condition: its target is later or missing, or lacks some of the options. */
export type ConditionFault = { kind: "later" | "missing"; targetId: string } | { kind: "unknown_options"; targetId: string; optionIds: string[] };

/**
 * A condition must point back at an earlier question (`earlier`: the questions before this one, by id)
 * and at options that question has. Both the structure check and the content check ask this.
 */
export function conditionFault({
  question,
  earlier,
  questionnaire,
}: {
  question: Question;
  earlier: ReadonlyMap<string, Question>;
  questionnaire: Questionnaire;
}): ConditionFault | null {
  const condition = question.condition;
  if (!condition) return null;
  const target = earlier.get(condition.questionId);
  if (!target) return { kind: findQuestion({ questionnaire, questionId: condition.questionId }) ? "later" : "missing", targetId: condition.questionId };
  const unknown = condition.optionIds.filter((optionId) => !target.options.some((option) => option.id === optionId));
  return unknown.length ? { kind: "unknown_options", targetId: target.id, optionIds: unknown } : null;
}

function sameSource(a: Source, b: Source): boolean {
  return a.id === b.id && a.publisher === b.publisher && a.title === b.title && a.language === b.language && a.year === b.year && a.url === b.url;
}

function normalisedUrl(url: string): string {
  return url.replace(/\/+$/, "").toLowerCase();
}

/**
 * Checks a questionnaire against the content rules. Every version must fit the schema; version 1 is
 * frozen, so the rules below apply from version 2 on: no "not applicable" on critical questions, sources
 * from the version's catalogue (with id and language, deep links, no duplicates), Dutch question texts of
 * at most 20 words, both languages everywhere, options spanning maturity 0 to 3, a basic and a next
 * measure for every question, and conditions that point back at an earlier question and its options.
 */
export function checkQuestionnaire({
  questionnaire,
  sources,
  earlier = [],
}: {
  questionnaire: Questionnaire;
  /** The catalogue to cite from; by default the one registered for the version. */
  sources?: SourceCatalogue;
  /** Published earlier versions: an option kept under the same question and option id must keep its maturity. */
  earlier?: readonly Questionnaire[];
}): Problem[] {
  const parsed = questionnaireSchema.safeParse(questionnaire);
  const problems: Problem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [first, index] = issue.path;
      const question = first === "questions" && typeof index === "number" ? questionnaire.questions[index] : undefined;
      problems.push({
        rule: "schema",
        questionId: question?.id ?? null,
        domain: question?.domain ?? null,
        message: `${issue.path.join(".") || "questionnaire"}: ${issue.message}`,
      });
    }
  }
  if (questionnaire.version < 2) return problems;

  const catalogue = sources ?? sourceCatalogues.get(questionnaire.version);
  problems.push(...checkCatalogue({ catalogue, version: questionnaire.version }));
  problems.push(...checkTexts({ questionnaire }));

  const seen = new Map<string, Question>();
  questionnaire.questions.forEach((question) => {
    const report = (rule: CheckRule, message: string) =>
      problems.push({ rule, questionId: question.id, domain: question.domain, message: `${question.id}: ${message}` });
    if (seen.has(question.id)) report("duplicate_id", "this question id is used twice; every question needs its own id");

    if (question.critical && question.allowNotApplicable) {
      report("not_applicable_on_critical", `critical question offers "not applicable"; offer an answer that says what the party does instead`);
    }

    const words = countWords(question.text.nl);
    if (words > maxQuestionWords) report("question_too_long", `the Dutch question text has ${words} words; at most ${maxQuestionWords}`);

    for (const optionId of duplicateOptionIds({ question })) report("duplicate_id", `option id ${optionId} is used twice in this question`);
    for (const option of question.options) {
      if (!Number.isInteger(option.maturity) || option.maturity < 0 || option.maturity > 3) {
        report("option_maturity", `option ${option.id} has maturity ${String(option.maturity)}; it must be 0, 1, 2 or 3`);
      }
    }
    const maturities = question.options.map((option) => option.maturity);
    if (maturities.length && Math.max(...maturities) !== 3)
      report("maturity_span", `the highest option has maturity ${Math.max(...maturities)}; the highest option must be at maturity 3`);
    if (maturities.length && Math.min(...maturities) !== 0)
      report("maturity_span", `the lowest option has maturity ${Math.min(...maturities)}; the lowest option must be at maturity 0`);

    for (const kind of ["basic", "next"] as const) {
      const measure: unknown = question.measures?.[kind];
      if (!measure) report("missing_measure", `no ${kind} measure; every gap needs a measure (basic for maturity 0–1, next for maturity 2)`);
    }

    const usedUrls = new Set<string>();
    for (const source of question.sources) {
      const name = source.id ?? source.url;
      if (!source.id) report("source_without_id", `source ${source.url} has no id; cite it from the catalogue of sources`);
      if (!source.language) report("source_without_language", `source ${name} has no language`);
      if (isHomepage(source.url)) report("homepage_source", `source ${name} links to a front page only (${source.url}); link to the page that says it`);
      const url = normalisedUrl(source.url);
      if (usedUrls.has(url)) report("duplicate_source", `source ${source.url} is cited twice`);
      usedUrls.add(url);
      if (source.id && catalogue) {
        const entry = catalogue[source.id];
        if (!entry) report("source_not_in_catalogue", `source id ${source.id} is not in the catalogue of sources`);
        else if (!sameSource(entry, source))
          report("source_not_in_catalogue", `source ${source.id} differs from its catalogue entry; refer to the entry instead of a copy`);
      }
    }

    const fault = conditionFault({ question, earlier: seen, questionnaire });
    if (fault?.kind === "later") report("condition", `condition refers to ${fault.targetId}, which comes later; a condition must point back`);
    if (fault?.kind === "missing") report("condition", `condition refers to ${fault.targetId}, which does not exist`);
    if (fault?.kind === "unknown_options")
      for (const optionId of fault.optionIds) report("condition", `condition refers to option ${optionId}, which ${fault.targetId} does not have`);
    for (const previous of earlier) {
      const before = findQuestion({ questionnaire: previous, questionId: question.id });
      for (const option of before?.options ?? []) {
        const now = question.options.find((other) => other.id === option.id);
        if (now && now.maturity !== option.maturity) {
          report(
            "changed_option",
            `option ${option.id} had maturity ${option.maturity} in version ${previous.version} and has ${now.maturity} now; an option whose meaning changed needs a new id`,
          );
        }
      }
    }
    if (!seen.has(question.id)) seen.set(question.id, question);
  });
  return problems;
}

function checkCatalogue({ catalogue, version }: { catalogue: SourceCatalogue | undefined; version: number }): Problem[] {
  const problems: Problem[] = [];
  const report = (rule: CheckRule, message: string) => problems.push({ rule, questionId: null, domain: null, message });
  if (!catalogue) {
    report("source_not_in_catalogue", `version ${version} has no catalogue of sources`);
    return problems;
  }
  const byUrl = new Map<string, string>();
  for (const [key, source] of Object.entries(catalogue)) {
    // Language and deep links are checked where a question cites the entry, with the question's id.
    if (source.id !== key) report("source_without_id", `catalogue entry ${key} has id ${source.id ?? "(none)"}; the id must be its key`);
    const url = normalisedUrl(source.url);
    const earlier = byUrl.get(url);
    if (earlier) report("duplicate_source", `catalogue entries ${earlier} and ${key} have the same address (${source.url}); keep one`);
    else byUrl.set(url, key);
  }
  return problems;
}

function checkTexts({ questionnaire }: { questionnaire: Questionnaire }): Problem[] {
  const problems: Problem[] = [];
  const check = (text: Localized | undefined, where: string, question: Question | null) => {
    const report = (rule: CheckRule, message: string) =>
      problems.push({ rule, questionId: question?.id ?? null, domain: question?.domain ?? null, message: question ? `${question.id}: ${message}` : message });
    const nl = text?.nl?.trim() ?? "";
    const en = text?.en?.trim() ?? "";
    if (!nl) report("missing_text", `${where} has no Dutch text`);
    if (!en) report("missing_text", `${where} has no English text`);
    // A longer text that is identical in both languages was not translated.
    if (nl && nl === en && countWords(nl) > 3) report("untranslated_text", `${where} is the same in Dutch and English`);
  };
  check(questionnaire.title, "the title", null);
  for (const domain of questionnaire.domains) {
    check(domain.title, `domain ${domain.id} title`, null);
    check(domain.intro, `domain ${domain.id} intro`, null);
  }
  for (const question of questionnaire.questions) {
    check(question.text, "the question text", question);
    check(question.help?.why, `"why it matters"`, question);
    check(question.help?.how, `"how to do it"`, question);
    for (const option of question.options) check(option.label, `option ${option.id}`, question);
    for (const kind of ["basic", "next"] as const) {
      const measure = question.measures?.[kind];
      if (!measure) continue;
      check(measure.title, `the ${kind} measure's title`, question);
      check(measure.detail, `the ${kind} measure's detail`, question);
    }
  }
  return problems;
}
