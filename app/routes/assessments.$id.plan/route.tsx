// The action plan of an assessment as a work list: filters in the address, one form per action and one for
// several at once, each working without JavaScript (post and redirect back) and with it (a fetcher saves in
// place). The view model and the saving are in view.server.ts; the tables, forms and notices beside this file.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "../../components/link";
import { requireAssessment } from "../../auth/guards.server";
import { useElectionLabel } from "../../components/election";
import { getLanguage } from "../../i18n/language.server";
import { useT } from "../../i18n/use-t";
import { can } from "../../security/permissions";
import { forbidden, readForm } from "../../utils/http.server";
import { pageTitle } from "../../utils/meta";
import { BulkForm } from "./bulk-form";
import { Filters } from "./filters";
import { PlanDownloads, PlanNotices, PlanSections } from "./page-parts";
import { planPageView, savePlanForm, tooLargeResult } from "./view.server";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "plan.title");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { assessment, actor } = await requireAssessment(request, params, context, { needsElectionDate: true });
  const language = await getLanguage(request);
  return planPageView({ actor, assessment, language, searchParams: new URL(request.url).searchParams });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { assessment, actor } = await requireAssessment(request, params, context, { needsElectionDate: true });
  if (!can(actor.role, "plan:manage-actions")) throw forbidden();
  const form = await readForm(request, 64 * 1024);
  const result = form ? savePlanForm({ actor, assessment, form }) : tooLargeResult;
  if (result.kind === "redirect") return redirect(result.location);
  return data(result.reply, { status: result.status });
}

export default function PlanPage() {
  const t = useT();
  const electionLabel = useElectionLabel();
  const { assessment, total, done, mayManage, mayDownload, shownCount, filterSearch } = useLoaderData<typeof loader>();
  return (
    <div className="page plan-page">
      <p>
        <Link to={`/assessments/${assessment.id}`}>{t("domain.backToOverview")}</Link> ·{" "}
        <Link to={`/assessments/${assessment.id}/results`}>{t("results.title")}</Link>
      </p>
      <h1>{t("plan.title")}</h1>
      <p className="lead">{electionLabel(assessment.electionType, assessment.electionDate)}</p>
      <PlanNotices />
      <div className="progress">
        <label htmlFor="plan-progress">{t("plan.progress", { done, total })}</label>
        <progress id="plan-progress" max={total || 1} value={done} />
      </div>
      {mayDownload ? <PlanDownloads assessmentId={assessment.id} /> : null}
      {total === 0 ? <p>{t("plan.empty")}</p> : null}
      {total > 0 ? <Filters /> : null}
      {total > 0 && shownCount === 0 ? <p>{t("plan.noneMatch")}</p> : null}
      {mayManage && shownCount > 0 ? <BulkForm /> : null}
      <PlanSections />
      {filterSearch ? (
        <p>
          <Link to={`/assessments/${assessment.id}/plan`}>{t("plan.filterReset")}</Link>
        </p>
      ) : null}
    </div>
  );
}
