// Changing one's password: the current one is checked under the sign-in lock-out; every other session ends.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { changePassword, lockedReply } from "../auth/account.server";
import { changePasswordSchema, fieldErrors } from "../auth/forms";
import { createUserSession, requireUser } from "../auth/session.server";
import { PasswordForm, SecurityConcernPage, type SecurityFormResult } from "../components/account-security";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "security.password.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { email: user.email };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request, 8192);
  if (!form) return data<SecurityFormResult>({ errors: { form: "errors.tooLarge" } }, { status: 413 });
  const checked = changePasswordSchema.safeParse({ ...formToObject(form), email: user.email });
  if (!checked.success) return data<SecurityFormResult>({ errors: fieldErrors(checked.error) }, { status: 400 });
  const ipAddress = getClientAddress(context);
  const result = await changePassword({
    actor: { userId: user.id, email: user.email, ipAddress },
    currentPassword: checked.data.currentPassword,
    newPassword: checked.data.password,
    keepSessionIdHash: user.sessionIdHash,
  });
  if (result.status === "locked") return lockedReply(result);
  if (result.status === "invalid") return data<SecurityFormResult>({ errors: { currentPassword: "security.password.wrongCurrent" } }, { status: 400 });
  // The other sessions are gone; this one continues under a new id.
  const cookie = await createUserSession({ request, userId: user.id, ipAddress, organisationId: user.current?.organisationId ?? null });
  return redirect("/account/security?notice=password", { headers: { "Set-Cookie": cookie } });
}

export default function ChangePassword() {
  const { email } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <SecurityConcernPage>
      <PasswordForm email={email} result={result} />
    </SecurityConcernPage>
  );
}
