import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useFetcher, useLoaderData, useSearchParams } from "@remix-run/react";
import { useSyncExternalStore } from "react";
import { fieldErrors } from "../auth/forms";
import { requireAssessment } from "../auth/guards.server";
import { can } from "../security/permissions";
import { useElectionLabel } from "../components/election";
import { useErrorText } from "../components/field";
import { SourceList } from "../components/source-list";
import { formatDate, translate, type Language } from "../i18n/translate";
import { getLanguage } from "../i18n/language.server";
import { useLanguage, useT } from "../i18n/use-t";
import { questionnaireFor } from "../questionnaire/current";
import { listMembers } from "../models/memberships.server";
import { getPlan, isThisWeek, planDateOf, updatePlanAction, updatePlanActions, type OwnerChoice, type TrackedAction } from "../models/plan.server";
import { addDays, isElectionPast, milestoneDates, milestoneSources, weekStartOf } from "../plan";
import { dutchToday } from "../plan/elections";
import { findQuestion, questionNumbers } from "../questionnaire/numbers";
import type { MeasureOwner } from "../questionnaire/schema";
import { measureOwners, milestones } from "../questionnaire/vocabulary";
import { bulkUpdateSchema, cleanOwnerName, planFilterSchema, updateActionSchema, type PlanFilter } from "../utils/plan-forms";
import { formatDateField } from "../utils/dates";
import { forbidden, formToObject, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "plan.title");

const filterKeys = ["owner", "status", "milestone", "critical"] as const;

/** Forms carry the page's filter back under this prefix, apart from their own "owner" and "status" fields. */
const returnPrefix = "return_";

function filterOf(params: URLSearchParams | FormData, prefix = ""): PlanFilter {
  // A file where a filter belongs is no filter (String() would make it "[object File]").
  const valueOf = (key: string) => {
    const value = params.get(`${prefix}${key}`);
    return typeof value === "string" ? value : "";
  };
  const raw = Object.fromEntries(filterKeys.map((key) => [key, valueOf(key)]));
  return planFilterSchema.parse(raw);
}

/** The filter as a query string, without empty values, for links and redirects. */
function filterSearch(filter: PlanFilter): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) if (filter[key]) params.set(key, filter[key]);
  return params.toString();
}

function anchorOf(key: string): string {
  return `action-${key.replace(/[^a-z0-9-]/g, "-")}`;
}

function ownerLabelOf({ action, language }: { action: TrackedAction; language: Language }): string {
  return action.ownerName ?? translate(language, `owner.${action.owner}`);
}

