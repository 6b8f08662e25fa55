// One domain of an assessment: its questions to answer (or read), saved by form post without JavaScript
// and by autosave with it. The view model is built in view.server.ts, the question card in question-card.tsx.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "../../components/link";
import { useState } from "react";
import { requireAssessment } from "../../auth/guards.server";
import { getSessionUser } from "../../auth/session.server";
import { useElectionLabel } from "../../components/election";
import { ProgressBar } from "../../components/progress";
import { getLanguage } from "../../i18n/language.server";
import { useT } from "../../i18n/use-t";
import { stashExpiredPost } from "../../auth/expired-post.server";
import { takePendingSave } from "../../models/pending-saves.server";
import { domainIdSchema } from "../../questionnaire/schema";
import { formToObject, notFound, readForm, serverContentOf } from "../../utils/http.server";
import { pageTitle } from "../../utils/meta";
import { DomainNavigation, DomainNotices, ErrorSummary, SaveActions, SaveStatus } from "./page-parts";
import { useAnswerLabel, useAnswersOnScreen, useQuestionIndex, type SaveState } from "./page-state";
import { QuestionCard } from "./question-card";
import { domainPageView, restoredInputOf, saveDomainForm, type DomainFormReply } from "./view.server";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "domain.title");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { assessment, actor } = await requireAssessment(request, params, context);
  const domainId = domainIdSchema.safeParse(params.domain);
  if (!domainId.success) throw notFound();
  const url = new URL(request.url);
  const restoreToken = url.searchParams.get("restore");
  const restored = restoredInputOf({ fields: restoreToken ? takePendingSave({ token: restoreToken, userId: actor.userId, path: url.pathname }) : null });
  const language = await getLanguage(request);
  const view = domainPageView({
    actor,
    assessment,
    domainId: domainId.data,
    language,
    restored,
    savedParam: url.searchParams.get("saved"),
    serverContent: serverContentOf(context),
  });
  if (!view) throw notFound();
  return view;
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request.clone(), 512 * 1024);
  const path = new URL(request.url).pathname;
  if (form && !(await getSessionUser(request))) {
    // Signed out while typing (idle expiry): keep what was posted, and bring it back after sign-in.
    const token = await stashExpiredPost({ request, path, fields: formToObject(form) });
    if (token) throw redirect(`/login?expired=1&redirectTo=${encodeURIComponent(`${path}?restore=${token}`)}`);
  }
  const { assessment, actor } = await requireAssessment(request, params, context);
  const domainId = domainIdSchema.safeParse(params.domain);
  if (!domainId.success) throw notFound();
  // Nothing was read, so nothing can be shown back: the page says that nothing was saved (with scripts on,
  // what was typed is still kept in the browser, ADR 008).
  if (!form) return data<DomainFormReply>({ problems: [], conflicts: [], values: {}, error: "too_large" }, { status: 413 });
  const result = saveDomainForm({ actor, assessment, domainId: domainId.data, fields: formToObject(form) });
  if (result.kind === "redirect") return redirect(result.location);
  return data<DomainFormReply>(result.reply, { status: result.status });
}

export default function DomainPage() {
  const t = useT();
  const electionLabel = useElectionLabel();
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { assessment, domain, questions, canEdit, restored } = loaded;
  const index = useQuestionIndex(questions);
  const answerLabel = useAnswerLabel(index);
  const { visible, onValueChange, answered } = useAnswersOnScreen({ loaded, actionData });
  const [status, setStatus] = useState<SaveState>({ kind: "idle" });
  const problems = actionData?.problems ?? [];

  return (
    <div className="page domain-page">
      <p>
        <Link to={`/assessments/${assessment.id}`}>{t("domain.backToOverview")}</Link>
      </p>
      <p className="muted">{electionLabel(assessment.electionType, assessment.electionDate)}</p>
      <h1>{t("domain.heading", { number: domain.number, count: domain.count, title: domain.title })}</h1>
      <p className="lead">{domain.intro}</p>
      <ProgressBar answered={answered} total={loaded.progress.total} />
      <DomainNavigation loaded={loaded} />
      <SaveStatus status={status} here={`/assessments/${assessment.id}/domains/${domain.id}`} />
      <ErrorSummary actionData={actionData} index={index} />
      <DomainNotices loaded={loaded} />
      <Form method="post" noValidate>
        {questions.map((question) => (
          <QuestionCard
            key={`${question.id}-${question.answer?.revision ?? 0}`}
            question={question}
            assessmentId={assessment.id}
            canEdit={canEdit}
            visible={visible.has(question.id)}
            initial={actionData?.values[question.id] ?? restored[question.id] ?? null}
            initialRevision={restored[question.id]?.revision}
            serverConflict={actionData?.conflicts.find((c) => c.questionId === question.id)}
            problem={problems.find((p) => p.questionId === question.id)}
            onValueChange={onValueChange}
            onStatus={setStatus}
            answerLabel={answerLabel}
            savedHere={loaded.savedQuestion === question.id && status.kind === "idle"}
          />
        ))}
        <SaveActions loaded={loaded} status={status} />
      </Form>
    </div>
  );
}
