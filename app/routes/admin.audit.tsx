import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "../components/link";
import { requirePlatformRole } from "../auth/guards.server";
import { formatDateTime } from "../i18n/translate";
import { useIsMessageKey, useLanguage, useT } from "../i18n/use-t";
import { auditPageSize, listAuditEventsForAdmin } from "../models/audit.server";
import { pageTitle } from "../utils/meta";
import { ScrollTable } from "../components/scroll-table";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.audit.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePlatformRole(request, "admin:audit");
  const before = Number(new URL(request.url).searchParams.get("before"));
  const events = listAuditEventsForAdmin({ beforeId: Number.isSafeInteger(before) && before > 0 ? before : undefined });
  return {
    events: events.map((e) => ({ ...e, at: e.at.toISOString() })),
    nextBefore: events.length === auditPageSize ? (events[events.length - 1]?.id ?? null) : null,
  };
}

export default function AdminAudit() {
  const t = useT();
  const language = useLanguage();
  const isMessageKey = useIsMessageKey();
  const { events, nextBefore } = useLoaderData<typeof loader>();
  return (
    <div className="page">
      <h1>{t("admin.audit.title")}</h1>
      <p className="lead">{t("admin.audit.lead")}</p>
      {events.length === 0 ? (
        <p>{t("admin.audit.empty")}</p>
      ) : (
        <ScrollTable caption={t("admin.audit.title")} captionId="audit-caption" hideCaption>
          <thead>
            <tr>
              <th scope="col">{t("admin.audit.when")}</th>
              <th scope="col">{t("admin.audit.what")}</th>
              <th scope="col">{t("admin.audit.who")}</th>
              <th scope="col">{t("admin.audit.organisation")}</th>
              <th scope="col">{t("admin.audit.target")}</th>
              <th scope="col">{t("admin.audit.address")}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => {
              const key = `audit.action.${e.action}`;
              return (
                <tr key={e.id}>
                  <td>{formatDateTime(language, e.at)}</td>
                  <td>
                    {isMessageKey(key) ? t(key) : e.action}
                    {e.details ? <span className="muted"> ({e.details})</span> : null}
                  </td>
                  <td>{e.actor ?? "—"}</td>
                  <td>{e.organisation ?? "—"}</td>
                  <td>{e.target ?? "—"}</td>
                  <td>{e.ipAddress ?? "—"}</td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
      {nextBefore ? (
        <p>
          <Link to={`/admin/audit?before=${nextBefore}`}>{t("admin.audit.older")}</Link>
        </p>
      ) : null}
    </div>
  );
}
