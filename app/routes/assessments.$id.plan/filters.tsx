// The plan's filters: a GET form, so the filter lives in the address (it survives a reload and can be shared).
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "../../components/link";
import { useT } from "../../i18n/use-t";
import { milestones } from "../../questionnaire/vocabulary";
import { StatusOptions } from "./form-parts";
import type { PlanPageView } from "./view.server";

export function Filters() {
  const t = useT();
  const { filter, owners, assessment } = useLoaderData<() => PlanPageView>();
  return (
    <Form method="get" className="plan-filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="h-small">
        {t("plan.filters")}
      </h2>
      <div className="action-fields">
        <div className="field">
          <label htmlFor="filter-owner">{t("plan.owner")}</label>
          <select id="filter-owner" name="owner" defaultValue={filter.owner}>
            <option value="">{t("plan.filterAll")}</option>
            {owners.map((owner) => (
              <option key={owner.value} value={owner.value}>
                {owner.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t("plan.status")}</label>
          <select id="filter-status" name="status" defaultValue={filter.status}>
            <option value="">{t("plan.filterAll")}</option>
            <option value="open">{t("plan.status.open")}</option>
            <option value="late">{t("plan.status.late")}</option>
            <StatusOptions />
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-milestone">{t("plan.milestone")}</label>
          <select id="filter-milestone" name="milestone" defaultValue={filter.milestone}>
            <option value="">{t("plan.filterAll")}</option>
            {milestones.map((milestone) => (
              <option key={milestone} value={milestone}>
                {t(`milestone.${milestone}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-checkbox">
          <input type="checkbox" id="filter-critical" name="critical" value="1" defaultChecked={filter.critical === "1"} />
          <label htmlFor="filter-critical">{t("plan.filterCritical")}</label>
        </div>
      </div>
      <button type="submit" className="button-secondary">
        {t("plan.filter")}
      </button>{" "}
      <Link to={`/assessments/${assessment.id}/plan`}>{t("plan.filterReset")}</Link>
    </Form>
  );
}
