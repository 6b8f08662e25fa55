import { Link } from "./link";
import { useT } from "../i18n/use-t";
import { useElectionLabel } from "./election";

/** The shape planSummaryFor (models/plan.server.ts) returns, as JSON from a loader. */
export type PlanSummaryView = {
  assessmentId: string;
  electionType: Parameters<ReturnType<typeof useElectionLabel>>[0];
  electionDate: string;
  thisWeek: number;
  late: number;
};

/** "Due this week" and "late" for the home page, each linking into the plan where those actions are listed. */
export function PlanSummary({ summary }: { summary: PlanSummaryView | null }) {
  const t = useT();
  const electionLabel = useElectionLabel();
  if (!summary) return null;
  const plan = `/assessments/${summary.assessmentId}/plan`;
  return (
    <section className="plan-summary" aria-labelledby="plan-summary-heading">
      <h2 id="plan-summary-heading" className="h-small">
        {t("planSummary.heading")}
      </h2>
      <p className="muted">{electionLabel(summary.electionType, summary.electionDate)}</p>
      <ul>
        <li>
          <Link to={`${plan}?status=open#this-week`}>{t("planSummary.thisWeek", { count: summary.thisWeek })}</Link>
        </li>
        <li>
          {summary.late > 0 ? (
            <Link to={`${plan}?status=late#late`} className="late">
              {t("planSummary.late", { count: summary.late })}
            </Link>
          ) : (
            t("planSummary.noneLate")
          )}
        </li>
      </ul>
    </section>
  );
}
