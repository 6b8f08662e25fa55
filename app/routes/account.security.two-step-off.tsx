// Two-step sign-in off after a current code (or a recovery code). Someone who must use it (admin, analyst,
// an organisation's rule) sets it up again at once: this session then opens only the set-up page.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { lockedReply, turnOffTwoStep } from "../auth/account.server";
import { fieldErrors, signInCodeSchema } from "../auth/forms";
import { requireUser } from "../auth/session.server";
import { CodeForm, SecurityConcernPage, type SecurityFormResult } from "../components/account-security";
import { useT } from "../i18n/use-t";
import { markSessionPending } from "../models/sessions.server";
import { mustUseTwoStep } from "../models/two-step.server";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "security.off.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!user.twoStep.enabled) throw redirect("/account/security");
  return { required: mustUseTwoStep(user.twoStep) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  if (!user.twoStep.enabled) throw redirect("/account/security");
  const form = await readForm(request, 8192);
  if (!form) return data<SecurityFormResult>({ errors: { form: "errors.tooLarge" } }, { status: 413 });
  const checked = signInCodeSchema.safeParse({ code: formToObject(form).code });
  if (!checked.success) return data<SecurityFormResult>({ errors: fieldErrors(checked.error) }, { status: 400 });
  const actor = { userId: user.id, email: user.email, ipAddress: getClientAddress(context) };
  const result = await turnOffTwoStep({ actor, code: checked.data.code, keepSessionIdHash: user.sessionIdHash });
  if (result.status === "locked") return lockedReply(result);
  if (result.status === "invalid") return data<SecurityFormResult>({ errors: { code: "security.wrongCode" } }, { status: 400 });
  if (result.mustSetUpAgain) {
    markSessionPending({ sessionIdHash: user.sessionIdHash });
    return redirect("/account/two-step?redirectTo=%2Faccount%2Fsecurity");
  }
  return redirect("/account/security?notice=off");
}

export default function TwoStepOff() {
  const t = useT();
  const { required } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <SecurityConcernPage>
      <section aria-labelledby="off-heading">
        <h2 id="off-heading">{required ? t("security.off.titleRequired") : t("security.off.title")}</h2>
        <p>{required ? t("security.off.bodyRequired") : t("security.off.body")}</p>
        <CodeForm formName="off" submitLabel={required ? t("security.off.submitRequired") : t("security.off.submit")} danger result={result} />
      </section>
    </SecurityConcernPage>
  );
}
