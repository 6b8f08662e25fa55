import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "../components/link";
import { clearRecoveryCodesFlash, takeRecoveryCodesFlash } from "../auth/account.server";
import { requireUser } from "../auth/session.server";
import { useT } from "../i18n/use-t";
import { pageTitle } from "../utils/meta";
import { safeRedirectTarget } from "../utils/redirect";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "recoveryCodes.title");

// Shown once: the codes arrive in a short-lived cookie from the form that made them, which this page clears.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const flash = await takeRecoveryCodesFlash({ request, userId: user.id });
  if (!flash) throw redirect("/account/security");
  return data(
    { codes: flash.codes, next: safeRedirectTarget({ target: flash.next, fallback: "/account/security" }) },
    { headers: { "Set-Cookie": await clearRecoveryCodesFlash(), "Cache-Control": "no-store" } },
  );
}

export default function RecoveryCodes() {
  const t = useT();
  const { codes, next } = useLoaderData<typeof loader>();
  return (
    <div className="page narrow">
      <h1>{t("recoveryCodes.title")}</h1>
      <p className="notice" role="status">
        {t("recoveryCodes.done")}
      </p>
      <p>{t("recoveryCodes.intro", { count: codes.length })}</p>
      <ul className="plain-list" aria-label={t("recoveryCodes.listLabel")}>
        {codes.map((code) => (
          <li key={code}>
            <code translate="no">{code}</code>
          </li>
        ))}
      </ul>
      <p>{t("recoveryCodes.once")}</p>
      <p>
        <Link to={next} className="button">
          {t("recoveryCodes.continue")}
        </Link>
      </p>
    </div>
  );
}
