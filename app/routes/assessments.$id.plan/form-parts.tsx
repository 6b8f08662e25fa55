// The fields the plan's two forms (one action, several at once) share: the filter carried back, the owner
// and status choices, and the free-text owner name with its error.
import { useLoaderData } from "@remix-run/react";
import { useErrorText } from "../../components/field";
import { useT } from "../../i18n/use-t";
import type { MeasureOwner } from "../../questionnaire/schema";
import { measureOwners } from "../../questionnaire/vocabulary";
import { filterKeys, returnPrefix } from "./filter";
import type { Member } from "./page-state";
import type { PlanPageView } from "./view.server";

/** The page's filter as hidden fields, so that a save without JavaScript lands on the same filtered list. */
export function FilterFields() {
  const { filter } = useLoaderData<() => PlanPageView>();
  return <>{filterKeys.map((key) => (filter[key] ? <input key={key} type="hidden" name={`${returnPrefix}${key}`} value={filter[key]} /> : null))}</>;
}

export function OwnerOptions({ members, measureOwner }: { members: Member[]; measureOwner?: MeasureOwner }) {
  const t = useT();
  return (
    <>
      {measureOwner ? <option value="">{t("plan.ownerDefault", { role: t(`owner.${measureOwner}`) })}</option> : null}
      <optgroup label={t("plan.ownerRoles")}>
        {measureOwners
          .filter((role) => role !== measureOwner)
          .map((role) => (
            <option key={role} value={`role:${role}`}>
              {t(`owner.${role}`)}
            </option>
          ))}
      </optgroup>
      {members.length ? (
        <optgroup label={t("plan.ownerMembers")}>
          {members.map((m) => (
            <option key={m.userId} value={`user:${m.userId}`}>
              {m.name}
            </option>
          ))}
        </optgroup>
      ) : null}
      <option value="other">{t("plan.ownerOther")}</option>
    </>
  );
}

/** The statuses an action can have, as options (the filters add "open" and "late" before them). */
export function StatusOptions() {
  const t = useT();
  return (
    <>
      {(["todo", "in_progress", "done"] as const).map((status) => (
        <option key={status} value={status}>
          {t(`plan.status.${status}`)}
        </option>
      ))}
    </>
  );
}

/** The name of an owner who is not a member, with its error tied to it for screen readers. */
export function OwnerNameField({ id, error, defaultValue }: { id: string; error: string | undefined; defaultValue?: string }) {
  const t = useT();
  const errorText = useErrorText();
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{t("plan.ownerName")}</label>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {errorText(error)}
        </p>
      ) : null}
      <input
        id={id}
        name="ownerName"
        maxLength={120}
        autoComplete="off"
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </div>
  );
}
