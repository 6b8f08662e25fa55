import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { Link } from "../components/link";
import { requireMember } from "../auth/guards.server";
import { useT } from "../i18n/use-t";
import { importAssessment, type ImportProblem } from "../models/exchange.server";
import { getClientAddress, readBodyText } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "import.title");

const maxBytes = 1024 * 1024;

export async function loader({ request }: LoaderFunctionArgs) {
  await requireMember(request, "assessment:start");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const member = await requireMember(request, "assessment:start");
  // Read while streaming up to the limit: a chunked upload was read whole before its size was known.
  const body = await readBodyText(request, maxBytes + 10_000);
  if (body === null) return data({ problems: [{ code: "too_large" } as const] }, { status: 413 });
  let text = "";
  try {
    const form = await new Request("http://local/", {
      method: "POST",
      body,
      headers: { "Content-Type": request.headers.get("Content-Type") ?? "" },
    }).formData();
    const file = form.get("file");
    text = typeof file === "string" ? file : file ? await file.text() : "";
  } catch {
    return data({ problems: [{ code: "not_json" } as const] }, { status: 400 });
  }
  if (!text.trim()) return data({ problems: [{ code: "empty" } as const] }, { status: 400 });
  if (text.length > maxBytes) return data({ problems: [{ code: "too_large" } as const] }, { status: 413 });
  const result = importAssessment({
    actor: { userId: member.id, organisationId: member.current.organisationId, role: member.current.role, ipAddress: getClientAddress(context) },
    text,
  });
  if (!result.ok) return data({ problems: result.problems }, { status: 422 });
  return redirect(`/assessments/${result.id}?imported=${result.answers}`);
}

type Problem = ImportProblem | { code: "too_large" } | { code: "empty" };

function useProblemText() {
  const t = useT();
  return (problem: Problem): string => {
    switch (problem.code) {
      case "not_json":
        return t("import.problem.not_json");
      case "not_an_export":
        return t("import.problem.not_an_export");
      case "invalid_field":
        return t("import.problem.invalid_field", { field: problem.field || "—" });
      case "version_mismatch":
        return t("import.problem.version_mismatch", { file: problem.fileVersion, current: problem.currentVersion });
      case "unknown_question":
        return t("import.problem.unknown_question", { id: problem.questionId });
      case "unknown_option":
        return t("import.problem.unknown_option", { id: problem.questionId, option: problem.optionId });
      case "not_applicable_not_allowed":
        return t("import.problem.not_applicable_not_allowed", { id: problem.questionId });
      case "duplicate_question":
        return t("import.problem.duplicate_question", { id: problem.questionId });
      case "too_large":
        return t("import.problem.too_large");
      case "empty":
        return t("import.problem.empty");
    }
  };
}

export default function ImportAssessment() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const problemText = useProblemText();
  const problems: Problem[] = actionData?.problems ?? [];
  return (
    <div className="page narrow">
      <p>
        <Link to="/assessments">{t("assessment.backToList")}</Link>
      </p>
      <h1>{t("import.title")}</h1>
      <p className="lead">{t("import.lead")}</p>
      {problems.length ? (
        <div className="error-summary" role="alert" tabIndex={-1}>
          <h2>{t("import.problemsTitle")}</h2>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{problemText(problem)}</li>
            ))}
          </ul>
          <p>{t("import.nothingSaved")}</p>
        </div>
      ) : null}
      <Form method="post" encType="multipart/form-data" className="stacked-form">
        <div className={problems.length ? "field field-invalid" : "field"}>
          <label htmlFor="field-file">{t("import.file")}</label>
          <p className="hint" id="field-file-hint">
            {t("import.fileHint")}
          </p>
          <input id="field-file" name="file" type="file" accept="application/json,.json" required aria-describedby="field-file-hint" />
        </div>
        <button type="submit" disabled={navigation.state === "submitting"}>
          {t("import.submit")}
        </button>
      </Form>
    </div>
  );
}
