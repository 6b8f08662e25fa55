// The parts of the plan page around its forms: notices, progress, downloads, and the tables by section.
import { useActionData, useLoaderData } from "@remix-run/react";
import { useErrorText } from "../../components/field";
import { useT } from "../../i18n/use-t";
import { useDayText, type LoaderData } from "./page-state";
import { PlanTable } from "./plan-table";
import type { PlanFormReply, PlanPageView } from "./view.server";

/** The draft and election notices, and a refusal that has no row to stand next to. */
export function PlanNotices() {
  const t = useT();
  const errorText = useErrorText();
  const loaded = useLoaderData<() => PlanPageView>();
  const actionData = useActionData<() => PlanFormReply>();
  // A refusal for an action this page does not show (an unknown key, or a form sent by hand) has no row to
  // stand next to: say it at the top, with the first problem found.
  const orphanError =
    actionData && !actionData.saved && actionData.actionKey !== "bulk" && !rowsOf(loaded).some((row) => row.key === actionData.actionKey)
      ? (actionData.errors.form ?? Object.values(actionData.errors).find((message) => message !== undefined) ?? "plan.error.unknown_action")
      : null;
  return (
    <>
      {loaded.assessment.status === "draft" ? <p className="notice notice-info">{t("plan.draft")}</p> : null}
      {loaded.electionPast ? (
        <p className="notice notice-warning">{t("plan.electionPast")}</p>
      ) : loaded.replanned > 0 ? (
        <p className="notice notice-info">{t("plan.replanned", { count: loaded.replanned })}</p>
      ) : null}
      {orphanError ? (
        <p className="field-error" role="alert">
          {errorText(orphanError)}
        </p>
      ) : null}
    </>
  );
}

function rowsOf(loaded: LoaderData) {
  return [...loaded.thisWeek, ...loaded.late, ...loaded.byMilestone.flatMap((group) => group.rows)];
}

/** The PDF (with or without notes) and the calendar file. */
export function PlanDownloads({ assessmentId }: { assessmentId: string }) {
  const t = useT();
  return (
    <div className="actions plan-downloads">
      <form method="get" action={`/assessments/${assessmentId}/plan.pdf`} className="inline-form">
        <button type="submit" className="button-secondary">
          {t("plan.downloadPdf")}
        </button>
        <span className="field-checkbox">
          <input type="checkbox" id="pdf-notes" name="notes" value="1" />
          <label htmlFor="pdf-notes">{t("plan.pdfNotes")}</label>
        </span>
      </form>
      <a href={`/assessments/${assessmentId}/plan.ics`}>{t("plan.downloadIcs")}</a>
    </div>
  );
}

/** This week (a table per owner), late, and the rest by milestone, each a section with its own heading. */
export function PlanSections() {
  const t = useT();
  const day = useDayText();
  const { thisWeek, late, byMilestone, week } = useLoaderData<() => PlanPageView>();
  return (
    <>
      {thisWeek.length > 0 ? (
        <section aria-labelledby="this-week">
          <h2 id="this-week">{t("plan.thisWeek", { start: day(week.start), end: day(week.end) })}</h2>
          {[...new Set(thisWeek.map((row) => row.ownerLabel))].map((owner, index) => (
            <PlanTable
              key={owner}
              id={`week-${index}`}
              caption={t("plan.thisWeekOwner", { owner })}
              rows={thisWeek.filter((row) => row.ownerLabel === owner)}
            />
          ))}
        </section>
      ) : null}
      {late.length > 0 ? (
        <section aria-labelledby="late">
          <h2 id="late">{t("plan.lateHeading", { count: late.length })}</h2>
          <PlanTable id="late-table" caption={t("plan.lateCaption")} rows={late} />
        </section>
      ) : null}
      {byMilestone.map((group) => (
        <section key={group.id} aria-labelledby={`m-${group.id}`}>
          <h2 id={`m-${group.id}`}>
            {t(`milestone.${group.id}`)} <span className="muted">({day(group.date)})</span>
          </h2>
          <p className="muted milestone-source">{group.source.url ? <a href={group.source.url}>{group.source.text}</a> : group.source.text}</p>
          <PlanTable id={`table-${group.id}`} caption={t("plan.milestoneCaption", { milestone: t(`milestone.${group.id}`) })} rows={group.rows} />
        </section>
      ))}
    </>
  );
}