function matches({ action, filter }: { action: TrackedAction; filter: PlanFilter }): boolean {
  if (filter.owner && action.ownerKey !== filter.owner) return false;
  if (filter.status === "open" && action.status === "done") return false;
  if (filter.status === "late" && !action.late) return false;
  if ((filter.status === "todo" || filter.status === "in_progress" || filter.status === "done") && action.status !== filter.status) return false;
  if (filter.milestone && action.timeframe !== filter.milestone) return false;
  if (filter.critical === "1" && !action.critical) return false;
  return true;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { assessment, actor } = await requireAssessment(request, params, context, { needsElectionDate: true });
  const language = await getLanguage(request);
  const url = new URL(request.url);
  const filter = filterOf(url.searchParams);
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const numbers = questionNumbers({ questionnaire });
  const today = dutchToday();
  const plan = getPlan({ assessment, today });
  const mayManage = can(actor.role, "plan:manage-actions");
  const dates = milestoneDates({ electionDate: assessment.electionDate, today: planDateOf({ assessment, today }), nominationDate: assessment.nominationDate });
  const weekStart = weekStartOf({ date: today });
  const weekEnd = addDays({ date: weekStart, days: 6 });

  const owners = new Map<string, string>();
  for (const action of plan) owners.set(action.ownerKey, ownerLabelOf({ action, language }));

  const shown = plan.filter((action) => matches({ action, filter }));
  const rows = shown.map((action) => {
    const question = findQuestion({ questionnaire, questionId: action.questionId });
    const open = action.status !== "done";
    return {
      key: action.key,
      anchor: anchorOf(action.key),
      kind: action.kind,
      title: action.title[language],
      detail: action.detail[language],
      number: numbers.get(action.questionId) ?? "",
      question: question?.text[language] ?? "",
      why: question?.help.why[language] ?? "",
      sources: question?.sources ?? [],
      owner: action.owner,
      measureOwner: action.measureOwner,
      ownerUserId: action.ownerUserId,
      ownerName: action.ownerUserId ? null : action.ownerName,
      ownerLabel: ownerLabelOf({ action, language }),
      ownerRoleSet: action.owner !== action.measureOwner,
      effort: action.effort,
      timeframe: action.timeframe,
      startDate: action.startDate,
      dueDate: action.dueDate,
      late: action.late,
      critical: action.critical,
      quickWin: action.quickWin,
      status: action.status,
      replanned: action.replanned,
      beyondDeadline: action.beyondDeadline && action.status !== "done",
      thisWeek: open && !action.late && isThisWeek({ action, weekStart, weekEnd }),
    };
  });
  const thisWeek = rows
    .filter((row) => row.thisWeek)
    .sort((a, b) => a.ownerLabel.localeCompare(b.ownerLabel, language) || (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const late = rows.filter((row) => row.late);
  const rest = rows.filter((row) => !row.thisWeek && !row.late);
  const byDue = (a: { dueDate: string }, b: { dueDate: string }) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0);
  const saved = url.searchParams.get("saved");
  return {
    assessment: { id: assessment.id, status: assessment.status, electionType: assessment.electionType, electionDate: assessment.electionDate },
    mayManage,
    mayDownload: can(actor.role, "plan:download"),
    members: mayManage ? listMembers({ organisationId: actor.organisationId }).map((m) => ({ userId: m.userId, name: m.name })) : [],
    filter,
    filterSearch: filterSearch(filter),
    owners: [...owners].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, language)),
    electionPast: isElectionPast({ electionDate: assessment.electionDate, today }),
    replanned: plan.filter((action) => action.replanned && action.status !== "done").length,
    week: { start: weekStart, end: weekEnd },
    total: plan.length,
    done: plan.filter((a) => a.status === "done").length,
    shownCount: rows.length,
    saved: saved === "bulk" ? { bulk: Number(url.searchParams.get("count")) || 0 } : saved ? { key: saved } : null,
    thisWeek,
    late: late.sort(byDue),
    byMilestone: milestones
      .map((id) => ({
        id,
        date: dates[id],
        source: { text: milestoneSources[id][language], url: milestoneSources[id].url ?? null },
        rows: rest.filter((row) => row.timeframe === id).sort(byDue),
      }))
      .filter((group) => group.rows.length > 0),
  };
}

/** "" keeps the measure's role; the rest as the owner field describes (see plan-forms). */
function ownerChoiceOf({ owner, ownerName }: { owner: string; ownerName: string }): OwnerChoice {
  if (owner.startsWith("user:")) return { userId: owner.slice(5) };
  if (owner.startsWith("role:")) {
    const role = measureOwners.find((candidate) => `role:${candidate}` === owner);
    return role ? { role } : null;
  }
  if (owner === "other") return { name: cleanOwnerName({ name: ownerName }) };
  return null;
}

type ActionResult = { actionKey: string; errors: Partial<Record<string, string>>; saved: boolean; count: number };

function refused({ actionKey, errors, status }: { actionKey: string; errors: Partial<Record<string, string>>; status: number }) {
  const body: ActionResult = { actionKey, errors, saved: false, count: 0 };
  return data(body, { status });
}

function savedResult({ actionKey, count }: { actionKey: string; count: number }): ActionResult {
  return { actionKey, errors: {}, saved: true, count };
}

