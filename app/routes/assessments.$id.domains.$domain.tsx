import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { requireAssessment } from "../auth/guards.server";
import { useElectionLabel } from "../components/election";
import { ProgressBar } from "../components/progress";
import { formatDateTime, formatTime } from "../i18n/translate";
import { getLanguage } from "../i18n/language.server";
import { useLanguage, useT } from "../i18n/use-t";
import { answerMapOf, listAnswers, mayEditDomain, ownSections, progressOf, questionnaireFor } from "../models/assessments.server";
import { parseChange } from "../models/answer-input.server";
import { saveAnswers, type AnswerProblem, type Conflict } from "../models/answers.server";
import { stashExpiredPost } from "../auth/expired-post.server";
import { takePendingSave } from "../models/pending-saves.server";
import { getSessionUser } from "../auth/session.server";
import { visibleQuestions } from "../questionnaire/answers";
import { decodeAnswer, encodeAnswer } from "../questionnaire/answer-codec";
import { domainIdSchema } from "../questionnaire/schema";
import { formToObject, notFound, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { SourceList } from "../components/source-list";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "domain.title");

const noteMax = 2000;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { assessment, actor } = await requireAssessment(request, params, context);
  const domainId = domainIdSchema.safeParse(params.domain);
  if (!domainId.success) throw notFound();
  const url = new URL(request.url);
  const restoreToken = url.searchParams.get("restore");
  const restoredFields = restoreToken ? takePendingSave({ token: restoreToken, userId: actor.userId, path: url.pathname }) : null;
  const restored: Record<string, { answer: string; note: string; revision: number }> = {};
  for (const [key, value] of Object.entries(restoredFields ?? {})) {
    if (!key.startsWith("rev-")) continue;
    const questionId = key.slice(4);
    restored[questionId] = { answer: restoredFields?.[`answer-${questionId}`] ?? "", note: restoredFields?.[`note-${questionId}`] ?? "", revision: Number(value) || 0 };
  }
  const language = await getLanguage(request);
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const stored = listAnswers({ assessment });
  const answerMap = answerMapOf(stored);
  const visible = new Set(visibleQuestions(questionnaire, answerMap).map((q) => q.id));
  const byId = new Map(stored.map((answer) => [answer.questionId, answer]));
  const domainIndex = questionnaire.domains.findIndex((d) => d.id === domainId.data);
  const domain = questionnaire.domains[domainIndex];
  if (!domain) throw notFound();
  const inDomain = questionnaire.questions.filter((q) => q.domain === domain.id);
  // Answers of questions elsewhere that a condition here depends on, so visibility can be recomputed in the browser.
  const outside: Record<string, string> = {};
  for (const question of inDomain) {
    const target = question.condition?.questionId;
    if (target && !inDomain.some((q) => q.id === target)) outside[target] = encodeAnswer(answerMap[target]);
  }
  const progress = progressOf({ questionnaire, answerMap });
  const title = (id: string) => questionnaire.domains.find((d) => d.id === id)?.title[language] ?? id;
  // A contributor goes on to her own next section; the IT lead (and a reader) to the next one in order.
  const mine = ownSections({ actor, assessment, after: domain.id, answerMap });
  const ownPath = mine.guided;
  const inOrder = questionnaire.domains[domainIndex + 1];
  const next = ownPath ? (mine.next ? { id: mine.next } : undefined) : inOrder;
  const here = progress.domains.find((d) => d.domain === domain.id);
  const savedParam = url.searchParams.get("saved");
  return {
    ownPath,
    thisDone: ownPath && here !== undefined && here.total > 0 && here.answered === here.total && mine.own.includes(domain.id),
    allMineDone: ownPath && mine.allDone,
    saved: savedParam !== null,
    savedQuestion: savedParam && inDomain.some((q) => q.id === savedParam) ? savedParam : null,
    assessment: { id: assessment.id, electionType: assessment.electionType, electionDate: assessment.electionDate, status: assessment.status },
    domain: { id: domain.id, title: domain.title[language], intro: domain.intro[language], number: domainIndex + 1, count: questionnaire.domains.length },
    next: next ? { id: next.id, title: title(next.id) } : null,
    navigation: questionnaire.domains.map((d) => {
      const p = progress.domains.find((x) => x.domain === d.id);
      return { id: d.id, title: d.title[language], answered: p?.answered ?? 0, total: p?.total ?? 0 };
    }),
    progress: { answered: progress.answered, total: progress.total },
    canEdit: mayEditDomain({ actor, assessment, domain: domain.id }),
    outside,
    restored,
    questions: inDomain.map((question, index) => {
      const answer = byId.get(question.id);
      return {
        id: question.id,
        number: `${domainIndex + 1}.${index + 1}`,
        text: question.text[language],
        why: question.help.why[language],
        how: question.help.how[language],
        sources: question.sources,
        critical: question.critical,
        allowNotApplicable: question.allowNotApplicable,
        condition: question.condition ?? null,
        options: question.options.map((option) => ({ id: option.id, label: option.label[language] })),
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

type PageActionData = {
  problems: AnswerProblem[];
  conflicts: Conflict[];
  values: Record<string, { answer: string; note: string }>;
  error: "frozen" | "forbidden" | "too_large" | null;
};

export async function action({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request.clone(), 512 * 1024);
  const path = new URL(request.url).pathname;
  if (form && !(await getSessionUser(request))) {
    // Signed out while typing (idle expiry): keep what was posted, and bring it back after sign-in.
    const token = await stashExpiredPost({ request, path, fields: formToObject(form) });
    if (token) throw redirect(`/login?expired=1&redirectTo=${encodeURIComponent(`${path}?restore=${token}`)}`);
  }
  const { assessment, actor } = await requireAssessment(request, params, context);
  const domainId = domainIdSchema.safeParse(params.domain);
  if (!domainId.success) throw notFound();
  // Nothing was read, so nothing can be shown back: the page says that nothing was saved (with scripts on,
  // what was typed is still kept in the browser, ADR 008).
  if (!form) return data<PageActionData>({ problems: [], conflicts: [], values: {}, error: "too_large" }, { status: 413 });
  const fields = formToObject(form);
  // Each question on the page posts rev-<id>; questions hidden (and disabled) in the page post nothing.
  const questionIds = Object.keys(fields)
    .filter((key) => key.startsWith("rev-"))
    .map((key) => key.slice(4));
  const values: PageActionData["values"] = {};
  const changes = [];
  const problems: AnswerProblem[] = [];
  for (const questionId of questionIds) {
    values[questionId] = { answer: fields[`answer-${questionId}`] ?? "", note: (fields[`note-${questionId}`] ?? "").slice(0, noteMax + 100) };
    const parsed = parseChange({ questionId, answer: fields[`answer-${questionId}`], note: fields[`note-${questionId}`], revision: fields[`rev-${questionId}`], confirm: fields[`confirm-${questionId}`] });
    if (parsed.ok) changes.push(parsed.change);
    else problems.push({ questionId, code: "unknown_option" });
  }
  if (problems.length) return data<PageActionData>({ problems, conflicts: [], values, error: null }, { status: 400 });
  const result = saveAnswers({ actor, assessment, changes });
  if (!result.ok) {
    if (result.error === "invalid") return data<PageActionData>({ problems: result.problems, conflicts: [], values, error: null }, { status: 400 });
    return data<PageActionData>({ problems: [], conflicts: [], values, error: result.error }, { status: result.error === "frozen" ? 409 : 403 });
  }
  if (result.conflicts.length) return data<PageActionData>({ problems: [], conflicts: result.conflicts, values, error: null }, { status: 409 });
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const index = questionnaire.domains.findIndex((d) => d.id === domainId.data);
  const next = questionnaire.domains[index + 1];
  const base = `/assessments/${assessment.id}`;
  if (fields.intent === "continue") {
    const mine = ownSections({ actor, assessment, after: domainId.data });
    const ownNext = mine.guided ? mine.next : next?.id;
    return redirect(ownNext ? `${base}/domains/${ownNext}?saved=1` : `${base}?saved=1`);
  }
  // Without JavaScript the page reloads: come back at the question last changed (or the first still open),
  // so the person keeps her place, and say there that it was saved.
  const place = result.saved.at(-1)?.questionId ?? questionIds.find((questionId) => !fields[`answer-${questionId}`]);
  return redirect(place ? `${base}/domains/${domainId.data}?saved=${encodeURIComponent(place)}#q-${place}` : `${base}/domains/${domainId.data}?saved=1`);
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;
type QuestionData = LoaderData["questions"][number];
type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: string } | { kind: "error"; code: string } | { kind: "signed_out" } | { kind: "offline" };
type Theirs = Conflict["theirs"];

const storageKey = (assessmentId: string, questionId: string) => `weerbaar:${assessmentId}:${questionId}`;

function readPending(assessmentId: string, questionId: string): { answer: string; note: string; revision: number } | null {
  try {
    const raw = window.localStorage.getItem(storageKey(assessmentId, questionId));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === "object" && "answer" in parsed && "note" in parsed && "revision" in parsed) {
      const { answer, note, revision } = parsed;
      if (typeof answer === "string" && typeof note === "string" && typeof revision === "number") return { answer, note, revision };
    }
  } catch {
    // storage unavailable (private mode): nothing to restore
  }
  return null;
}

function useAnswerLabel(questions: QuestionData[]) {
  const t = useT();
  return (questionId: string, encoded: string | null | undefined): string => {
    const value = decodeAnswer(encoded ?? "");
    if (!value) return t("domain.noAnswer");
    if (value.kind === "not_applicable") return t("answer.notApplicable");
    if (value.kind === "dont_know") return t("answer.dontKnow");
    return questions.find((q) => q.id === questionId)?.options.find((o) => o.id === value.optionId)?.label ?? value.optionId;
  };
}

function QuestionCard({
  question,
  assessmentId,
  canEdit,
  visible,
  initial,
  initialRevision,
  serverConflict,
  problem,
  onValueChange,
  onStatus,
  answerLabel,
  savedHere,
}: {
  savedHere: boolean;
  question: QuestionData;
  assessmentId: string;
  canEdit: boolean;
  visible: boolean;
  initial: { answer: string; note: string } | null;
  initialRevision?: number;
  serverConflict: Conflict | undefined;
  problem: AnswerProblem | undefined;
  onValueChange: (questionId: string, value: string) => void;
  onStatus: (state: SaveState) => void;
  answerLabel: (questionId: string, encoded: string | null | undefined) => string;
}) {
  const t = useT();
  const language = useLanguage();
  const [value, setValue] = useState(initial?.answer ?? question.answer?.value ?? "");
  const [note, setNote] = useState(initial?.note ?? question.answer?.note ?? "");
  // A restored page keeps the revision it was loaded with, so a colleague's change in between is a conflict.
  const [revision, setRevision] = useState(serverConflict ? serverConflict.theirs.revision : (initialRevision ?? question.answer?.revision ?? 0));
  const [carried, setCarried] = useState(question.answer?.carriedOver ?? false);
  const [lastChange, setLastChange] = useState(question.answer ? { by: question.answer.updatedByName, at: question.answer.updatedAt } : null);
  const [conflict, setConflict] = useState<Theirs | null>(serverConflict?.theirs ?? null);
  const [enhanced, setEnhanced] = useState(false);
  const noteTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const name = (field: string) => `${field}-${question.id}`;
  const describedBy = problem ? `${question.id}-problem` : undefined;

  // Kept in the browser on every keystroke, so a reload before the (debounced) save loses nothing.
  const remember = useCallback(
    (answer: string, text: string, base: number) => {
      try {
        window.localStorage.setItem(storageKey(assessmentId, question.id), JSON.stringify({ answer, note: text, revision: base }));
      } catch {
        // storage may be unavailable (private mode); saving still proceeds
      }
    },
    [assessmentId, question.id],
  );

  const save = useCallback(
    async (next: { answer: string; note: string; confirm?: boolean; baseRevision?: number }) => {
      const base = next.baseRevision ?? revision;
      remember(next.answer, next.note, base);
      onStatus({ kind: "saving" });
      const body = new URLSearchParams({ questionId: question.id, answer: next.answer, note: next.note, revision: String(base), confirm: next.confirm ? "yes" : "" });
      let response: Response;
      try {
        response = await fetch(`/assessments/${assessmentId}/answers`, { method: "POST", body, headers: { Accept: "application/json" } });
      } catch {
        onStatus({ kind: "offline" });
        return;
      }
      const payload: unknown = await response.json().catch(() => null);
      const status = payload && typeof payload === "object" && "status" in payload ? payload.status : null;
      if (status === "signed_out") return onStatus({ kind: "signed_out" });
      if (status === "conflict" && payload && typeof payload === "object" && "theirs" in payload) {
        const theirs = payload.theirs;
        if (theirs && typeof theirs === "object" && "revision" in theirs && "note" in theirs && "updatedAt" in theirs && "value" in theirs) {
          setConflict({
            revision: Number(theirs.revision),
            note: String(theirs.note),
            updatedAt: String(theirs.updatedAt),
            updatedByName: "updatedByName" in theirs && typeof theirs.updatedByName === "string" ? theirs.updatedByName : null,
            value: decodeAnswer(encodeValue(theirs.value)) ?? null,
          });
        }
        return onStatus({ kind: "error", code: "conflict" });
      }
      if (status === "saved" && payload && typeof payload === "object" && "revision" in payload && "savedAt" in payload) {
        setRevision(Number(payload.revision));
        setCarried(false);
        setConflict(null);
        setLastChange({ by: "byName" in payload && typeof payload.byName === "string" ? payload.byName : null, at: String(payload.savedAt) });
        try {
          window.localStorage.removeItem(storageKey(assessmentId, question.id));
        } catch {
          // nothing to clean up
        }
        return onStatus({ kind: "saved", at: String(payload.savedAt) });
      }
      const code = payload && typeof payload === "object" && "code" in payload ? String(payload.code) : "unknown";
      onStatus({ kind: "error", code });
    },
    [assessmentId, question.id, revision, onStatus, remember],
  );

  // After hydration: restore input that was typed but not saved (expired session, network error, reload).
  useEffect(() => {
    setEnhanced(true);
    if (!canEdit) return;
    const pending = readPending(assessmentId, question.id);
    if (!pending) return;
    const serverRevision = question.answer?.revision ?? 0;
    if (pending.revision === serverRevision && (pending.answer !== (question.answer?.value ?? "") || pending.note !== (question.answer?.note ?? ""))) {
      setValue(pending.answer);
      setNote(pending.note);
      onValueChange(question.id, pending.answer);
      void save({ answer: pending.answer, note: pending.note, baseRevision: serverRevision });
    } else {
      window.localStorage.removeItem(storageKey(assessmentId, question.id));
    }
    // Runs once per mount on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const options = [
    ...question.options.map((option) => ({ value: `option:${option.id}`, label: option.label })),
    ...(question.allowNotApplicable ? [{ value: "not_applicable", label: t("answer.notApplicable") }] : []),
    { value: "dont_know", label: t("answer.dontKnow") },
  ];

  return (
    <fieldset className={`question-card${problem ? " field-invalid" : ""}`} hidden={!visible} disabled={!visible} id={`q-${question.id}`} aria-describedby={describedBy}>
      <legend>
        <span className="question-number">{question.number}</span> {question.text}
      </legend>
      {question.critical ? <p className="badge badge-critical">{t("questionnaire.critical")}</p> : null}
      {question.needsAnswer && !value ? <p className="badge badge-needs-answer">{t("domain.needsAnswer")}</p> : null}
      {problem ? (
        <p className="field-error" id={`${question.id}-problem`}>
          {t(`domain.problem.${problem.code}`)}
        </p>
      ) : null}
      {conflict ? (
        <div className="conflict" role="alert">
          <p>
            <strong>{t("domain.conflict.title")}</strong>{" "}
            {t("domain.conflict.body", { name: conflict.updatedByName ?? t("domain.someone"), time: formatDateTime(language, conflict.updatedAt) })}
          </p>
          <dl>
            <dt>{t("domain.conflict.theirs")}</dt>
            <dd>
              {answerLabel(question.id, encodeAnswer(conflict.value))}
              {conflict.note ? ` — ${conflict.note}` : ""}
            </dd>
            <dt>{t("domain.conflict.mine")}</dt>
            <dd>
              {answerLabel(question.id, value)}
              {note ? ` — ${note}` : ""}
            </dd>
          </dl>
          {enhanced ? (
            <div className="actions">
              <button type="button" onClick={() => void save({ answer: value, note, baseRevision: conflict.revision })}>
                {t("domain.conflict.keepMine")}
              </button>
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  const theirs = encodeAnswer(conflict.value);
                  setValue(theirs);
                  setNote(conflict.note);
                  setRevision(conflict.revision);
                  setConflict(null);
                  onValueChange(question.id, theirs);
                  window.localStorage.removeItem(storageKey(assessmentId, question.id));
                  onStatus({ kind: "idle" });
                }}
              >
                {t("domain.conflict.takeTheirs")}
              </button>
            </div>
          ) : (
            <p className="actions">
              <button type="submit" name="intent" value="stay">
                {t("domain.conflict.keepMine")}
              </button>
              <Link to=".">{t("domain.conflict.takeTheirs")}</Link>
            </p>
          )}
        </div>
      ) : null}
      {canEdit ? (
        <>
          <input type="hidden" name={name("rev")} value={revision} />
          <div className="options" role="radiogroup" aria-label={question.text}>
            {options.map((option) => (
              <label key={option.value} className="choice">
                <input
                  type="radio"
                  name={name("answer")}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => {
                    setValue(option.value);
                    onValueChange(question.id, option.value);
                    if (enhanced) void save({ answer: option.value, note });
                  }}
                />
                {option.label}
              </label>
            ))}
          </div>
          {carried ? (
            <div className="carried">
              <p className="badge">{t("domain.carried")}</p>
              <label className="choice">
                <input
                  type="checkbox"
                  name={name("confirm")}
                  value="yes"
                  onChange={(event) => {
                    if (enhanced && event.target.checked) void save({ answer: value, note, confirm: true });
                  }}
                />
                {t("domain.confirmCarried")}
              </label>
            </div>
          ) : null}
          <div className="field note-field">
            <label htmlFor={name("note")}>{t("domain.note")}</label>
            <textarea
              id={name("note")}
              name={name("note")}
              rows={2}
              maxLength={noteMax}
              value={note}
              aria-describedby={`${name("note")}-hint`}
              onChange={(event) => {
                const text = event.target.value;
                setNote(text);
                if (!enhanced) return;
                remember(value, text, revision);
                clearTimeout(noteTimer.current);
                noteTimer.current = setTimeout(() => void save({ answer: value, note: text }), 900);
              }}
              onBlur={() => {
                if (!enhanced || note === (question.answer?.note ?? "")) return;
                clearTimeout(noteTimer.current);
                void save({ answer: value, note });
              }}
            />
            <p className="hint" id={`${name("note")}-hint`}>
              {t("domain.noteHint", { max: noteMax, used: note.length })}
            </p>
          </div>
        </>
      ) : (
        <p>
          <strong>{t("domain.answer")}:</strong> {answerLabel(question.id, value)}
          {note ? (
            <>
              <br />
              <strong>{t("domain.note")}:</strong> {note}
            </>
          ) : null}
        </p>
      )}
      {savedHere ? <p className="saved-here">{t("domain.savedHere")}</p> : null}
      {lastChange?.at ? <p className="muted">{t("domain.lastChange", { name: lastChange.by ?? t("domain.someone"), time: formatDateTime(language, lastChange.at) })}</p> : null}
      <details className="help">
        <summary>{t("domain.help")}</summary>
        <h3>{t("questionnaire.why")}</h3>
        <p>{question.why}</p>
        <h3>{t("questionnaire.how")}</h3>
        <p>{question.how}</p>
        <h3>{t("questionnaire.sources")}</h3>
        <SourceList sources={question.sources} />
      </details>
    </fieldset>
  );
}

// The autosave endpoint returns answer values as stored objects; the page works with encoded strings.
function encodeValue(value: unknown): string {
  if (!value || typeof value !== "object" || !("kind" in value)) return "";
  if (value.kind === "option" && "optionId" in value && typeof value.optionId === "string") return `option:${value.optionId}`;
  return value.kind === "not_applicable" || value.kind === "dont_know" ? value.kind : "";
}

export default function DomainPage() {
  const t = useT();
  const language = useLanguage();
  const electionLabel = useElectionLabel();
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { assessment, domain, questions, canEdit, navigation, next, outside, restored, ownPath, thisDone, allMineDone } = loaded;
  const hasRestored = Object.keys(restored).length > 0;
  const answerLabel = useAnswerLabel(questions);
  const [current, setCurrent] = useState<Record<string, string>>(() => {
    const map: Record<string, string> = { ...outside };
    for (const q of questions) map[q.id] = actionData?.values[q.id]?.answer ?? restored[q.id]?.answer ?? q.answer?.value ?? "";
    return map;
  });
  const [status, setStatus] = useState<SaveState>({ kind: "idle" });
  const [answeredNow, setAnsweredNow] = useState<number | null>(null);

  // Visibility follows the answers on screen at once (with JavaScript); without it, after saving.
  const visible = useMemo(() => {
    const shown = new Set<string>(Object.keys(outside).length ? Object.keys(outside) : []);
    const result = new Set<string>();
    for (const q of questions) {
      if (q.condition) {
        const answer = decodeAnswer(current[q.condition.questionId] ?? "");
        const targetShown = shown.has(q.condition.questionId) || result.has(q.condition.questionId);
        if (!targetShown || answer?.kind !== "option" || !q.condition.optionIds.includes(answer.optionId)) continue;
      }
      result.add(q.id);
    }
    return result;
  }, [current, questions, outside]);

  const onValueChange = useCallback((questionId: string, value: string) => {
    setCurrent((previous) => ({ ...previous, [questionId]: value }));
  }, []);

  useEffect(() => {
    const visibleAnswered = questions.filter((q) => visible.has(q.id) && current[q.id]).length;
    const before = questions.filter((q) => q.visible && q.answer?.value).length;
    setAnsweredNow(loaded.progress.answered - before + visibleAnswered);
  }, [current, visible, questions, loaded.progress.answered]);

  const statusText =
    status.kind === "saving"
      ? t("domain.status.saving")
      : status.kind === "saved"
        ? t("domain.status.saved", { time: formatTime(language, status.at) })
        : status.kind === "offline"
          ? t("domain.status.offline")
          : status.kind === "signed_out"
            ? t("domain.status.signedOut")
            : status.kind === "error"
              ? t(status.code === "conflict" ? "domain.status.conflict" : status.code === "frozen" ? "domain.status.frozen" : "domain.status.error")
              : "";
  const problems = actionData?.problems ?? [];
  const thisDomain = navigation.find((d) => d.id === domain.id);
  const here = `/assessments/${assessment.id}/domains/${domain.id}`;

  return (
    <div className="page domain-page">
      <p>
        <Link to={`/assessments/${assessment.id}`}>{t("domain.backToOverview")}</Link>
      </p>
      <p className="muted">{electionLabel(assessment.electionType, assessment.electionDate)}</p>
      <h1>{t("domain.heading", { number: domain.number, count: domain.count, title: domain.title })}</h1>
      <p className="lead">{domain.intro}</p>
      <ProgressBar answered={answeredNow ?? loaded.progress.answered} total={loaded.progress.total} />
      <nav aria-label={t("domain.navLabel")} className="domain-nav">
        <ol>
          {navigation.map((d) => (
            <li key={d.id}>
              {d.id === domain.id ? (
                <span aria-current="page">{`${d.title} (${d.answered}/${d.total})`}</span>
              ) : (
                <Link to={`/assessments/${assessment.id}/domains/${d.id}`}>{`${d.title} (${d.answered}/${d.total})`}</Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <div className="save-status" role="status" aria-live="polite">
        {statusText ? <p className={status.kind === "saved" ? "notice" : status.kind === "saving" ? "muted" : "warning"}>{statusText}
          {status.kind === "signed_out" ? <> <a href={`/login?redirectTo=${encodeURIComponent(here)}`}>{t("header.signIn")}</a></> : null}</p> : null}
      </div>
      {problems.length || actionData?.error || actionData?.conflicts.length ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h2>{actionData?.conflicts.length ? t("domain.conflictSummary") : t("errors.summaryTitle")}</h2>
          {actionData?.error ? <p>{t(actionData.error === "frozen" ? "domain.status.frozen" : actionData.error === "too_large" ? "domain.tooLarge" : "domain.forbidden")}</p> : null}
          <ul>
            {problems.map((problem) => (
              <li key={problem.questionId}>
                <a href={`#q-${problem.questionId}`}>{`${questions.find((q) => q.id === problem.questionId)?.number ?? problem.questionId}: ${t(`domain.problem.${problem.code}`)}`}</a>
              </li>
            ))}
            {actionData?.conflicts.map((conflict) => (
              <li key={conflict.questionId}>
                <a href={`#q-${conflict.questionId}`}>{`${questions.find((q) => q.id === conflict.questionId)?.number ?? ""} ${t("domain.conflict.title")}`}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {hasRestored ? <p className="notice">{t("domain.restored")}</p> : null}
      {assessment.status === "submitted" ? (
        <p className="notice">{t("assessment.frozen")}</p>
      ) : !canEdit ? (
        <p className="info" role="status">
          {t("domain.readOnly")}
        </p>
      ) : null}
      {ownPath && (thisDone || !canEdit) ? (
        <div className="info" role="status">
          {thisDone ? <p>{t("domain.thisDone")}</p> : null}
          {next ? (
            <p>
              {t("domain.nextOwn")} <Link to={`/assessments/${assessment.id}/domains/${next.id}`}>{next.title}</Link>
            </p>
          ) : allMineDone ? (
            <p>{t("domain.allMineDone")}</p>
          ) : null}
        </div>
      ) : null}
      {thisDomain && thisDomain.total === 0 ? <p>{t("domain.empty")}</p> : null}
      <Form method="post" noValidate>
        {questions.map((question) => (
          <QuestionCard
            key={`${question.id}-${question.answer?.revision ?? 0}`}
            question={question}
            assessmentId={assessment.id}
            canEdit={canEdit}
            visible={visible.has(question.id)}
            initial={actionData?.values[question.id] ?? restored[question.id] ?? null}
            initialRevision={restored[question.id]?.revision}
            serverConflict={actionData?.conflicts.find((c) => c.questionId === question.id)}
            problem={problems.find((p) => p.questionId === question.id)}
            onValueChange={onValueChange}
            onStatus={setStatus}
            answerLabel={answerLabel}
            savedHere={loaded.savedQuestion === question.id && status.kind === "idle"}
          />
        ))}
        <div className="actions sticky-actions" id="save-actions">
          {loaded.saved && status.kind === "idle" ? (
            <p className="saved-here" role="status">
              {t("domain.savedNotice")}
            </p>
          ) : null}
          {canEdit ? (
            <>
              <button type="submit" name="intent" value="continue">
                {next ? t("domain.saveContinue", { next: next.title }) : t("domain.saveFinish")}
              </button>
              <button type="submit" name="intent" value="stay" className="button-secondary">
                {t("domain.save")}
              </button>
            </>
          ) : next ? (
            <Link to={`/assessments/${assessment.id}/domains/${next.id}`} className="button">
              {ownPath ? t("domain.toOwn", { title: next.title }) : t("domain.next", { next: next.title })}
            </Link>
          ) : null}
        </div>
      </Form>
    </div>
  );
}
