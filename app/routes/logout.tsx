import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { destroyUserSession, getSessionUser } from "../auth/session.server";
import { recordAuditEvent } from "../models/audit.server";
import { getClientAddress } from "../utils/http.server";

// Sign-out is POST only; a GET (e.g. a prefetched or forged link) just goes home.
export function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await getSessionUser(request);
  if (user) recordAuditEvent({ action: "sign_out", actorUserId: user.id, ipAddress: getClientAddress(context) });
  return redirect("/", { headers: { "Set-Cookie": await destroyUserSession(request) } });
}
