// The account security overview: two-step sign-in, password and devices, each form posting to the route
// of its own concern (account.security.*), which redirects back here with a notice.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "../components/link";
import { listSessionsForPage } from "../auth/account.server";
import { requireUser } from "../auth/session.server";
import { CodeForm, PasswordForm, SessionsSection } from "../components/account-security";
import type { MessageKey } from "../i18n/translate";
import { useT } from "../i18n/use-t";
import { countUnusedRecoveryCodes, mustUseTwoStep } from "../models/two-step.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "security.title");

const notices = {
  password: "security.notice.password",
  off: "security.notice.off",
  session: "security.notice.session",
  others: "security.notice.others",
  "recovery-used": "security.notice.recoveryUsed",
} as const satisfies Record<string, MessageKey>;

function isNotice(value: string | null): value is keyof typeof notices {
  return value !== null && Object.hasOwn(notices, value);
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const notice = new URL(request.url).searchParams.get("notice");
  return {
    email: user.email,
    twoStep: { enabled: user.twoStep.enabled, required: mustUseTwoStep(user.twoStep) },
    unusedRecoveryCodes: user.twoStep.enabled ? countUnusedRecoveryCodes({ userId: user.id }) : 0,
    sessions: listSessionsForPage({ userId: user.id, currentIdHash: user.sessionIdHash }),
    notice: isNotice(notice) ? notices[notice] : null,
  };
}

export default function AccountSecurity() {
  const t = useT();
  const { email, twoStep, unusedRecoveryCodes, sessions, notice } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t("security.title")}</h1>
      <p className="lead">{t("security.lead", { email })}</p>
      <p>
        <Link to="/account/mail">{t("accountMail.link")}</Link> · <Link to="/account/email">{t("accountEmail.link")}</Link>
      </p>
      <div role="status" aria-live="polite">
        {notice ? <p className="notice">{t(notice)}</p> : null}
      </div>

      <section aria-labelledby="two-step-heading">
        <h2 id="two-step-heading">{t("security.twoStep.title")}</h2>
        {twoStep.enabled ? (
          <>
            <p>
              <strong>{t("security.twoStep.on")}</strong> {t("security.twoStep.onBody")}
            </p>
            <p>{t("security.twoStep.codesLeft", { count: unusedRecoveryCodes })}</p>
            <h3>{t("security.codes.title")}</h3>
            <p>{t("security.codes.body")}</p>
            <CodeForm formName="codes" submitLabel={t("security.codes.submit")} />
            <h3>{twoStep.required ? t("security.off.titleRequired") : t("security.off.title")}</h3>
            <p>{twoStep.required ? t("security.off.bodyRequired") : t("security.off.body")}</p>
            <CodeForm formName="off" submitLabel={twoStep.required ? t("security.off.submitRequired") : t("security.off.submit")} danger />
          </>
        ) : (
          <>
            <p>
              <strong>{t("security.twoStep.off")}</strong> {t("security.twoStep.offBody")}
            </p>
            <p>
              <Link to="/account/two-step" className="button">
                {t("security.twoStep.turnOn")}
              </Link>
            </p>
          </>
        )}
      </section>

      <PasswordForm email={email} />

      <SessionsSection sessions={sessions} />
    </div>
  );
}
