import { useSearchParams } from "@remix-run/react";
import { Link } from "./link";
import { useT } from "../i18n/use-t";

/**
 * Shown on the results right after submitting (`?submitted=1`): what the IT lead does next. Kept apart from
 * the results page so that page needs one line for it. Weerbaar sends no mail with content, so telling the
 * campaign manager is the IT lead's step.
 */
export function NextSteps({ assessmentId, submitted }: { assessmentId: string; submitted: boolean }) {
  const t = useT();
  const [searchParams] = useSearchParams();
  if (!submitted || searchParams.get("submitted") !== "1") return null;
  return (
    <section aria-labelledby="next-steps-heading" className="notice next-steps">
      <h2 id="next-steps-heading">{t("nextSteps.title")}</h2>
      <ol>
        <li>
          <Link to={`/assessments/${assessmentId}/plan`}>{t("nextSteps.plan")}</Link>. {t("nextSteps.planBody")}
        </li>
        <li>
          <strong>{t("nextSteps.tell")}</strong>. {t("nextSteps.tellBody")} <Link to="/members">{t("nextSteps.members")}</Link>
        </li>
      </ol>
    </section>
  );
}
