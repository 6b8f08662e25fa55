// The domain page's state in the browser: the answers on screen, which questions they show, and progress.
import { useCallback, useEffect, useMemo, useState } from "react";
import type { useLoaderData } from "@remix-run/react";
import { useT } from "../../i18n/use-t";
import { visibleQuestions, type AnswerMap } from "../../questionnaire/answers";
import { decodeAnswer } from "../../questionnaire/answer-codec";
import type { domainPageView, DomainFormReply } from "./view.server";

// Typed from the view model rather than from the route module, so the route's parts do not import the route.
type DomainPageView = NonNullable<ReturnType<typeof domainPageView>>;
export type LoaderData = ReturnType<typeof useLoaderData<() => DomainPageView>>;
export type ActionData = DomainFormReply | undefined;
export type QuestionData = LoaderData["questions"][number];
export type SaveState =
  { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: string } | { kind: "error"; code: string } | { kind: "signed_out" } | { kind: "offline" };

/** Answers as the page holds them (encoded form values by question id), read back into answer values. */
function answerMapFrom(encoded: Readonly<Record<string, string>>): AnswerMap {
  const map: Record<string, NonNullable<ReturnType<typeof decodeAnswer>>> = {};
  for (const [questionId, raw] of Object.entries(encoded)) {
    const value = decodeAnswer(raw);
    if (value) map[questionId] = value;
  }
  return map;
}

/** Question data by id, for labels and the error summary. */
export function useQuestionIndex(questions: QuestionData[]): ReadonlyMap<string, QuestionData> {
  return useMemo(() => new Map(questions.map((question) => [question.id, question])), [questions]);
}

/** How an answer reads on the page: its option's label, "not applicable", "don't know" or "no answer". */
export function useAnswerLabel(index: ReadonlyMap<string, QuestionData>) {
  const t = useT();
  return (questionId: string, encoded: string | null | undefined): string => {
    const value = decodeAnswer(encoded ?? "");
    if (!value) return t("domain.noAnswer");
    if (value.kind === "not_applicable") return t("answer.notApplicable");
    if (value.kind === "dont_know") return t("answer.dontKnow");
    return index.get(questionId)?.options.find((o) => o.id === value.optionId)?.label ?? value.optionId;
  };
}

/**
 * The answers on screen and what follows from them. Visibility follows the answers at once (with
 * JavaScript; without it, after saving), by the same rule the server applies.
 */
export function useAnswersOnScreen({ loaded, actionData }: { loaded: LoaderData; actionData: ActionData | undefined }) {
  const { questions, outside, outsideShown, restored } = loaded;
  const [current, setCurrent] = useState<Record<string, string>>(() => {
    const map: Record<string, string> = { ...outside };
    for (const q of questions) map[q.id] = actionData?.values[q.id]?.answer ?? restored[q.id]?.answer ?? q.answer?.value ?? "";
    return map;
  });
  const [answeredNow, setAnsweredNow] = useState<number | null>(null);
  const visible = useMemo(
    () => new Set(visibleQuestions({ questions }, answerMapFrom(current), outsideShown).map((q) => q.id)),
    [current, questions, outsideShown],
  );
  const onValueChange = useCallback((questionId: string, value: string) => {
    setCurrent((previous) => ({ ...previous, [questionId]: value }));
  }, []);
  useEffect(() => {
    const visibleAnswered = questions.filter((q) => visible.has(q.id) && current[q.id]).length;
    const before = questions.filter((q) => q.visible && q.answer?.value).length;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the first render shows the server's count (hydration), the browser's count follows
    setAnsweredNow(loaded.progress.answered - before + visibleAnswered);
  }, [current, visible, questions, loaded.progress.answered]);
  return { visible, onValueChange, answered: answeredNow ?? loaded.progress.answered };
}
