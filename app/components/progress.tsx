import { useT } from "../i18n/use-t";

/** Progress over the visible questions, as a native <progress> with its numbers in the label. */
export function ProgressBar({ answered, total, id = "progress" }: { answered: number; total: number; id?: string }) {
  const t = useT();
  const percent = total ? Math.round((answered / total) * 100) : 0;
  return (
    <div className="progress">
      <label htmlFor={id}>{t("assessment.progress", { answered, total, percent })}</label>
      <progress id={id} max={total || 1} value={answered} />
    </div>
  );
}
