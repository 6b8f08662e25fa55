import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Link } from "../components/link";
import { setRecoveryCodesFlash } from "../auth/account.server";
import { fieldErrors, setUpCodeSchema } from "../auth/forms";
import { homePathFor } from "../auth/guards.server";
import { qrCodePath } from "../security/qr-code.server";
import { createUserSession, getPendingSession, getSessionUser } from "../auth/session.server";
import { groupSecret, otpauthUri } from "../security/totp.server";
import { ErrorSummary, Field, useCheckedSubmit } from "../components/field";
import { useCheckedForm } from "../components/checked-form";
import { useT } from "../i18n/use-t";
import { getOrCreateSetUpSecret, turnOnTwoStep } from "../models/two-step.server";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { safeRedirectTarget } from "../utils/redirect";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "twoStepSetUp.title");

/**
 * Who is setting up: a signed-in user (by choice, or because their organisation requires it), or someone
 * half-way through sign-in who must set it up before anything else (admin, analyst, organisation rule).
 */
async function findAccount(request: Request) {
  const user = await getSessionUser(request);
  if (user)
    return {
      kind: "signed_in" as const,
      userId: user.id,
      email: user.email,
      sessionIdHash: user.sessionIdHash,
      platformRole: user.platformRole,
      twoStep: user.twoStep,
      organisationId: user.current?.organisationId ?? null,
    };
  const pending = await getPendingSession(request);
  if (pending)
    return {
      kind: "pending" as const,
      userId: pending.userId,
      email: pending.email,
      sessionIdHash: pending.sessionIdHash,
      platformRole: pending.platformRole,
      twoStep: pending.twoStep,
      organisationId: pending.organisationId,
    };
  return null;
}

function loginPath(request: Request): string {
  const url = new URL(request.url);
  return `/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const account = await findAccount(request);
  if (!account) throw redirect(loginPath(request));
  const redirectTo = safeRedirectTarget({ target: new URL(request.url).searchParams.get("redirectTo"), fallback: "" });
  if (account.twoStep.enabled) {
    // Half-way through sign-in with two-step sign-in on: that is the code page's job.
    if (account.kind === "pending") throw redirect(`/login/code${redirectTo ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ""}`);
    throw redirect("/account/security");
  }
  const secret = getOrCreateSetUpSecret({ userId: account.userId });
  if (!secret) throw redirect("/account/security");
  const qr = qrCodePath(otpauthUri({ secret, accountName: account.email }));
  const reason = account.twoStep.requiredByRole ? "role" : account.twoStep.requiredByOrganisation ? "organisation" : null;
  // The page shows a secret: no cache may keep it.
  return data({ secret: groupSecret(secret), qr, reason, redirectTo, pending: account.kind === "pending" }, { headers: { "Cache-Control": "no-store" } });
}

type ActionData = { errors: Partial<Record<string, string>> };

export async function action({ request, context }: ActionFunctionArgs) {
  const account = await findAccount(request);
  if (!account) throw redirect(loginPath(request));
  if (account.twoStep.enabled) throw redirect(account.kind === "pending" ? "/login/code" : "/account/security");
  const form = await readForm(request, 4096);
  if (!form) return data<ActionData>({ errors: { form: "errors.tooLarge" } }, { status: 413 });
  const parsed = setUpCodeSchema.safeParse(formToObject(form));
  if (!parsed.success) return data<ActionData>({ errors: fieldErrors(parsed.error) }, { status: 400 });
  const ipAddress = getClientAddress(context);
  const result = turnOnTwoStep({ userId: account.userId, code: parsed.data.code, keepSessionIdHash: account.sessionIdHash, ipAddress });
  if (!result.ok) {
    if (result.error === "already_on") throw redirect("/account/security");
    return data<ActionData>({ errors: { code: "twoStepSetUp.wrongCode" } }, { status: 400 });
  }
  const headers = new Headers();
  const target = safeRedirectTarget({ target: parsed.data.redirectTo, fallback: account.kind === "pending" ? homePathFor(account) : "/account/security" });
  if (account.kind === "pending") {
    // Set-up was the second step of this sign-in: it is complete now, under a new session id.
    headers.append(
      "Set-Cookie",
      await createUserSession({ request, userId: account.userId, ipAddress, organisationId: account.organisationId, signIn: { method: "set_up" } }),
    );
  }
  headers.append("Set-Cookie", await setRecoveryCodesFlash({ userId: account.userId, codes: result.recoveryCodes, next: target }));
  return redirect("/account/recovery-codes", { headers });
}

export default function TwoStepSetUp() {
  const t = useT();
  const { secret, qr, reason, redirectTo, pending } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const form = useCheckedForm({ schema: () => import("../auth/forms").then((forms) => forms.setUpCodeSchema) });
  const checkedSubmit = useCheckedSubmit(form);
  const serverErrors = actionData?.errors ?? {};
  const codeError = form.formState.errors.code?.message ?? serverErrors.code;
  return (
    <div className="page narrow">
      <h1>{t("twoStepSetUp.title")}</h1>
      {reason ? <p className="notice">{reason === "role" ? t("twoStepSetUp.requiredByRole") : t("twoStepSetUp.requiredByOrganisation")}</p> : null}
      <p>{t("twoStepSetUp.intro")}</p>
      <ErrorSummary errors={actionData ? serverErrors : {}} labels={{ code: t("twoStepSetUp.codeLabel") }} />
      <h2>{t("twoStepSetUp.step1")}</h2>
      <p>{t("twoStepSetUp.step1Body")}</p>
      <h2>{t("twoStepSetUp.step2")}</h2>
      <p>{t("twoStepSetUp.step2Body")}</p>
      <svg
        className="qr-code"
        role="img"
        aria-labelledby="qr-title"
        viewBox={`0 0 ${qr.size} ${qr.size}`}
        width="224"
        height="224"
        shapeRendering="crispEdges"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id="qr-title">{t("twoStepSetUp.qrAlt")}</title>
        <rect x="0" y="0" width={qr.size} height={qr.size} fill="#ffffff" />
        <path d={qr.path} fill="#000000" />
      </svg>
      <p>
        {t("twoStepSetUp.secretLead")}
        <br />
        <code id="totp-secret" translate="no">
          {secret}
        </code>
      </p>
      <p className="hint">{t("twoStepSetUp.secretHint")}</p>
      <h2>{t("twoStepSetUp.step3")}</h2>
      <Form method="post" noValidate onSubmit={checkedSubmit.onSubmit}>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field
          label={t("twoStepSetUp.codeLabel")}
          hint={t("twoStepSetUp.codeHint")}
          autoComplete="one-time-code"
          inputMode="numeric"
          required
          maxLength={20}
          error={codeError}
          {...form.register("code")}
        />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("twoStepSetUp.submit")}
        </button>
      </Form>
      {pending ? (
        <Form method="post" action="/logout">
          <button type="submit" className="button-link">
            {t("loginCode.cancel")}
          </button>
        </Form>
      ) : reason ? null : (
        <p>
          <Link to="/account/security">{t("twoStepSetUp.back")}</Link>
        </p>
      )}
    </div>
  );
}
