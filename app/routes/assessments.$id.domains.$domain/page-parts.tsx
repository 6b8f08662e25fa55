// The parts of the domain page around its question cards: navigation, save status, error summary, notices.
import { Link } from "../../components/link";
import { formatTime } from "../../i18n/translate";
import { useLanguage, useT } from "../../i18n/use-t";
import { noteMaxLength } from "../../questionnaire/answers";
import type { ActionData, LoaderData, QuestionData, SaveState } from "./page-state";

export function DomainNavigation({ loaded }: { loaded: LoaderData }) {
  const t = useT();
  const { assessment, domain, navigation } = loaded;
  return (
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
  );
}

export function SaveStatus({ status, here }: { status: SaveState; here: string }) {
  const t = useT();
  const language = useLanguage();
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
  return (
    <div className="save-status" role="status" aria-live="polite">
      {statusText ? (
        <p className={status.kind === "saved" ? "notice" : status.kind === "saving" ? "muted" : "warning"}>
          {statusText}
          {status.kind === "signed_out" ? (
            <>
              {" "}
              <a href={`/login?redirectTo=${encodeURIComponent(here)}`}>{t("header.signIn")}</a>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}

export function ErrorSummary({ actionData, index }: { actionData: ActionData | undefined; index: ReadonlyMap<string, QuestionData> }) {
  const t = useT();
  const problems = actionData?.problems ?? [];
  if (!(problems.length || actionData?.error || actionData?.conflicts.length)) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h2>{actionData?.conflicts.length ? t("domain.conflictSummary") : t("errors.summaryTitle")}</h2>
      {actionData?.error ? (
        <p>{t(actionData.error === "frozen" ? "domain.status.frozen" : actionData.error === "too_large" ? "domain.tooLarge" : "domain.forbidden")}</p>
      ) : null}
      <ul>
        {problems.map((problem) => (
          <li key={problem.questionId}>
            <a
              href={`#q-${problem.questionId}`}
            >{`${index.get(problem.questionId)?.number ?? problem.questionId}: ${t(`domain.problem.${problem.code}`, { max: noteMaxLength })}`}</a>
          </li>
        ))}
        {actionData?.conflicts.map((conflict) => (
          <li key={conflict.questionId}>
            <a href={`#q-${conflict.questionId}`}>{`${index.get(conflict.questionId)?.number ?? ""} ${t("domain.conflict.title")}`}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Restored input, a frozen or read-only assessment, and for a contributor where her own sections stand. */
export function DomainNotices({ loaded }: { loaded: LoaderData }) {
  const t = useT();
  const { assessment, canEdit, next, ownPath, thisDone, allMineDone, navigation, domain } = loaded;
  const thisDomain = navigation.find((d) => d.id === domain.id);
  return (
    <>
      {Object.keys(loaded.restored).length > 0 ? <p className="notice">{t("domain.restored")}</p> : null}
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
    </>
  );
}

/** The buttons under the questions: save and go on, or save and stay; a reader goes on to the next section. */
export function SaveActions({ loaded, status }: { loaded: LoaderData; status: SaveState }) {
  const t = useT();
  const { assessment, canEdit, next, ownPath } = loaded;
  return (
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
  );
}
