// Ten new recovery codes after a current code (the old ones stop working); shown once on the next page.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { lockedReply, newRecoveryCodes, setRecoveryCodesFlash } from "../auth/account.server";
import { fieldErrors, signInCodeSchema } from "../auth/forms";
import { requireUser } from "../auth/session.server";
import { CodeForm, SecurityConcernPage, type SecurityFormResult } from "../components/account-security";
import { useT } from "../i18n/use-t";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "security.codes.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!user.twoStep.enabled) throw redirect("/account/security");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  if (!user.twoStep.enabled) throw redirect("/account/security");
  const form = await readForm(request, 8192);
  if (!form) return data<SecurityFormResult>({ errors: { form: "errors.tooLarge" } }, { status: 413 });
  const checked = signInCodeSchema.safeParse({ code: formToObject(form).code });
  if (!checked.success) return data<SecurityFormResult>({ errors: fieldErrors(checked.error) }, { status: 400 });
  const result = await newRecoveryCodes({ actor: { userId: user.id, email: user.email, ipAddress: getClientAddress(context) }, code: checked.data.code });
  if (result.status === "locked") return lockedReply(result);
  if (result.status === "invalid") return data<SecurityFormResult>({ errors: { code: "security.wrongCode" } }, { status: 400 });
  const cookie = await setRecoveryCodesFlash({ userId: user.id, codes: result.recoveryCodes, next: "/account/security" });
  return redirect("/account/recovery-codes", { headers: { "Set-Cookie": cookie } });
}

export default function NewRecoveryCodes() {
  const t = useT();
  const result = useActionData<typeof action>();
  return (
    <SecurityConcernPage>
      <section aria-labelledby="codes-heading">
        <h2 id="codes-heading">{t("security.codes.title")}</h2>
        <p>{t("security.codes.body")}</p>
        <CodeForm formName="codes" submitLabel={t("security.codes.submit")} result={result} />
      </section>
    </SecurityConcernPage>
  );
}
