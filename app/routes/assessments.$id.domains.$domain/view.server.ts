// The domain page's view model: what the loader hands the page, and what its action does with a posted form.
import { helpKeyOf, type QuestionHelp } from "../../components/question-help";
import type { Language } from "../../i18n/translate";
import { listAnswers, mayEditDomain, ownSections, type Actor, type AssessmentRow } from "../../models/assessments.server";
import { parseChange } from "../../models/answer-input.server";
import { saveAnswers, type AnswerChange, type AnswerProblem, type Conflict } from "../../models/answers.server";
import { answerMapOf, noteMaxLength, progressOf, visibleQuestions } from "../../questionnaire/answers";
import { encodeAnswer } from "../../questionnaire/answer-codec";
import { questionnaireFor } from "../../questionnaire/current";
import { questionNumbers } from "../../questionnaire/numbers";
import type { Condition, DomainId, Questionnaire } from "../../questionnaire/schema";
import { readPostedQuestions } from "./fields";

/** Input typed on this page while signed out, brought back after sign-in (by question id). */
export type RestoredInput = Record<string, { answer: string; note: string; revision: number }>;

/** The restored fields of a pending save, read with the page's field naming. */
export function restoredInputOf({ fields }: { fields: Readonly<Record<string, string>> | null }): RestoredInput {
  const restored: RestoredInput = {};
  for (const posted of readPostedQuestions({ fields: fields ?? {} })) {
    restored[posted.questionId] = { answer: posted.answer ?? "", note: posted.note ?? "", revision: Number(posted.revision) || 0 };
  }
  return restored;
}

type StaticQuestion = {
  id: string;
  /** Names this question's text, help and options in this version and language, for StaticHtml. */
  staticKey: string;
  number: string;
  text: string;
  /** Null on a page load: the server renders it from serverContent and the browser keeps that HTML. */
  help: QuestionHelp | null;
  critical: boolean;
  allowNotApplicable: boolean;
  condition: Condition | null;
  options: Array<{ id: string; label: string }>;
};
type StaticDomainView = {
  domainIndex: number;
  titles: ReadonlyMap<string, string>;
  questions: StaticQuestion[];
  /** The same questions without their help, for a page load. */
  questionsWithoutHelp: StaticQuestion[];
};

const staticViews = new WeakMap<Questionnaire, Map<string, StaticDomainView>>();
// Each questionnaire object gets its own name, so a changed one (in development) never meets old HTML.
const questionnaireNames = new WeakMap<Questionnaire, string>();
let namesGiven = 0;
function nameOf(questionnaire: Questionnaire): string {
  let name = questionnaireNames.get(questionnaire);
  if (!name) {
    namesGiven += 1;
    name = `v${questionnaire.version}.${namesGiven}`;
    questionnaireNames.set(questionnaire, name);
  }
  return name;
}

/**
 * What a domain shows that depends only on the questionnaire version and the language: titles, question
 * texts, help, sources, options and numbers. A published version never changes, so this is built once per
 * (version, domain, language) and shared by every request.
 */
function staticDomainView({ questionnaire, domain, language }: { questionnaire: Questionnaire; domain: DomainId; language: Language }): StaticDomainView {
  let views = staticViews.get(questionnaire);
  if (!views) {
    views = new Map();
    staticViews.set(questionnaire, views);
  }
  const key = `${domain}:${language}`;
  const known = views.get(key);
  if (known) return known;
  const numbers = questionNumbers({ questionnaire });
  const questions = questionnaire.questions
    .filter((question) => question.domain === domain)
    .map((question): StaticQuestion => ({
      id: question.id,
      staticKey: `${nameOf(questionnaire)}:${language}:${question.id}`,
      number: numbers.get(question.id) ?? "",
      text: question.text[language],
      help: { why: question.help.why[language], how: question.help.how[language], sources: question.sources },
      critical: question.critical,
      allowNotApplicable: question.allowNotApplicable,
      condition: question.condition ?? null,
      options: question.options.map((option) => ({ id: option.id, label: option.label[language] })),
    }));
  const built: StaticDomainView = {
    domainIndex: questionnaire.domains.findIndex((d) => d.id === domain),
    titles: new Map(questionnaire.domains.map((d) => [d.id, d.title[language]])),
    questions,
    questionsWithoutHelp: questions.map((question) => ({ ...question, help: null })),
  };
  views.set(key, built);
  return built;
}

