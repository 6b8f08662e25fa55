import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "../components/link";
import { createOrganisationSchema, fieldErrors } from "../auth/forms";
import { requirePlatformRole } from "../auth/guards.server";
import { ErrorSummary, Field, useErrorText, useCheckedSubmit } from "../components/field";
import { useCheckedForm } from "../components/checked-form";
import { formatDate } from "../i18n/translate";
import { useLanguage, useT } from "../i18n/use-t";
import { createOrganisationWithItLead } from "../models/admin.server";
import { listNationalParties, listOrganisations } from "../models/organisations.server";
import { organisationKinds } from "../utils/organisation-kinds";
import { getConfig } from "../utils/config.server";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { ScrollTable } from "../components/scroll-table";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.organisations.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformRole(request, "admin:organisations");
  return {
    organisations: listOrganisations().map((o) => ({ ...o, disabledAt: o.disabledAt?.toISOString() ?? null })),
    parties: listNationalParties(),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requirePlatformRole(request, "admin:organisations");
  const form = await readForm(request);
  if (!form) return data({ errors: { form: "errors.tooLarge" }, created: null, values: null }, { status: 413 });
  const fields = formToObject(form);
  const values = {
    name: (fields.name ?? "").slice(0, 120),
    kind: fields.kind ?? "",
    parentId: (fields.parentId ?? "").slice(0, 64),
    itLeadEmail: (fields.itLeadEmail ?? "").slice(0, 254),
  };
  const parsed = createOrganisationSchema.safeParse(fields);
  if (!parsed.success)
    return data({ errors: fieldErrors(parsed.error, { shownFields: ["name", "kind", "parentId", "itLeadEmail"] }), created: null, values }, { status: 400 });
  const result = createOrganisationWithItLead({
    admin: { userId: admin.id, ipAddress: getClientAddress(context) },
    name: parsed.data.name,
    kind: parsed.data.kind,
    parentId: parsed.data.parentId || null,
    itLeadEmail: parsed.data.itLeadEmail,
  });
  if (!result.ok) return data({ errors: { [result.field]: result.error }, created: null, values }, { status: 409 });
  return {
    errors: {},
    values: null,
    created: {
      name: parsed.data.name,
      email: parsed.data.itLeadEmail,
      link: `${getConfig().baseUrl}/invitations/${result.token}`,
      expiresAt: result.expiresAt.toISOString(),
    },
  };
}

export default function AdminOrganisations() {
  const t = useT();
  const language = useLanguage();
  const errorText = useErrorText();
  const { organisations, parties } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const kept = actionData?.values ?? null;
  const keptKind = organisationKinds.find((kind) => kind === kept?.kind) ?? "national_party";
  const form = useCheckedForm({ schema: () => import("../auth/forms").then((forms) => forms.createOrganisationSchema) });
  const checkedSubmit = useCheckedSubmit(form);
  const serverErrors: Partial<Record<string, string>> = actionData?.errors ?? {};
  const errors = {
    name: form.formState.errors.name?.message ?? serverErrors.name,
    kind: form.formState.errors.kind?.message ?? serverErrors.kind,
    parentId: form.formState.errors.parentId?.message ?? serverErrors.parentId,
    itLeadEmail: form.formState.errors.itLeadEmail?.message ?? serverErrors.itLeadEmail,
  };
  const labels = {
    name: t("admin.organisations.name"),
    kind: t("admin.organisations.kind"),
    parentId: t("admin.organisations.parent"),
    itLeadEmail: t("admin.organisations.itLeadEmail"),
  };
  return (
    <div className="page">
      <h1>{t("admin.organisations.title")}</h1>
      <p className="lead">{t("admin.organisations.lead")}</p>
      <ScrollTable caption={t("admin.organisations.title")} captionId="organisations-caption" hideCaption>
        <thead>
          <tr>
            <th scope="col">{t("admin.organisations.name")}</th>
            <th scope="col">{t("admin.organisations.kind")}</th>
            <th scope="col">{t("admin.organisations.parent")}</th>
            <th scope="col">{t("admin.organisations.members")}</th>
            <th scope="col">{t("admin.organisations.status")}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((o) => (
            <tr key={o.id}>
              <td>
                <Link to={`/admin/organisations/${o.id}`}>{o.name}</Link>
              </td>
              <td>{t(`organisation.kind.${o.kind}`)}</td>
              <td>{o.parentName ?? "—"}</td>
              <td>{o.memberCount}</td>
              <td>{o.disabledAt ? t("admin.status.disabled") : t("admin.status.active")}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>

      <section aria-labelledby="create-heading">
        <h2 id="create-heading">{t("admin.organisations.create")}</h2>
        {actionData?.created ? (
          <div className="notice" role="status">
            <p>
              {t("admin.organisations.created", {
                name: actionData.created.name,
                email: actionData.created.email,
                date: formatDate(language, actionData.created.expiresAt),
              })}
            </p>
            <label htmlFor="invite-link">{t("members.invite.link")}</label>
            <input id="invite-link" readOnly value={actionData.created.link} className="copy-field" />
          </div>
        ) : null}
        {serverErrors.form ? (
          <div className="error-summary" role="alert">
            <p>{errorText(serverErrors.form)}</p>
          </div>
        ) : null}
        <ErrorSummary errors={actionData && !actionData.created ? errors : {}} labels={labels} />
        <Form method="post" noValidate className="stacked-form" onSubmit={checkedSubmit.onSubmit}>
          <Field label={labels.name} required maxLength={120} defaultValue={kept?.name} error={errors.name} {...form.register("name")} />
          <fieldset className={errors.kind ? "field field-invalid" : "field"}>
            <legend>{labels.kind}</legend>
            {errors.kind ? <p className="field-error">{errorText(errors.kind)}</p> : null}
            {organisationKinds.map((value) => (
              <label key={value} className="choice">
                <input type="radio" value={value} defaultChecked={value === keptKind} {...form.register("kind")} /> {t(`organisation.kind.${value}`)}
              </label>
            ))}
          </fieldset>
          <div className={errors.parentId ? "field field-invalid" : "field"}>
            <label htmlFor="field-parentId">{labels.parentId}</label>
            <p className="hint" id="field-parentId-hint">
              {t("admin.organisations.parentHint")}
            </p>
            {errors.parentId ? (
              <p className="field-error" id="field-parentId-error">
                {errorText(errors.parentId)}
              </p>
            ) : null}
            <select
              id="field-parentId"
              aria-describedby={errors.parentId ? "field-parentId-hint field-parentId-error" : "field-parentId-hint"}
              aria-invalid={errors.parentId ? true : undefined}
              defaultValue={kept?.parentId}
              {...form.register("parentId")}
            >
              <option value="">{t("admin.organisations.noParent")}</option>
              {parties.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <Field
            label={labels.itLeadEmail}
            type="email"
            required
            maxLength={254}
            defaultValue={kept?.itLeadEmail}
            error={errors.itLeadEmail}
            hint={t("admin.organisations.itLeadHint")}
            {...form.register("itLeadEmail")}
          />
          <button type="submit" disabled={navigation.state === "submitting"}>
            {t("admin.organisations.createSubmit")}
          </button>
        </Form>
      </section>
    </div>
  );
}
