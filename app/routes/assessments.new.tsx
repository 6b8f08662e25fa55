import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "../components/link";
import { fieldErrors } from "../auth/forms";
import { requireMember } from "../auth/guards.server";
import { ErrorSummary, Field, useErrorText, useCheckedSubmit } from "../components/field";
import { useCheckedForm } from "../components/checked-form";
import { useElectionLabel, useStartedLabel } from "../components/election";
import { useLanguage, useT } from "../i18n/use-t";
import { listAssessments, startAssessment } from "../models/assessments.server";
import { dutchToday, electionTypes, knownElections, upcomingElections, type ElectionType } from "../plan/elections";
import { startAssessmentSchema } from "../utils/assessment-forms";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "start.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const member = await requireMember(request, "assessment:start");
  const hasSubmitted = listAssessments({ organisationId: member.current.organisationId }).some((a) => a.status === "submitted");
  const today = dutchToday();
  return { elections: upcomingElections({ today }), hasSubmitted };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const member = await requireMember(request, "assessment:start");
  const form = await readForm(request);
  const fields = form ? formToObject(form) : {};
  const parsed = startAssessmentSchema.safeParse(fields);
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error), values: fields, existing: null }, { status: 400 });
  const input = parsed.data;
  const known = knownElections.find((election) => election.id === input.election);
  const electionType: ElectionType | undefined = known?.type ?? electionTypes.find((type) => type === input.customType);
  const electionDate = known?.date ?? input.customDate;
  if (!electionType || !electionDate) return data({ errors: { election: "errors.election.required" }, values: fields, existing: null }, { status: 400 });
  const result = startAssessment({
    actor: { userId: member.id, organisationId: member.current.organisationId, role: member.current.role, ipAddress: getClientAddress(context) },
    electionType,
    electionDate,
    carryOver: input.carryOver === "yes",
    allowSecondDraft: input.secondDraft === "yes",
  });
  if (!result.ok && result.error === "duplicate_draft") {
    const existing = { id: result.existing.id, createdAt: result.existing.createdAt.toISOString(), createdByName: result.existing.createdByName };
    return data({ errors: { secondDraft: "start.error.duplicate_draft" }, values: fields, existing }, { status: 409 });
  }
  if (!result.ok) return data({ errors: { carryOver: "start.error.no_submitted_assessment" }, values: fields, existing: null }, { status: 409 });
  return redirect(`/assessments/${result.id}`);
}

