// The plan page's view model: what the loader hands the page (the actions filtered, then grouped into this
// week, late and by milestone), and what its action does with a posted form: one action, or several at once.
// Each change goes to one model function, which also writes the audit event.
import { fieldErrors } from "../../auth/forms";
import { translate, type Language } from "../../i18n/translate";
import type { Actor, AssessmentRow } from "../../models/assessments.server";
import { listMembers } from "../../models/memberships.server";
import { getPlan, isThisWeek, planDateOf, updatePlanAction, updatePlanActions, type OwnerChoice, type TrackedAction } from "../../models/plan.server";
import { addDays, isElectionPast, milestoneDates, milestoneSources, weekStartOf } from "../../plan";
import { dutchToday } from "../../plan/elections";
import { questionnaireFor } from "../../questionnaire/current";
import { findQuestion, questionNumbers } from "../../questionnaire/numbers";
import { measureOwners, milestones } from "../../questionnaire/vocabulary";
import { can } from "../../security/permissions";
import { formToObject } from "../../utils/http.server";
import { bulkUpdateSchema, cleanOwnerName, planFilterSchema, updateActionSchema, type PlanFilter } from "../../utils/plan-forms";
import { anchorOf, filterKeys, returnPrefix } from "./filter";

/** The filter from the address, or (with `prefix`) as a form carried it back. */
export function filterOf({ params, prefix = "" }: { params: URLSearchParams | FormData; prefix?: string }): PlanFilter {
  // A file where a filter belongs is no filter (String() would make it "[object File]").
  const valueOf = (key: string) => {
    const value = params.get(`${prefix}${key}`);
    return typeof value === "string" ? value : "";
  };
  return planFilterSchema.parse(Object.fromEntries(filterKeys.map((key) => [key, valueOf(key)])));
}

/** The filter as a query string, without empty values, for links and redirects. */
function filterSearchOf(filter: PlanFilter): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) if (filter[key]) params.set(key, filter[key]);
  return params.toString();
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

function byDue(a: { dueDate: string }, b: { dueDate: string }): number {
  return a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0;
}

/** Everything the plan page shows, for this member, in this language, with the filter and the confirmation of the address. */
export function planPageView({
  actor,
  assessment,
  language,
  searchParams,
  today = dutchToday(),
}: {
  actor: Actor;
  assessment: AssessmentRow;
  language: Language;
  searchParams: URLSearchParams;
  today?: string;
}) {
  const filter = filterOf({ params: searchParams });
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const numbers = questionNumbers({ questionnaire });
  const plan = getPlan({ assessment, today });
  const mayManage = can(actor.role, "plan:manage-actions");
  const dates = milestoneDates({ electionDate: assessment.electionDate, today: planDateOf({ assessment, today }), nominationDate: assessment.nominationDate });
  const weekStart = weekStartOf({ date: today });
  const weekEnd = addDays({ date: weekStart, days: 6 });

  const owners = new Map<string, string>();
  for (const action of plan) owners.set(action.ownerKey, ownerLabelOf({ action, language }));

  const rows = plan
    .filter((action) => matches({ action, filter }))
    .map((action) => {
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
  const thisWeek = rows.filter((row) => row.thisWeek).sort((a, b) => a.ownerLabel.localeCompare(b.ownerLabel, language) || byDue(a, b));
  const rest = rows.filter((row) => !row.thisWeek && !row.late);
  const saved = searchParams.get("saved");
  return {
    assessment: { id: assessment.id, status: assessment.status, electionType: assessment.electionType, electionDate: assessment.electionDate },
    mayManage,
    mayDownload: can(actor.role, "plan:download"),
    members: mayManage ? listMembers({ organisationId: actor.organisationId }).map((m) => ({ userId: m.userId, name: m.name })) : [],
    filter,
    filterSearch: filterSearchOf(filter),
    owners: [...owners].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, language)),
    electionPast: isElectionPast({ electionDate: assessment.electionDate, today }),
    replanned: plan.filter((action) => action.replanned && action.status !== "done").length,
    week: { start: weekStart, end: weekEnd },
    total: plan.length,
    done: plan.filter((a) => a.status === "done").length,
    shownCount: rows.length,
    saved: saved === "bulk" ? { bulk: Number(searchParams.get("count")) || 0 } : saved ? { key: saved } : null,
    thisWeek,
    late: rows.filter((row) => row.late).sort(byDue),
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

export type PlanPageView = ReturnType<typeof planPageView>;

/** What the action answers when it does not redirect: the action it is about ("bulk" for several), and its errors or count. */
export type PlanFormReply = { actionKey: string; errors: Partial<Record<string, string>>; saved: boolean; count: number };

export type PlanFormResult = { kind: "reply"; reply: PlanFormReply; status: number } | { kind: "redirect"; location: string };

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

function refused({ actionKey, errors, status }: { actionKey: string; errors: Partial<Record<string, string>>; status: number }): PlanFormResult {
  return { kind: "reply", reply: { actionKey, errors, saved: false, count: 0 }, status };
}

const errorStatus = { forbidden: 403, unknown_action: 400, not_a_member: 400, owner_name: 400 } as const;

/** The form as the action reads it: its fields, where to go back to, and whether a fetcher sent it (then the answer is data, not a redirect). */
type PostedPlanForm = { form: FormData; fields: Record<string, string>; viaFetcher: boolean; target: (extra: string, anchor: string) => string };

/** A form too large to read (the form's own error, at the top of the page). */
export const tooLargeResult: PlanFormResult = refused({ actionKey: "", errors: { form: "plan.error.tooLarge" }, status: 400 });

/** Saves what the plan page posted: several actions at once ("intent=bulk") or one action. */
export function savePlanForm({ actor, assessment, form }: { actor: Actor; assessment: AssessmentRow; form: FormData }): PlanFormResult {
  const back = filterSearchOf(filterOf({ params: form, prefix: returnPrefix }));
  const posted: PostedPlanForm = {
    form,
    fields: formToObject(form),
    viaFetcher: form.get("via") === "fetcher",
    target: (extra, anchor) => `/assessments/${assessment.id}/plan?${[back, extra].filter(Boolean).join("&")}#${anchor}`,
  };
  return posted.fields.intent === "bulk" ? saveSeveral({ actor, assessment, posted }) : saveOne({ actor, assessment, posted });
}

function saveSeveral({ actor, assessment, posted }: { actor: Actor; assessment: AssessmentRow; posted: PostedPlanForm }): PlanFormResult {
  const parsed = bulkUpdateSchema.safeParse({ ...posted.fields, actionKeys: posted.form.getAll("actionKeys").map(String) });
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
  if (posted.viaFetcher) return { kind: "reply", reply: { actionKey: "bulk", errors: {}, saved: true, count: result.count }, status: 200 };
  return { kind: "redirect", location: posted.target(`saved=bulk&count=${result.count}`, "bulk") };
}

function saveOne({ actor, assessment, posted }: { actor: Actor; assessment: AssessmentRow; posted: PostedPlanForm }): PlanFormResult {
  const parsed = updateActionSchema.safeParse(posted.fields);
  const actionKey = (posted.fields.actionKey ?? "").slice(0, 200);
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
  if (posted.viaFetcher) return { kind: "reply", reply: { actionKey, errors: {}, saved: true, count: 1 }, status: 200 };
  return { kind: "redirect", location: posted.target(`saved=${encodeURIComponent(input.actionKey)}`, anchorOf(input.actionKey)) };
}
