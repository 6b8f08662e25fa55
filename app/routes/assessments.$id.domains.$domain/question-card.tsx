import { Link } from "../../components/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { QuestionHelpBlock } from "../../components/question-help";
import { StaticHtml } from "../../components/static-html";
import { formatDateTime } from "../../i18n/translate";
import { useLanguage, useT } from "../../i18n/use-t";
import type { AnswerProblem, Conflict } from "../../models/answers.server";
import { noteMaxLength } from "../../questionnaire/answers";
import { encodeAnswer } from "../../questionnaire/answer-codec";
import { forgetPending, postAnswer, readPending, rememberPending } from "./autosave";
import { fieldName, type QuestionField } from "./fields";
import type { QuestionData, SaveState } from "./page-state";

type Theirs = Conflict["theirs"];

/** One question of the domain page: its answer, note, conflict and help, saved as the person goes when scripts run. */
export function QuestionCard({
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
  const name = (field: QuestionField) => fieldName({ field, questionId: question.id });
  const describedBy = problem ? `${question.id}-problem` : undefined;
  const where = { assessmentId, questionId: question.id };

  const remember = useCallback(
    (answer: string, text: string, base: number) => rememberPending({ assessmentId, questionId: question.id, input: { answer, note: text, revision: base } }),
    [assessmentId, question.id],
  );

  const save = useCallback(
    async (next: { answer: string; note: string; confirm?: boolean; baseRevision?: number }) => {
      const base = next.baseRevision ?? revision;
      remember(next.answer, next.note, base);
      onStatus({ kind: "saving" });
      const reply = await postAnswer({
        assessmentId,
        questionId: question.id,
        answer: next.answer,
        note: next.note,
        revision: base,
        confirm: next.confirm ?? false,
      });
      if (reply.status === "offline") return onStatus({ kind: "offline" });
      if (reply.status === "signed_out") return onStatus({ kind: "signed_out" });
      if (reply.status === "conflict") {
        setConflict(reply.theirs);
        return onStatus({ kind: "error", code: "conflict" });
      }
      if (reply.status === "error") return onStatus({ kind: "error", code: reply.code });
      setRevision(reply.revision);
      setCarried(false);
      setConflict(null);
      setLastChange({ by: reply.byName, at: reply.savedAt });
      forgetPending({ assessmentId, questionId: question.id });
      onStatus({ kind: "saved", at: reply.savedAt });
    },
    [assessmentId, question.id, revision, onStatus, remember],
  );

  // After hydration: restore input that was typed but not saved (expired session, network error, reload).
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- enhanced only once it runs in the browser, where the unsaved input (localStorage) is
    setEnhanced(true);
    if (!canEdit) return;
    const pending = readPending(where);
    if (!pending) return;
    const serverRevision = question.answer?.revision ?? 0;
    if (pending.revision === serverRevision && (pending.answer !== (question.answer?.value ?? "") || pending.note !== (question.answer?.note ?? ""))) {
      setValue(pending.answer);
      setNote(pending.note);
      onValueChange(question.id, pending.answer);
      void save({ answer: pending.answer, note: pending.note, baseRevision: serverRevision });
    } else {
      forgetPending(where);
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
    <fieldset
      className={`question-card${problem ? " field-invalid" : ""}`}
      hidden={!visible}
      disabled={!visible}
      id={`q-${question.id}`}
      aria-describedby={describedBy}
    >
      <StaticHtml as="legend" cacheKey={`${question.staticKey}:legend`}>
        {() => (
          <>
            <span className="question-number">{question.number}</span> {question.text}
          </>
        )}
      </StaticHtml>
      {question.critical ? <p className="badge badge-critical">{t("questionnaire.critical")}</p> : null}
      {question.needsAnswer && !value ? <p className="badge badge-needs-answer">{t("domain.needsAnswer")}</p> : null}
      {problem ? (
        <p className="field-error" id={`${question.id}-problem`}>
          {t(`domain.problem.${problem.code}`, { max: noteMaxLength })}
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
                  forgetPending(where);
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
          {/* Kept per chosen answer; an answer the page does not offer (a tampered post) is rendered as usual. */}
          <StaticHtml
            as="div"
            className="options"
            role="radiogroup"
            aria-label={question.text}
            cacheKey={value === "" || options.some((option) => option.value === value) ? `${question.staticKey}:options:${value}` : null}
          >
            {() =>
              options.map((option) => (
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
              ))
            }
          </StaticHtml>
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
              maxLength={noteMaxLength}
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
              {t("domain.noteHint", { max: noteMaxLength, used: note.length })}
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
      {lastChange?.at ? (
        <p className="muted">{t("domain.lastChange", { name: lastChange.by ?? t("domain.someone"), time: formatDateTime(language, lastChange.at) })}</p>
      ) : null}
      <QuestionHelpBlock staticKey={question.staticKey} inData={question.help} heading="h3" summary={t("domain.help")} />
    </fieldset>
  );
}