const errorStatus = { forbidden: 403, unknown_action: 400, not_a_member: 400, owner_name: 400 } as const;

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { assessment, actor } = await requireAssessment(request, params, context, { needsElectionDate: true });
  if (!can(actor.role, "plan:manage-actions")) throw forbidden();
  const form = await readForm(request, 64 * 1024);
  if (!form) return refused({ actionKey: "", errors: { form: "plan.error.tooLarge" }, status: 400 });
  const back = filterSearch(filterOf(form, returnPrefix));
  const viaFetcher = form.get("via") === "fetcher";
  const fields = formToObject(form);
  const target = (extra: string, anchor: string) => `/assessments/${assessment.id}/plan?${[back, extra].filter(Boolean).join("&")}#${anchor}`;

  if (fields.intent === "bulk") {
    const parsed = bulkUpdateSchema.safeParse({ ...fields, actionKeys: form.getAll("actionKeys").map(String) });
    if (!parsed.success) return refused({ actionKey: "bulk", errors: fieldErrors(parsed.error), status: 400 });
    const input = parsed.data;
    const result = updatePlanActions({
      actor,
      assessment,
      actionKeys: input.actionKeys,
      owner: input.owner === "keep" ? undefined : ownerChoiceOf({ owner: input.owner, ownerName: input.ownerName }),
      status: input.status === "keep" ? undefined : input.status,
    });
    if (!result.ok) return refused({ actionKey: "bulk", errors: { form: `plan.error.${result.error}` }, status: errorStatus[result.error] });
    if (viaFetcher) return savedResult({ actionKey: "bulk", count: result.count });
    return redirect(target(`saved=bulk&count=${result.count}`, "bulk"));
  }

  const parsed = updateActionSchema.safeParse(fields);
  const actionKey = (fields.actionKey ?? "").slice(0, 200);
  if (!parsed.success) return refused({ actionKey, errors: fieldErrors(parsed.error), status: 400 });
  const input = parsed.data;
  const result = updatePlanAction({
    actor,
    assessment,
    actionKey: input.actionKey,
    owner: ownerChoiceOf({ owner: input.owner, ownerName: input.ownerName }),
    dueDate: input.dueDate || null,
    status: input.status,
  });
  if (!result.ok) return refused({ actionKey, errors: { form: `plan.error.${result.error}` }, status: errorStatus[result.error] });
  if (viaFetcher) return savedResult({ actionKey, count: 1 });
  return redirect(target(`saved=${encodeURIComponent(input.actionKey)}`, anchorOf(input.actionKey)));
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;
type Row = LoaderData["thisWeek"][number];
type Member = LoaderData["members"][number];

