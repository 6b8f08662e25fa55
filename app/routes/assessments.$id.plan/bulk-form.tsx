// One owner and/or one status for the actions ticked in the tables (their checkboxes belong to this form).
import { useActionData, useFetcher, useLoaderData } from "@remix-run/react";
import { useErrorText } from "../../components/field";
import { useT } from "../../i18n/use-t";
import { FilterFields, OwnerNameField, OwnerOptions, StatusOptions } from "./form-parts";
import { useHydrated } from "./page-state";
import type { PlanFormReply, PlanPageView } from "./view.server";

export function BulkForm() {
  const t = useT();
  const errorText = useErrorText();
  const { members, saved } = useLoaderData<() => PlanPageView>();
  const actionData = useActionData<() => PlanFormReply>();
  const fetcher = useFetcher<() => PlanFormReply>();
  const hydrated = useHydrated();
  const result = fetcher.data ?? (actionData?.actionKey === "bulk" ? actionData : undefined);
  const errors: Partial<Record<string, string>> = result && !result.saved ? result.errors : {};
  const count: number | null =
    fetcher.state === "idle" && fetcher.data?.saved ? fetcher.data.count : !fetcher.data && saved && "bulk" in saved ? (saved.bulk ?? 0) : null;
  return (
    <fetcher.Form method="post" id="bulk" className="bulk-form" aria-labelledby="bulk-heading">
      <h2 id="bulk-heading" className="h-small">
        {t("plan.bulk")}
      </h2>
      <p className="muted">{t("plan.bulkHint")}</p>
      <input type="hidden" name="intent" value="bulk" />
      {hydrated ? <input type="hidden" name="via" value="fetcher" /> : null}
      <FilterFields />
      {errors.form || errors.actionKeys || errors.owner || errors.status ? (
        <p className="field-error" role="alert">
          {errorText(errors.form ?? errors.actionKeys ?? errors.owner ?? errors.status)}
        </p>
      ) : null}
      <div className="action-fields">
        <div className="field">
          <label htmlFor="bulk-owner">{t("plan.owner")}</label>
          <select id="bulk-owner" name="owner" defaultValue="keep">
            <option value="keep">{t("plan.keep")}</option>
            <option value="">{t("plan.ownerBack")}</option>
            <OwnerOptions members={members} />
          </select>
        </div>
        <OwnerNameField id="bulk-ownerName" error={errors.ownerName} />
        <div className="field">
          <label htmlFor="bulk-status">{t("plan.status")}</label>
          <select id="bulk-status" name="status" defaultValue="keep">
            <option value="keep">{t("plan.keep")}</option>
            <StatusOptions />
          </select>
        </div>
      </div>
      <button type="submit" className="button-secondary" disabled={fetcher.state !== "idle"}>
        {t("plan.bulkSave")}
      </button>
      <span role="status" className="saved-note">
        {count !== null ? t("plan.bulkSaved", { count }) : ""}
      </span>
    </fetcher.Form>
  );
}
