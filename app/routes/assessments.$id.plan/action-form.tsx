// The form of one action, inside its details: owner, due date and status. Without JavaScript it posts and
// comes back to the action's anchor; with it, a keyed fetcher saves in place.
import { useActionData, useFetcher, useSearchParams } from "@remix-run/react";
import { useErrorText } from "../../components/field";
import { useT } from "../../i18n/use-t";
import { formatDateField } from "../../utils/dates";
import { fetcherKeyOf } from "./filter";
import { FilterFields, OwnerNameField, OwnerOptions, StatusOptions } from "./form-parts";
import { useHydrated, type Member, type Row } from "./page-state";
import type { PlanFormReply } from "./view.server";

export function ActionForm({ row, members }: { row: Row; members: Member[] }) {
  const t = useT();
  const errorText = useErrorText();
  // Keyed, so the result survives the row moving to another table (saving can make an action no longer late).
  const fetcher = useFetcher<() => PlanFormReply>({ key: fetcherKeyOf(row.key) });
  const hydrated = useHydrated();
  const actionData = useActionData<() => PlanFormReply>();
  const [params] = useSearchParams();
  const id = row.anchor;
  const result = fetcher.data ?? (actionData?.actionKey === row.key ? actionData : undefined);
  const errors: Partial<Record<string, string>> = result && !result.saved ? result.errors : {};
  const savedHere = fetcher.state === "idle" && (fetcher.data?.saved || (!fetcher.data && params.get("saved") === row.key));
  const ownerValue = row.ownerUserId ? `user:${row.ownerUserId}` : row.ownerName ? "other" : row.ownerRoleSet ? `role:${row.owner}` : "";
  return (
    <fetcher.Form method="post" className="action-form" preventScrollReset>
      <input type="hidden" name="actionKey" value={row.key} />
      {hydrated ? <input type="hidden" name="via" value="fetcher" /> : null}
      <FilterFields />
      {errors.form ? (
        <p className="field-error" role="alert">
          {errorText(errors.form)}
        </p>
      ) : null}
      <div className="action-fields">
        <div className="field">
          <label htmlFor={`owner-${id}`}>{t("plan.owner")}</label>
          <select id={`owner-${id}`} name="owner" defaultValue={ownerValue}>
            <OwnerOptions members={members} measureOwner={row.measureOwner} />
          </select>
        </div>
        <OwnerNameField id={`ownerName-${id}`} error={errors.ownerName} defaultValue={row.ownerName ?? ""} />
        <div className={errors.dueDate ? "field field-invalid" : "field"}>
          <label htmlFor={`due-${id}`}>{t("plan.dueDate")}</label>
          <p className="hint" id={`due-${id}-hint`}>
            {t("plan.dueDateHint")}
          </p>
          {errors.dueDate ? (
            <p className="field-error" id={`due-${id}-error`}>
              {errorText(errors.dueDate)}
            </p>
          ) : null}
          <input
            id={`due-${id}`}
            name="dueDate"
            type="text"
            autoComplete="off"
            maxLength={40}
            defaultValue={formatDateField(row.dueDate)}
            aria-invalid={errors.dueDate ? true : undefined}
            aria-describedby={errors.dueDate ? `due-${id}-hint due-${id}-error` : `due-${id}-hint`}
          />
        </div>
        <div className="field">
          <label htmlFor={`status-${id}`}>{t("plan.status")}</label>
          <select id={`status-${id}`} name="status" defaultValue={row.status}>
            <StatusOptions />
          </select>
        </div>
      </div>
      <button type="submit" className="button-secondary" disabled={fetcher.state !== "idle"}>
        {t("plan.save")}
        <span className="visually-hidden"> {row.title}</span>
      </button>
      <span role="status" className="saved-note">
        {savedHere ? t("plan.savedHere") : ""}
      </span>
    </fetcher.Form>
  );
}