/** True once React runs in the browser: forms then go through a fetcher and say so, so the server answers with data. */
function useHydrated(): boolean {
  // The server's snapshot says false, the browser's true: React renders false while hydrating, then true.
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

function subscribeToNothing(): () => void {
  return () => {};
}

function FilterFields() {
  const { filter } = useLoaderData<typeof loader>();
  return <>{filterKeys.map((key) => (filter[key] ? <input key={key} type="hidden" name={`${returnPrefix}${key}`} value={filter[key]} /> : null))}</>;
}

function OwnerOptions({ members, measureOwner }: { members: Member[]; measureOwner?: MeasureOwner }) {
  const t = useT();
  return (
    <>
      {measureOwner ? <option value="">{t("plan.ownerDefault", { role: t(`owner.${measureOwner}`) })}</option> : null}
      <optgroup label={t("plan.ownerRoles")}>
        {measureOwners
          .filter((role) => role !== measureOwner)
          .map((role) => (
            <option key={role} value={`role:${role}`}>
              {t(`owner.${role}`)}
            </option>
          ))}
      </optgroup>
      {members.length ? (
        <optgroup label={t("plan.ownerMembers")}>
          {members.map((m) => (
            <option key={m.userId} value={`user:${m.userId}`}>
              {m.name}
            </option>
          ))}
        </optgroup>
      ) : null}
      <option value="other">{t("plan.ownerOther")}</option>
    </>
  );
}

function ActionForm({ row, members }: { row: Row; members: Member[] }) {
  const t = useT();
  const errorText = useErrorText();
  // Keyed, so the result survives the row moving to another table (saving can make an action no longer late).
  const fetcher = useFetcher<typeof action>({ key: fetcherKeyOf(row.key) });
  const hydrated = useHydrated();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const id = row.anchor;
  const result = fetcher.data ?? (actionData?.actionKey === row.key ? actionData : undefined);
  const errors: Partial<Record<string, string>> = result && !result.saved ? result.errors : {};
  const savedHere = fetcher.state === "idle" && (fetcher.data?.saved || (!fetcher.data && params.get("saved") === row.key));
  const ownerValue = row.ownerUserId ? `user:${row.ownerUserId}` : row.ownerName ? "other" : row.ownerRoleSet ? `role:${row.owner}` : "";
  return (
    <fetcher.Form method="post" className="action-form" preventScrollReset>
      <input type="hidden" name="actionKey" value={row.key} />
      {hydrated ? <input type="hidden" name="via" value="fetcher" /> : null}
      <FilterFields />
      {errors.form ? (
        <p className="field-error" role="alert">
          {errorText(errors.form)}
        </p>
      ) : null}
      <div className="action-fields">
        <div className="field">
          <label htmlFor={`owner-${id}`}>{t("plan.owner")}</label>
          <select id={`owner-${id}`} name="owner" defaultValue={ownerValue}>
            <OwnerOptions members={members} measureOwner={row.measureOwner} />
          </select>
        </div>
        <div className={errors.ownerName ? "field field-invalid" : "field"}>
          <label htmlFor={`ownerName-${id}`}>{t("plan.ownerName")}</label>
          {errors.ownerName ? (
            <p className="field-error" id={`ownerName-${id}-error`}>
              {errorText(errors.ownerName)}
            </p>
          ) : null}
          <input
            id={`ownerName-${id}`}
            name="ownerName"
            maxLength={120}
            autoComplete="off"
            defaultValue={row.ownerName ?? ""}
            aria-invalid={errors.ownerName ? true : undefined}
            aria-describedby={errors.ownerName ? `ownerName-${id}-error` : undefined}
          />
        </div>
        <div className={errors.dueDate ? "field field-invalid" : "field"}>
          <label htmlFor={`due-${id}`}>{t("plan.dueDate")}</label>
          <p className="hint" id={`due-${id}-hint`}>
            {t("plan.dueDateHint")}
          </p>
          {errors.dueDate ? (
            <p className="field-error" id={`due-${id}-error`}>
              {errorText(errors.dueDate)}
            </p>
          ) : null}
          <input
            id={`due-${id}`}
            name="dueDate"
            type="text"
            autoComplete="off"
            maxLength={40}
            defaultValue={formatDateField(row.dueDate)}
            aria-invalid={errors.dueDate ? true : undefined}
            aria-describedby={errors.dueDate ? `due-${id}-hint due-${id}-error` : `due-${id}-hint`}
          />
        </div>
        <div className="field">
          <label htmlFor={`status-${id}`}>{t("plan.status")}</label>
          <select id={`status-${id}`} name="status" defaultValue={row.status}>
            {(["todo", "in_progress", "done"] as const).map((status) => (
              <option key={status} value={status}>
                {t(`plan.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="button-secondary" disabled={fetcher.state !== "idle"}>
        {t("plan.save")}
        <span className="visually-hidden"> {row.title}</span>
      </button>
      <span role="status" className="saved-note">
        {savedHere ? t("plan.savedHere") : ""}
      </span>
    </fetcher.Form>
  );
}

function fetcherKeyOf(key: string): string {
  return `plan-action-${key}`;
}

/** "Opgeslagen" next to the action's title: after a save without JavaScript (from the address) or with it. */
function SavedMark({ row }: { row: Row }) {
  const t = useT();
  const { saved } = useLoaderData<typeof loader>();
  const fetcher = useFetcher<typeof action>({ key: fetcherKeyOf(row.key) });
  const viaFetcher = fetcher.state === "idle" && fetcher.data?.saved === true;
  const fromAddress = !fetcher.data && saved !== null && "key" in saved && saved.key === row.key;
  if (!viaFetcher && !fromAddress) return null;
  return <strong className="saved-mark"> {t("plan.savedHere")}</strong>;
}

function PlanTable({ rows, caption, id }: { rows: Row[]; caption: string; id: string }) {
  const t = useT();
  const language = useLanguage();
  const { mayManage, members } = useLoaderData<typeof loader>();
  const date = (value: string) => formatDate(language, `${value}T12:00:00Z`);
  return (
    <div className="table-region table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className="plan-table">
        <caption id={`${id}-caption`}>{caption}</caption>
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
              <td data-label={t("plan.start")}>{date(row.startDate)}</td>
              <td data-label={t("plan.dueDate")}>
                {date(row.dueDate)}
                {row.late ? <strong className="late"> {t("plan.late")}</strong> : null}
              </td>
              <td data-label={t("plan.status")}>{t(`plan.status.${row.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Filters() {
  const t = useT();
  const { filter, owners, assessment } = useLoaderData<typeof loader>();
  return (
    <Form method="get" className="plan-filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading" className="h-small">
        {t("plan.filters")}
      </h2>
      <div className="action-fields">
        <div className="field">
          <label htmlFor="filter-owner">{t("plan.owner")}</label>
          <select id="filter-owner" name="owner" defaultValue={filter.owner}>
            <option value="">{t("plan.filterAll")}</option>
            {owners.map((owner) => (
              <option key={owner.value} value={owner.value}>
                {owner.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t("plan.status")}</label>
          <select id="filter-status" name="status" defaultValue={filter.status}>
            <option value="">{t("plan.filterAll")}</option>
            <option value="open">{t("plan.status.open")}</option>
            <option value="late">{t("plan.status.late")}</option>
            {(["todo", "in_progress", "done"] as const).map((status) => (
              <option key={status} value={status}>
                {t(`plan.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-milestone">{t("plan.milestone")}</label>
          <select id="filter-milestone" name="milestone" defaultValue={filter.milestone}>
            <option value="">{t("plan.filterAll")}</option>
            {milestones.map((milestone) => (
              <option key={milestone} value={milestone}>
                {t(`milestone.${milestone}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-checkbox">
          <input type="checkbox" id="filter-critical" name="critical" value="1" defaultChecked={filter.critical === "1"} />
          <label htmlFor="filter-critical">{t("plan.filterCritical")}</label>
        </div>
      </div>
      <button type="submit" className="button-secondary">
        {t("plan.filter")}
      </button>{" "}
      <Link to={`/assessments/${assessment.id}/plan`}>{t("plan.filterReset")}</Link>
    </Form>
  );
}

function BulkForm() {
  const t = useT();
  const errorText = useErrorText();
  const { members, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const fetcher = useFetcher<typeof action>();
  const hydrated = useHydrated();
  const result = fetcher.data ?? (actionData?.actionKey === "bulk" ? actionData : undefined);
  const errors: Partial<Record<string, string>> = result && !result.saved ? result.errors : {};
  const count: number | null =
    fetcher.state === "idle" && fetcher.data?.saved ? fetcher.data.count : !fetcher.data && saved && "bulk" in saved ? (saved.bulk ?? 0) : null;
  return (
    <fetcher.Form method="post" id="bulk" className="bulk-form" aria-labelledby="bulk-heading">
      <h2 id="bulk-heading" className="h-small">
        {t("plan.bulk")}
      </h2>
      <p className="muted">{t("plan.bulkHint")}</p>
      <input type="hidden" name="intent" value="bulk" />
      {hydrated ? <input type="hidden" name="via" value="fetcher" /> : null}
      <FilterFields />
      {errors.form || errors.actionKeys || errors.owner || errors.status ? (
        <p className="field-error" role="alert">
          {errorText(errors.form ?? errors.actionKeys ?? errors.owner ?? errors.status)}
        </p>
      ) : null}
      <div className="action-fields">
        <div className="field">
          <label htmlFor="bulk-owner">{t("plan.owner")}</label>
          <select id="bulk-owner" name="owner" defaultValue="keep">
            <option value="keep">{t("plan.keep")}</option>
            <option value="">{t("plan.ownerBack")}</option>
            <OwnerOptions members={members} />
          </select>
        </div>
        <div className={errors.ownerName ? "field field-invalid" : "field"}>
          <label htmlFor="bulk-ownerName">{t("plan.ownerName")}</label>
          {errors.ownerName ? (
            <p className="field-error" id="bulk-ownerName-error">
              {errorText(errors.ownerName)}
            </p>
          ) : null}
          <input
            id="bulk-ownerName"
            name="ownerName"
            maxLength={120}
            autoComplete="off"
            aria-invalid={errors.ownerName ? true : undefined}
            aria-describedby={errors.ownerName ? "bulk-ownerName-error" : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor="bulk-status">{t("plan.status")}</label>
          <select id="bulk-status" name="status" defaultValue="keep">
            <option value="keep">{t("plan.keep")}</option>
            {(["todo", "in_progress", "done"] as const).map((status) => (
              <option key={status} value={status}>
                {t(`plan.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className="button-secondary" disabled={fetcher.state !== "idle"}>
        {t("plan.bulkSave")}
      </button>
      <span role="status" className="saved-note">
        {count !== null ? t("plan.bulkSaved", { count }) : ""}
      </span>
    </fetcher.Form>
  );
}

export default function PlanPage() {
  const t = useT();
  const language = useLanguage();
  const electionLabel = useElectionLabel();
  const loaded = useLoaderData<typeof loader>();
  const {
    assessment,
    thisWeek,
    late,
    byMilestone,
    total,
    done,
    mayManage,
    mayDownload,
    electionPast,
    replanned,
    week,
    shownCount,
    filterSearch: search,
  } = loaded;
  const actionData = useActionData<typeof action>();
  const date = (value: string) => formatDate(language, `${value}T12:00:00Z`);
  // A refusal for an action this page does not show (an unknown key, or a form sent by hand) has no row to
  // stand next to: say it at the top, with the first problem found.
  const orphanError =
    actionData &&
    !actionData.saved &&
    actionData.actionKey !== "bulk" &&
    ![...thisWeek, ...late, ...byMilestone.flatMap((g) => g.rows)].some((row) => row.key === actionData.actionKey)
      ? (actionData.errors.form ?? Object.values(actionData.errors).find((message) => message !== undefined) ?? "plan.error.unknown_action")
      : null;
  const errorText = useErrorText();
  return (
    <div className="page plan-page">
      <p>
        <Link to={`/assessments/${assessment.id}`}>{t("domain.backToOverview")}</Link> ·{" "}
        <Link to={`/assessments/${assessment.id}/results`}>{t("results.title")}</Link>
      </p>
      <h1>{t("plan.title")}</h1>
      <p className="lead">{electionLabel(assessment.electionType, assessment.electionDate)}</p>
      {assessment.status === "draft" ? <p className="notice notice-info">{t("plan.draft")}</p> : null}
      {electionPast ? (
        <p className="notice notice-warning">{t("plan.electionPast")}</p>
      ) : replanned > 0 ? (
        <p className="notice notice-info">{t("plan.replanned", { count: replanned })}</p>
      ) : null}
      {orphanError ? (
        <p className="field-error" role="alert">
          {errorText(orphanError)}
        </p>
      ) : null}
      <div className="progress">
        <label htmlFor="plan-progress">{t("plan.progress", { done, total })}</label>
        <progress id="plan-progress" max={total || 1} value={done} />
      </div>
      {mayDownload ? (
        <div className="actions plan-downloads">
          <form method="get" action={`/assessments/${assessment.id}/plan.pdf`} className="inline-form">
            <button type="submit" className="button-secondary">
              {t("plan.downloadPdf")}
            </button>
            <span className="field-checkbox">
              <input type="checkbox" id="pdf-notes" name="notes" value="1" />
              <label htmlFor="pdf-notes">{t("plan.pdfNotes")}</label>
            </span>
          </form>
          <a href={`/assessments/${assessment.id}/plan.ics`}>{t("plan.downloadIcs")}</a>
        </div>
      ) : null}
      {total === 0 ? <p>{t("plan.empty")}</p> : null}
      {total > 0 ? <Filters /> : null}
      {total > 0 && shownCount === 0 ? <p>{t("plan.noneMatch")}</p> : null}
      {mayManage && shownCount > 0 ? <BulkForm /> : null}

      {thisWeek.length > 0 ? (
        <section aria-labelledby="this-week">
          <h2 id="this-week">{t("plan.thisWeek", { start: date(week.start), end: date(week.end) })}</h2>
          {[...new Set(thisWeek.map((row) => row.ownerLabel))].map((owner, index) => (
            <PlanTable
              key={owner}
              id={`week-${index}`}
              caption={t("plan.thisWeekOwner", { owner })}
              rows={thisWeek.filter((row) => row.ownerLabel === owner)}
            />
          ))}
        </section>
      ) : null}
      {late.length > 0 ? (
        <section aria-labelledby="late">
          <h2 id="late">{t("plan.lateHeading", { count: late.length })}</h2>
          <PlanTable id="late-table" caption={t("plan.lateCaption")} rows={late} />
        </section>
      ) : null}
      {byMilestone.map((group) => (
        <section key={group.id} aria-labelledby={`m-${group.id}`}>
          <h2 id={`m-${group.id}`}>
            {t(`milestone.${group.id}`)} <span className="muted">({date(group.date)})</span>
          </h2>
          <p className="muted milestone-source">{group.source.url ? <a href={group.source.url}>{group.source.text}</a> : group.source.text}</p>
          <PlanTable id={`table-${group.id}`} caption={t("plan.milestoneCaption", { milestone: t(`milestone.${group.id}`) })} rows={group.rows} />
        </section>
      ))}
      {search ? (
        <p>
          <Link to={`/assessments/${assessment.id}/plan`}>{t("plan.filterReset")}</Link>
        </p>
      ) : null}
    </div>
  );
}
