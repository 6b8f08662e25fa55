// One table of actions (this week per owner, late, or one milestone): each row with its details and, for
// who may manage the plan, its own form and a checkbox for the form that changes several at once.
import { useFetcher, useLoaderData } from "@remix-run/react";
import { ScrollTable } from "../../components/scroll-table";
import { SourceList } from "../../components/source-list";
import { useT } from "../../i18n/use-t";
import { ActionForm } from "./action-form";
import { fetcherKeyOf } from "./filter";
import { useDayText, type Row } from "./page-state";
import type { PlanFormReply, PlanPageView } from "./view.server";

/** "Opgeslagen" next to the action's title: after a save without JavaScript (from the address) or with it. */
function SavedMark({ row }: { row: Row }) {
  const t = useT();
  const { saved } = useLoaderData<() => PlanPageView>();
  const fetcher = useFetcher<() => PlanFormReply>({ key: fetcherKeyOf(row.key) });
  const viaFetcher = fetcher.state === "idle" && fetcher.data?.saved === true;
  const fromAddress = !fetcher.data && saved !== null && "key" in saved && saved.key === row.key;
  if (!viaFetcher && !fromAddress) return null;
  return <strong className="saved-mark"> {t("plan.savedHere")}</strong>;
}

export function PlanTable({ rows, caption, id }: { rows: Row[]; caption: string; id: string }) {
  const t = useT();
  const day = useDayText();
  const { mayManage, members } = useLoaderData<() => PlanPageView>();
  return (
    <ScrollTable className="plan-table" caption={caption} captionId={`${id}-caption`}>
      <thead>
        <tr>
          {mayManage ? (
            <th scope="col">
              <span className="visually-hidden">{t("plan.select")}</span>
            </th>
          ) : null}
          <th scope="col">{t("plan.action")}</th>
          <th scope="col">{t("plan.owner")}</th>
          <th scope="col">{t("plan.start")}</th>
          <th scope="col">{t("plan.dueDate")}</th>
          <th scope="col">{t("plan.status")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} id={row.anchor} className={`status-${row.status}`}>
            {mayManage ? (
              <td className="cell-select">
                <input
                  type="checkbox"
                  name="actionKeys"
                  value={row.key}
                  form="bulk"
                  id={`select-${row.anchor}`}
                  aria-label={t("plan.selectAction", { title: row.title })}
                />
              </td>
            ) : null}
            <td className="cell-action" data-label={t("plan.action")}>
              <span className="action-title">{row.title}</span>
              {row.critical ? <span className="badge badge-critical">{t("results.criticalBadge")}</span> : null}
              {row.quickWin ? <span className="badge badge-quick">{t("plan.quickWin")}</span> : null}
              <SavedMark row={row} />
              <details className="action-details">
                <summary>
                  {t("plan.details")}
                  <span className="visually-hidden"> {row.title}</span>
                </summary>
                <p>{row.detail}</p>
                <p>
                  <strong>
                    {t("plan.question")} {row.number}:
                  </strong>{" "}
                  {row.question}
                </p>
                <p>{row.why}</p>
                <p className="muted">
                  {t("plan.effort")}: {t(`effort.${row.effort}`)} · {t(`milestone.${row.timeframe}`)}
                  {row.replanned ? ` · ${t("plan.replannedOne")}` : ""}
                  {row.beyondDeadline ? ` · ${t("plan.beyondDeadline")}` : ""}
                </p>
                <SourceList sources={row.sources} />
                {mayManage ? <ActionForm row={row} members={members} /> : null}
              </details>
            </td>
            <td data-label={t("plan.owner")}>{row.ownerLabel}</td>
            <td data-label={t("plan.start")}>{day(row.startDate)}</td>
            <td data-label={t("plan.dueDate")}>
              {day(row.dueDate)}
              {row.late ? <strong className="late"> {t("plan.late")}</strong> : null}
            </td>
            <td data-label={t("plan.status")}>{t(`plan.status.${row.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
