import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "../components/link";
import { fieldErrors } from "../auth/forms";
import { partyTargetSchema } from "../branches/target-form";
import { ErrorSummary, Field, useErrorText } from "../components/field";
import { useT } from "../i18n/use-t";
import { clearPartyTarget, getPartyTarget, setPartyTarget } from "../models/branches.server";
import { electionTypes } from "../plan/elections";
import { formatDateField } from "../utils/dates";
import { formToObject, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { requirePartyActor } from "../utils/party.server";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "party.target.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { actor } = await requirePartyActor(request, context, "party:set-target");
  const target = getPartyTarget({ actor });
  return { target: target ? { electionType: target.electionType, electionDate: target.electionDate, dueDate: target.dueDate } : null };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { actor } = await requirePartyActor(request, context, "party:set-target");
  const form = await readForm(request);
  if (!form) return data({ errors: { form: "errors.tooLarge" }, values: {} }, { status: 413 });
  const fields = formToObject(form);
  if (fields.intent === "clear") {
    clearPartyTarget({ actor });
    throw redirect("/party");
  }
  const values = {
    electionType: (fields.electionType ?? "").slice(0, 40),
    electionDate: (fields.electionDate ?? "").slice(0, 40),
    dueDate: (fields.dueDate ?? "").slice(0, 40),
  };
  const parsed = partyTargetSchema.safeParse(fields);
  if (!parsed.success)
    return data({ errors: fieldErrors(parsed.error, { shownFields: ["electionType", "electionDate", "dueDate"] }), values }, { status: 400 });
  setPartyTarget({ actor, ...parsed.data });
  throw redirect(`/party?election=${parsed.data.electionType}:${parsed.data.electionDate}`);
}

export default function PartyTarget() {
  const t = useT();
  const errorText = useErrorText();
  const { target } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Partial<Record<string, string>> = result?.errors ?? {};
  const values: Partial<Record<string, string>> = result?.values ?? {};
  const typeError = errors.electionType;
  return (
    <div className="page narrow">
      <p>
        <Link to="/party">{t("party.back")}</Link>
      </p>
      <h1>{t("party.target.title")}</h1>
      <p className="lead">{t("party.target.lead")}</p>
      <ErrorSummary
        errors={errors}
        labels={{ electionType: t("party.target.electionType"), electionDate: t("party.target.electionDate"), dueDate: t("party.target.dueDate") }}
      />
      <Form method="post" className="stacked-form" noValidate>
        <div className={typeError ? "field field-invalid" : "field"}>
          <label htmlFor="field-electionType">{t("party.target.electionType")}</label>
          {typeError ? (
            <p className="field-error" id="field-electionType-error">
              {errorText(typeError)}
            </p>
          ) : null}
          <select
            id="field-electionType"
            name="electionType"
            defaultValue={values.electionType ?? target?.electionType ?? "gemeenteraad"}
            aria-invalid={typeError ? true : undefined}
            aria-describedby={typeError ? "field-electionType-error" : undefined}
          >
            {electionTypes.map((type) => (
              <option key={type} value={type}>
                {t(`election.type.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <Field
          name="electionDate"
          label={t("party.target.electionDate")}
          hint={t("party.target.dateHint")}
          required
          maxLength={40}
          defaultValue={values.electionDate ?? (target ? formatDateField(target.electionDate) : "")}
          error={errors.electionDate}
        />
        <Field
          name="dueDate"
          label={t("party.target.dueDate")}
          hint={t("party.target.dateHint")}
          required
          maxLength={40}
          defaultValue={values.dueDate ?? (target ? formatDateField(target.dueDate) : "")}
          error={errors.dueDate}
        />
        <button type="submit">{t("party.target.submit")}</button>
      </Form>
      {target ? (
        <Form method="post">
          <input type="hidden" name="intent" value="clear" />
          <button type="submit" className="button-secondary">
            {t("party.target.clear")}
          </button>
        </Form>
      ) : null}
      <p className="muted">{t("party.target.mail")}</p>
    </div>
  );
}
