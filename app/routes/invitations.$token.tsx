import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "../components/link";
import { fieldErrors, newPasswordSchema } from "../auth/forms";
import { passwordMinLength } from "../security/password-policy";
import { createUserSession, getSessionUser } from "../auth/session.server";
import { setCurrentOrganisation } from "../models/sessions.server";
import { ErrorSummary, Field, useErrorText, useCheckedSubmit } from "../components/field";
import { NewPasswordFields } from "../components/new-password-fields";
import { useCheckedForm } from "../components/checked-form";
import { useT } from "../i18n/use-t";
import { getLanguage } from "../i18n/language.server";
import { acceptInvitation, findInvitation } from "../models/invitations.server";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "invitation.title");

function lookup(token: string | undefined) {
  // Tokens are 43 URL-safe characters; anything else cannot match and is not looked up.
  if (!token || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "not_found" as const };
  return findInvitation({ token });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const invitation = lookup(params.token);
  const user = await getSessionUser(request);
  if (invitation.status !== "valid") {
    return data(
      { state: invitation.status, organisationName: "", email: "", role: null, signedInAs: user?.email ?? null, loginPath: "/login" },
      { status: invitation.status === "not_found" ? 404 : 410 },
    );
  }
  const existing = invitation.existingUser;
  const state = existing?.platformRole
    ? "platform_account"
    : existing
      ? user?.id === existing.id
        ? "join"
        : user
          ? "wrong_account"
          : "sign_in_first"
      : user
        ? "wrong_account"
        : "create_account";
  return {
    state,
    organisationName: invitation.organisationName,
    email: invitation.email,
    role: invitation.role,
    signedInAs: user?.email ?? null,
    loginPath: `/login?redirectTo=${encodeURIComponent(new URL(request.url).pathname)}`,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  if (lookup(token).status === "not_found") throw new Response("Not found", { status: 404 });
  const form = await readForm(request);
  if (!form) return data({ errors: { form: "errors.tooLarge" }, name: "" }, { status: 413 });
  const user = await getSessionUser(request);
  const fields = formToObject(form);
  const name = (fields.name ?? "").slice(0, 120);
  let newAccount: { name: string; password: string; language: "nl" | "en" } | null = null;
  if (!user) {
    const invitation = findInvitation({ token });
    const parsed = newPasswordSchema.safeParse({ ...fields, email: invitation.status === "valid" ? invitation.email : undefined });
    if (!parsed.success) return data({ errors: fieldErrors(parsed.error), name }, { status: 400 });
    newAccount = { name: parsed.data.name, password: parsed.data.password, language: await getLanguage(request) };
  }
  const ipAddress = getClientAddress(context);
  const result = await acceptInvitation({ token, signedInUserId: user?.id ?? null, newAccount, ipAddress });
  if (!result.ok) return data({ errors: { form: `invitation.error.${result.error}` }, name }, { status: result.error === "not_found" ? 404 : 409 });
  if (user) {
    setCurrentOrganisation({ sessionIdHash: user.sessionIdHash, organisationId: result.organisationId });
    return redirect("/home");
  }
  const cookie = await createUserSession({ request, userId: result.userId, ipAddress, organisationId: result.organisationId, signIn: {} });
  return redirect("/home", { headers: { "Set-Cookie": cookie } });
}

function CreateAccountForm({ email, name, errors: serverErrors }: { email: string; name: string; errors: Partial<Record<string, string>> }) {
  const t = useT();
  const navigation = useNavigation();
  const form = useCheckedForm({ schema: () => import("../auth/forms").then((forms) => forms.newPasswordSchema), fixedValues: { email } });
  const checkedSubmit = useCheckedSubmit(form);
  const errors = {
    name: form.formState.errors.name?.message ?? serverErrors.name,
    password: form.formState.errors.password?.message ?? serverErrors.password,
    confirmPassword: form.formState.errors.confirmPassword?.message ?? serverErrors.confirmPassword,
  };
  const labels = { name: t("invitation.name"), password: t("invitation.password"), confirmPassword: t("invitation.confirmPassword") };
  return (
    <>
      <ErrorSummary errors={Object.keys(serverErrors).length ? errors : {}} labels={labels} />
      <Form method="post" noValidate className="stacked-form" onSubmit={checkedSubmit.onSubmit}>
        <p>
          {t("invitation.accountFor")} <strong>{email}</strong>
        </p>
        <Field label={labels.name} autoComplete="name" required maxLength={120} defaultValue={name} error={errors.name} {...form.register("name")} />
        <NewPasswordFields
          labels={labels}
          hint={t("invitation.passwordHint", { min: passwordMinLength })}
          errors={errors}
          password={form.register("password")}
          confirmPassword={form.register("confirmPassword")}
        />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("invitation.createAndJoin")}
        </button>
      </Form>
    </>
  );
}

export default function Invitation() {
  const t = useT();
  const errorText = useErrorText();
  const invitation = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors: Partial<Record<string, string>> = actionData?.errors ?? {};
  const role = invitation.role ? t(`role.${invitation.role}`) : "";
  return (
    <div className="page narrow">
      <h1>{t("invitation.title")}</h1>
      {errors.form ? (
        <div className="error-summary" role="alert">
          <p>{errorText(errors.form)}</p>
        </div>
      ) : null}
      {invitation.state === "not_found" || invitation.state === "expired" || invitation.state === "used" ? (
        <p>{t(`invitation.state.${invitation.state}`)}</p>
      ) : (
        <p className="lead">{t("invitation.lead", { organisation: invitation.organisationName, role })}</p>
      )}
      {invitation.state === "create_account" ? <CreateAccountForm email={invitation.email} name={actionData?.name ?? ""} errors={errors} /> : null}
      {invitation.state === "join" ? (
        <Form method="post">
          <button type="submit">{t("invitation.join", { organisation: invitation.organisationName })}</button>
        </Form>
      ) : null}
      {invitation.state === "sign_in_first" ? (
        <p>
          {t("invitation.signInFirst", { email: invitation.email })} <Link to={invitation.loginPath}>{t("header.signIn")}</Link>
        </p>
      ) : null}
      {invitation.state === "wrong_account" ? <p>{t("invitation.wrongAccount", { email: invitation.email, current: invitation.signedInAs ?? "" })}</p> : null}
      {invitation.state === "platform_account" ? <p>{t("invitation.error.platform_account")}</p> : null}
    </div>
  );
}
