// Autosave endpoint used by the question page when JavaScript is on. Answers with JSON (never a redirect),
// so the page can keep unsaved input and tell the user what happened. Every reply fits autosaveReplySchema.
import type { ActionFunctionArgs } from "@remix-run/node";
import { getSessionUser } from "../../auth/session.server";
import { requireAssessment } from "../../auth/guards.server";
import { parseChange } from "../../models/answer-input.server";
import { saveAnswers } from "../../models/answers.server";
import { formToObject, readForm } from "../../utils/http.server";
import { autosaveResponse } from "./reply";

export function loader() {
  return autosaveResponse({ reply: { status: "error", code: "method" }, status: 405 });
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  if (!(await getSessionUser(request))) return autosaveResponse({ reply: { status: "signed_out" }, status: 401 });
  let access;
  try {
    access = await requireAssessment(request, params, context);
  } catch (thrown) {
    if (thrown instanceof Response)
      return autosaveResponse({
        reply: { status: "error", code: thrown.status === 404 ? "not_found" : "forbidden" },
        status: thrown.status === 404 ? 404 : 403,
      });
    throw thrown;
  }
  const form = await readForm(request, 16 * 1024);
  if (!form) return autosaveResponse({ reply: { status: "error", code: "too_large" }, status: 413 });
  const fields = formToObject(form);
  const parsed = parseChange({
    questionId: fields.questionId ?? "",
    answer: fields.answer,
    note: fields.note,
    revision: fields.revision,
    confirm: fields.confirm,
  });
  if (!parsed.ok) return autosaveResponse({ reply: { status: "error", code: "invalid" }, status: 400 });
  const result = saveAnswers({ actor: access.actor, assessment: access.assessment, changes: [parsed.change] });
  if (!result.ok) {
    const status = result.error === "frozen" ? 409 : result.error === "forbidden" ? 403 : 400;
    const code = result.error === "invalid" ? (result.problems[0]?.code ?? "invalid") : result.error;
    return autosaveResponse({ reply: { status: "error", code }, status });
  }
  const conflict = result.conflicts[0];
  if (conflict) return autosaveResponse({ reply: { status: "conflict", theirs: conflict.theirs }, status: 409 });
  const saved = result.saved[0];
  return autosaveResponse({
    reply: { status: "saved", revision: saved?.revision ?? parsed.change.baseRevision, savedAt: new Date().toISOString(), byName: access.member.name },
  });
}