/** Everything the domain page shows for this person, this assessment and this domain; null for no such domain. */
export function domainPageView({
  actor,
  assessment,
  domainId,
  language,
  restored,
  savedParam,
  serverContent,
}: {
  actor: Actor;
  assessment: AssessmentRow;
  domainId: DomainId;
  language: Language;
  restored: RestoredInput;
  savedParam: string | null;
  /** On a page load: the questions' help goes here, for the server's render, and not into the data. */
  serverContent: Map<string, unknown> | null;
}) {
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const view = staticDomainView({ questionnaire, domain: domainId, language });
  const domain = questionnaire.domains[view.domainIndex];
  if (!domain) return null;
  const stored = listAnswers({ assessment });
  const answerMap = answerMapOf(stored);
  const visible = new Set(visibleQuestions(questionnaire, answerMap).map((q) => q.id));
  const byId = new Map(stored.map((answer) => [answer.questionId, answer]));
  const inDomain = new Set(view.questions.map((q) => q.id));
  // Answers of questions elsewhere that a condition here depends on, so visibility can be recomputed in the
  // browser, and which of those questions are shown.
  const outside: Record<string, string> = {};
  const outsideShown: string[] = [];
  for (const question of view.questions) {
    const target = question.condition?.questionId;
    if (!target || inDomain.has(target)) continue;
    outside[target] = encodeAnswer(answerMap[target]);
    if (visible.has(target) && !outsideShown.includes(target)) outsideShown.push(target);
  }
  const progress = progressOf({ questionnaire, answerMap });
  if (serverContent) for (const question of view.questions) serverContent.set(helpKeyOf(question.staticKey), question.help);
  const title = (id: string) => view.titles.get(id) ?? id;
  // A contributor goes on to her own next section; the IT lead (and a reader) to the next one in order.
  const mine = ownSections({ actor, assessment, after: domain.id, answerMap });
  const ownPath = mine.guided;
  const inOrder = questionnaire.domains[view.domainIndex + 1];
  const next = ownPath ? (mine.next ? { id: mine.next } : undefined) : inOrder;
  const here = progress.domains.find((d) => d.domain === domain.id);
  return {
    ownPath,
    thisDone: ownPath && here !== undefined && here.total > 0 && here.answered === here.total && mine.own.includes(domain.id),
    allMineDone: ownPath && mine.allDone,
    saved: savedParam !== null,
    savedQuestion: savedParam && inDomain.has(savedParam) ? savedParam : null,
    assessment: { id: assessment.id, electionType: assessment.electionType, electionDate: assessment.electionDate, status: assessment.status },
    domain: { id: domain.id, title: title(domain.id), intro: domain.intro[language], number: view.domainIndex + 1, count: questionnaire.domains.length },
    next: next ? { id: next.id, title: title(next.id) } : null,
    navigation: questionnaire.domains.map((d) => {
      const p = progress.domains.find((x) => x.domain === d.id);
      return { id: d.id, title: title(d.id), answered: p?.answered ?? 0, total: p?.total ?? 0 };
    }),
    progress: { answered: progress.answered, total: progress.total },
    canEdit: mayEditDomain({ actor, assessment, domain: domain.id }),
    outside,
    outsideShown,
    restored,
    questions: (serverContent ? view.questionsWithoutHelp : view.questions).map((question) => {
      const answer = byId.get(question.id);
      return {
        ...question,
        visible: visible.has(question.id),
        // New in this version, or its earlier answer no longer fits: shown until someone chooses an answer.
        needsAnswer: Boolean(answer?.needsAnswer && !answer.value),
        answer: answer
          ? {
              value: encodeAnswer(answer.value),
              note: answer.note,
              revision: answer.revision,
              carriedOver: answer.carriedOver,
              updatedByName: answer.updatedByName,
              updatedAt: answer.updatedAt.toISOString(),
            }
          : null,
      };
    }),
  };
}

/** What the page shows back after a form post that saved nothing, or nothing completely. */
export type DomainFormReply = {
  problems: AnswerProblem[];
  conflicts: Conflict[];
  values: Record<string, { answer: string; note: string }>;
  error: "frozen" | "forbidden" | "too_large" | null;
};

export type DomainFormResult = { kind: "reply"; reply: DomainFormReply; status: number } | { kind: "redirect"; location: string };

/**
 * Saves the answers a domain form posted (the page without JavaScript, or its save buttons). Nothing is
 * saved when one answer is unreadable; otherwise the person goes on to her next section or back to her place.
 */
export function saveDomainForm({
  actor,
  assessment,
  domainId,
  fields,
}: {
  actor: Actor;
  assessment: AssessmentRow;
  domainId: DomainId;
  fields: Record<string, string>;
}): DomainFormResult {
  const posted = readPostedQuestions({ fields });
  const values: DomainFormReply["values"] = {};
  const changes: AnswerChange[] = [];
  const problems: AnswerProblem[] = [];
  for (const question of posted) {
    values[question.questionId] = { answer: question.answer ?? "", note: (question.note ?? "").slice(0, noteMaxLength + 100) };
    const parsed = parseChange(question);
    if (parsed.ok) changes.push(parsed.change);
    else problems.push({ questionId: question.questionId, code: "unknown_option" });
  }
  const reply = (status: number, part: Partial<DomainFormReply>): DomainFormResult => ({
    kind: "reply",
    status,
    reply: { problems: [], conflicts: [], values, error: null, ...part },
  });
  if (problems.length) return reply(400, { problems });
  const result = saveAnswers({ actor, assessment, changes });
  if (!result.ok) {
    if (result.error === "invalid") return reply(400, { problems: result.problems });
    return reply(result.error === "frozen" ? 409 : 403, { error: result.error });
  }
  if (result.conflicts.length) return reply(409, { conflicts: result.conflicts });
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const index = questionnaire.domains.findIndex((d) => d.id === domainId);
  const next = questionnaire.domains[index + 1];
  const base = `/assessments/${assessment.id}`;
  if (fields.intent === "continue") {
    const mine = ownSections({ actor, assessment, after: domainId });
    const ownNext = mine.guided ? mine.next : next?.id;
    return { kind: "redirect", location: ownNext ? `${base}/domains/${ownNext}?saved=1` : `${base}?saved=1` };
  }
  // Without JavaScript the page reloads: come back at the question last changed (or the first still open),
  // so the person keeps her place, and say there that it was saved.
  const place = result.saved.at(-1)?.questionId ?? posted.find((question) => !question.answer)?.questionId;
  return {
    kind: "redirect",
    location: place ? `${base}/domains/${domainId}?saved=${encodeURIComponent(place)}#q-${place}` : `${base}/domains/${domainId}?saved=1`,
  };
}
