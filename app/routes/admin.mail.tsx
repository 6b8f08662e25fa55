import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requirePlatformRole } from "../auth/guards.server";
import { formatDateTime } from "../i18n/translate";
import { useLanguage, useT } from "../i18n/use-t";
import { getOutboxHealth } from "../models/outbox.server";
import { pageTitle } from "../utils/meta";
import { ScrollTable } from "../components/scroll-table";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "adminMail.title");

// The operator's view of mail: counts and errors only, never what a message said or to whom.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformRole(request, "admin:audit");
  const health = getOutboxHealth();
  return {
    waiting: health.waiting,
    retrying: health.retrying,
    failed: health.failed,
    oldestWaitingSince: health.oldestWaitingSince?.toISOString() ?? null,
    lastSentAt: health.lastSentAt?.toISOString() ?? null,
    problems: health.problems.map((p) => ({ ...p, createdAt: p.createdAt.toISOString(), nextAttemptAt: p.nextAttemptAt.toISOString() })),
  };
}

export default function AdminMail() {
  const t = useT();
  const language = useLanguage();
  const health = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t("adminMail.title")}</h1>
      <p className="lead">{t("adminMail.lead")}</p>
      <dl className="mail-counts">
        <dt>{t("adminMail.waiting")}</dt>
        <dd>{health.waiting}</dd>
        <dt>{t("adminMail.retrying")}</dt>
        <dd>{health.retrying}</dd>
        <dt>{t("adminMail.failed")}</dt>
        <dd>{health.failed}</dd>
        <dt>{t("adminMail.oldestWaiting")}</dt>
        <dd>{health.oldestWaitingSince ? formatDateTime(language, health.oldestWaitingSince) : "—"}</dd>
        <dt>{t("adminMail.lastSent")}</dt>
        <dd>{health.lastSentAt ? formatDateTime(language, health.lastSentAt) : "—"}</dd>
      </dl>
      <h2 id="problems-heading">{t("adminMail.problems")}</h2>
      {health.problems.length === 0 ? (
        <p>{t("adminMail.noProblems")}</p>
      ) : (
        <ScrollTable className="table mail-errors" labelledBy="problems-heading">
          <thead>
            <tr>
              <th scope="col">{t("adminMail.created")}</th>
              <th scope="col">{t("adminMail.kind")}</th>
              <th scope="col">{t("adminMail.status")}</th>
              <th scope="col">{t("adminMail.attempts")}</th>
              <th scope="col">{t("adminMail.nextAttempt")}</th>
              <th scope="col">{t("adminMail.lastError")}</th>
            </tr>
          </thead>
          <tbody>
            {health.problems.map((p, index) => (
              <tr key={`${p.createdAt}-${index}`}>
                <td>{formatDateTime(language, p.createdAt)}</td>
                <td>{p.kind}</td>
                <td>{p.status === "failed" ? t("adminMail.statusFailed") : t("adminMail.statusRetrying")}</td>
                <td>{p.attempts}</td>
                <td>{p.status === "failed" ? "—" : formatDateTime(language, p.nextAttemptAt)}</td>
                <td>{p.lastError ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
    </div>
  );
}