export default function StartAssessment() {
  const t = useT();
  const language = useLanguage();
  const electionLabel = useElectionLabel();
  const errorText = useErrorText();
  const startedLabel = useStartedLabel();
  const { elections, hasSubmitted } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const kept: Partial<Record<string, string>> = actionData?.values ?? {};
  const navigation = useNavigation();
  const form = useCheckedForm({ schema: () => import("../utils/assessment-forms").then((forms) => forms.startAssessmentSchema) });
  const checkedSubmit = useCheckedSubmit(form);
  const serverErrors: Partial<Record<string, string>> = actionData?.errors ?? {};
  const errors = {
    election: form.formState.errors.election?.message ?? serverErrors.election,
    customType: form.formState.errors.customType?.message ?? serverErrors.customType,
    customDate: form.formState.errors.customDate?.message ?? serverErrors.customDate,
    carryOver: serverErrors.carryOver,
    secondDraft: serverErrors.secondDraft,
  };
  const existing = actionData?.existing ?? null;
  const labels = {
    election: t("start.election"),
    customType: t("start.customType"),
    customDate: t("start.customDate"),
    carryOver: t("start.carryOver"),
    secondDraft: t("start.election"),
  };
  const defaultElection = kept.election ?? elections[0]?.id ?? "custom";
  return (
    <div className="page narrow">
      <p>
        <Link to="/assessments">{t("assessment.backToList")}</Link>
      </p>
      <h1>{t("start.title")}</h1>
      <p className="lead">{t("start.lead")}</p>
      <ErrorSummary errors={actionData ? errors : {}} labels={labels} />
      <Form method="post" noValidate className="stacked-form" onSubmit={checkedSubmit.onSubmit}>
        <fieldset className={errors.election ? "field field-invalid" : "field"} aria-describedby={errors.election ? "field-election-error" : undefined}>
          <legend>{labels.election}</legend>
          {errors.election ? (
            <p className="field-error" id="field-election-error">
              {errorText(errors.election)}
            </p>
          ) : null}
          {elections.map((election, index) => (
            <label key={election.id} className="choice">
              <input
                type="radio"
                id={index === 0 ? "field-election" : undefined}
                value={election.id}
                defaultChecked={defaultElection === election.id}
                {...form.register("election")}
              />
              {election.label[language]} ({electionLabel(election.type, election.date)})
            </label>
          ))}
          <label className="choice">
            <input
              type="radio"
              id={elections.length === 0 ? "field-election" : undefined}
              value="custom"
              defaultChecked={defaultElection === "custom"}
              {...form.register("election")}
            />
            {t("start.custom")}
          </label>
          {elections.length ? (
            <p className="hint">
              {t("start.source")}{" "}
              {elections.map((election, index) => (
                <span key={election.id}>
                  {index ? ", " : ""}
                  <a href={election.source.url}>{election.source.publisher}</a>
                </span>
              ))}
            </p>
          ) : null}
        </fieldset>
        <fieldset className="field nested">
          <legend>{t("start.customLegend")}</legend>
          <div className={errors.customType ? "field field-invalid" : "field"}>
            <label htmlFor="field-customType">{labels.customType}</label>
            {errors.customType ? (
              <p className="field-error" id="field-customType-error">
                {errorText(errors.customType)}
              </p>
            ) : null}
            <select
              id="field-customType"
              defaultValue={kept.customType ?? ""}
              aria-invalid={errors.customType ? true : undefined}
              aria-describedby={errors.customType ? "field-customType-error" : undefined}
              {...form.register("customType")}
            >
              <option value="">{t("start.chooseType")}</option>
              {electionTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`election.type.${type}`)}
                </option>
              ))}
            </select>
          </div>
          <Field
            label={labels.customDate}
            type="text"
            autoComplete="off"
            maxLength={40}
            defaultValue={kept.customDate}
            error={errors.customDate}
            hint={t("start.dateHint")}
            {...form.register("customDate")}
          />
        </fieldset>
        {existing ? (
          <div className="field field-invalid">
            <p className="field-error" id="field-secondDraft-error">
              {errorText(errors.secondDraft ?? "start.error.duplicate_draft")}{" "}
              <Link to={`/assessments/${existing.id}`}>{t("start.openExisting", { started: startedLabel(existing) })}</Link>
            </p>
            <label className="choice" htmlFor="field-secondDraft">
              <input
                type="checkbox"
                id="field-secondDraft"
                value="yes"
                aria-describedby="field-secondDraft-error field-secondDraft-hint"
                {...form.register("secondDraft")}
              />
              {t("start.secondDraft")}
            </label>
            <p className="hint" id="field-secondDraft-hint">
              {t("start.secondDraftHint")}
            </p>
          </div>
        ) : null}
        {hasSubmitted ? (
          <div className={errors.carryOver ? "field field-invalid" : "field"}>
            {errors.carryOver ? <p className="field-error">{errorText(errors.carryOver)}</p> : null}
            <label className="choice" htmlFor="field-carryOver">
              <input type="checkbox" id="field-carryOver" value="yes" defaultChecked={kept.carryOver === "yes"} {...form.register("carryOver")} />
              {labels.carryOver}
            </label>
            <p className="hint">{t("start.carryOverHint")}</p>
          </div>
        ) : null}
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("start.submit")}
        </button>
      </Form>
    </div>
  );
}
