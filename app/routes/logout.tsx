import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { destroyUserSession } from "../auth/session.server";
import { getClientAddress } from "../utils/http.server";

// Sign-out is POST only; a GET (e.g. a prefetched or forged link) just goes home.
export function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  return redirect("/", { headers: { "Set-Cookie": await destroyUserSession({ request, ipAddress: getClientAddress(context) }) } });
}
