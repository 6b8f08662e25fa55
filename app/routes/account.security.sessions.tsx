// The devices where one is signed in: end one of them, or all but this one (audit-logged by the model).
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { listSessionsForPage } from "../auth/account.server";
import { requireUser } from "../auth/session.server";
import { SecurityConcernPage, SessionsSection, type SecurityFormResult } from "../components/account-security";
import { endOtherSessions, endSessionByHandle } from "../models/sessions.server";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "security.sessions.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { sessions: listSessionsForPage({ userId: user.id, currentIdHash: user.sessionIdHash }) };
}

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("end-session"), handle: z.string().regex(/^[0-9a-f]{32}$/) }),
  z.object({ intent: z.literal("end-other-sessions") }),
]);

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request, 8192);
  if (!form) return data<SecurityFormResult>({ errors: { form: "errors.tooLarge" } }, { status: 413 });
  const parsed = actionSchema.safeParse(formToObject(form));
  if (!parsed.success) return data<SecurityFormResult>({ errors: { form: "errors.badForm" } }, { status: 400 });
  const ipAddress = getClientAddress(context);
  if (parsed.data.intent === "end-other-sessions") {
    endOtherSessions({ userId: user.id, keepIdHash: user.sessionIdHash, ipAddress });
    return redirect("/account/security?notice=others");
  }
  // This device is ended with "Sign out"; another user's session is simply not found.
  if (!endSessionByHandle({ userId: user.id, currentIdHash: user.sessionIdHash, handle: parsed.data.handle, ipAddress })) {
    return data<SecurityFormResult>({ errors: { form: "security.sessions.notFound" } }, { status: 404 });
  }
  return redirect("/account/security?notice=session");
}

export default function Sessions() {
  const { sessions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <SecurityConcernPage>
      <SessionsSection sessions={sessions} result={result} />
    </SecurityConcernPage>
  );
}
