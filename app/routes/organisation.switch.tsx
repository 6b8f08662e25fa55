import { data, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { requireUser } from "../auth/session.server";
import { setCurrentOrganisation } from "../models/sessions.server";
import { formToObject, readForm } from "../utils/http.server";

export function loader() {
  return redirect("/home");
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await readForm(request, 4096);
  const fields = form ? formToObject(form) : {};
  // Only an organisation the user belongs to can be chosen; anything else is ignored.
  const target = user.memberships.find((m) => m.organisationId === fields.organisationId);
  if (!target) throw data({ messageKey: "error.organisationSwitch.body" }, { status: 400 });
  setCurrentOrganisation({ sessionIdHash: user.sessionIdHash, organisationId: target.organisationId });
  // The page you were on belongs to the other organisation (it would 404 now), so land on the new home.
  return redirect("/home");
}
