import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Link } from "../components/link";
import { NextSteps } from "../components/next-steps";
import { requireAssessment } from "../auth/guards.server";
import { can } from "../security/permissions";
import { DomainChart } from "../components/domain-chart";
import { useElectionLabel } from "../components/election";
import { getLanguage } from "../i18n/language.server";
import { useLanguage, useT } from "../i18n/use-t";
import { previousSubmitted } from "../models/assessments.server";
import { questionnaireFor } from "../questionnaire/current";
import { findQuestion } from "../questionnaire/numbers";
import { getScoreChange, getScores } from "../models/plan.server";
import { getBenchmark } from "../models/insights.server";
import { formatDate, numberFormatOf } from "../i18n/translate";
import { organisationKinds } from "../utils/organisation-kinds";
import { describeLevel, type StoredScoreResult } from "../scoring";
import { pageTitle } from "../utils/meta";
import "virtual:messages/page";
import { ScrollTable } from "../components/scroll-table";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "results.title");

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { assessment, actor, member } = await requireAssessment(request, params, context);
  const language = await getLanguage(request);
  const questionnaire = questionnaireFor(assessment.questionnaireVersion);
  const scores = getScores({ assessment });
  const previous = previousSubmitted({ assessment });
  const change = previous ? getScoreChange({ assessment, previous, current: scores }) : null;
  const questionText = (id: string) => findQuestion({ questionnaire, questionId: id })?.text[language] ?? id;
  const domainTitle = (id: string) => questionnaire.domains.find((d) => d.id === id)?.title[language] ?? id;
  const level = scores.overall.level ? describeLevel({ level: scores.overall.level }) : null;
  // Rules version 1 snapshots have no status or coverage: they are shown as they were stored.
  const current = scores.rulesVersion === 2 ? scores : null;
  const rounded = (result: StoredScoreResult | undefined, domain: string) => result?.domains.find((d) => d.domain === domain)?.rounded ?? null;
  return {
    assessment: { id: assessment.id, status: assessment.status, electionType: assessment.electionType, electionDate: assessment.electionDate },
    rulesVersion: scores.rulesVersion,
    overall: {
      status: current ? current.overall.status : level ? "scored" : "not_applicable",
      score: scores.overall.rounded,
      capped: scores.overall.cappedByCriticalFinding,
      cappedBy: current ? current.overall.cappedBy : scores.overall.cappedByCriticalFinding ? "critical_finding" : null,
      coverage: current ? current.overall.coverage : null,
      notHighest: current ? current.overall.criticalNotHighestQuestionIds.map((id) => ({ id, text: questionText(id) })) : [],
      // With a critical finding the list of controls below their top answer would be incomplete: the findings come first.
      findingCount: current ? current.overall.criticalFindingQuestionIds.length : scores.criticalFindings.length,
      level: level ? { name: level.name[language], meaning: level.meaning[language] } : null,
    },
    dontKnowCount: scores.findOut.length,
    domains: scores.domains.map((d) => {
      const now = rounded(change?.current, d.domain);
      const before = rounded(change?.previous, d.domain);
      const v2 = "status" in d ? d : null;
      return {
        id: d.domain,
        title: domainTitle(d.domain),
        score: d.rounded,
        status: v2 ? v2.status : d.rounded === null ? "not_applicable" : "scored",
        coverage: v2 ? v2.coverage : null,
        change: before !== null && now !== null ? now - before : null,
        criticalFindings: d.criticalFindings,
      };
    }),
    previous:
      previous && change
        ? {
            electionType: previous.electionType,
            electionDate: previous.electionDate,
            score: change.previous.overall.rounded,
            basis: change.basis,
            sharedQuestions: change.sharedQuestions,
          }
        : null,
    critical: [
      ...scores.criticalFindings.map((g) => ({ id: g.questionId, text: questionText(g.questionId), domain: domainTitle(g.domain), dontKnow: false })),
      // Rules version 2: not knowing whether a basic control is there is a critical finding too.
      ...(current
        ? current.findOut
            .filter((f) => f.critical)
            .map((f) => ({ id: f.questionId, text: questionText(f.questionId), domain: domainTitle(f.domain), dontKnow: true }))
        : []),
    ],
    strengths: scores.strengths.slice(0, 10).map((s) => ({ id: s.questionId, text: questionText(s.questionId), domain: domainTitle(s.domain) })),
    findOut: scores.findOut.map((f) => ({ id: f.questionId, text: questionText(f.questionId), domain: domainTitle(f.domain), critical: f.critical })),
    benchmark: benchmarkView({
      organisationId: actor.organisationId,
      kind: member.current.organisationKind,
      scores,
      domainTitle,
      mayShare: can(actor.role, "assessment:share-anonymised") && assessment.status === "submitted",
    }),
  };
}

// The party's own domain scores beside the latest release's figures for its organisation type.
function benchmarkView({
  organisationId,
  kind,
  scores,
  domainTitle,
  mayShare,
}: {
  organisationId: string;
  kind: string;
  scores: ReturnType<typeof getScores>;
  domainTitle: (id: string) => string;
  mayShare: boolean;
}) {
  const benchmark = getBenchmark({ organisationId });
  const release = benchmark.sharing && benchmark.release ? benchmark.release : null;
  const group = benchmark.sharing && benchmark.release ? benchmark.group : null;
  return {
    sharing: benchmark.sharing,
    mayShare,
    kind: organisationKinds.find((k) => k === kind) ?? null,
    release,
    rows: group
      ? scores.domains.map((d) => {
          const figure = group.domains.find((g) => g.domain === d.domain);
          return {
            id: d.domain,
            title: domainTitle(d.domain),
            yours: d.rounded,
            median: figure?.median ?? null,
            q1: figure?.q1 ?? null,
            q3: figure?.q3 ?? null,
            n: figure?.n ?? null,
          };
        })
      : null,
  };
}

export default function Results() {
  const t = useT();
  const electionLabel = useElectionLabel();
  const data = useLoaderData<typeof loader>();
  const { assessment, overall, domains, previous, critical, strengths, findOut, benchmark, dontKnowCount, rulesVersion } = data;
  const language = useLanguage();
  const number = numberFormatOf(language);
  const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
  return (
    <div className="page">
      <p>
        <Link to={`/assessments/${assessment.id}`}>{t("domain.backToOverview")}</Link>
      </p>
      <h1>{t("results.title")}</h1>
      <p className="lead">{electionLabel(assessment.electionType, assessment.electionDate)}</p>
      <NextSteps assessmentId={assessment.id} submitted={assessment.status === "submitted"} />
      {assessment.status === "draft" ? <p className="notice">{t("results.draft")}</p> : null}
      <section aria-labelledby="overall-heading" className="card overall">
        <h2 id="overall-heading">{t("results.overall")}</h2>
        {overall.status === "scored" && overall.level && overall.score !== null ? (
          <>
            <p className="big-score">
              {overall.level.name} — {t("results.scoreOf", { score: overall.score })}
            </p>
            <p>{overall.level.meaning}</p>
            {overall.cappedBy === "critical_finding" ? <p className="warning">{t("results.capped")}</p> : null}
            {overall.cappedBy === "critical_not_highest" ? <p className="warning">{t("results.cappedNotHighest")}</p> : null}
            {overall.notHighest.length && overall.findingCount === 0 ? (
              <>
                <p>{t("results.notHighestLead")}</p>
                <ul className="plain-list">
                  {overall.notHighest.map((q) => (
                    <li key={q.id}>{q.text}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : overall.status === "not_enough_answers" && overall.coverage ? (
          <>
            <p className="big-score">{t("results.notEnough")}</p>
            <p>{t("results.coverage", { answered: overall.coverage.answered, counted: overall.coverage.counted, needed: overall.coverage.needed })}</p>
            <p>{t("results.notEnoughLead")}</p>
          </>
        ) : (
          <p>{t("results.noScore")}</p>
        )}
        <p>
          {t("results.dontKnowCount", { count: dontKnowCount })}
          {rulesVersion === 2 ? ` ${t("results.dontKnowCounts")}` : ""}
        </p>
        {rulesVersion !== 2 ? <p className="muted">{t("results.rulesV1")}</p> : null}
        <p className="actions">
          <Link to={`/assessments/${assessment.id}/plan`} className="button">
            {t("results.toPlan")}
          </Link>
        </p>
      </section>

      {critical.length ? (
        <section aria-labelledby="critical-heading">
          <h2 id="critical-heading">{t("results.critical")}</h2>
          <p>{t("results.criticalLead")}</p>
          <ul className="finding-list">
            {critical.map((c) => (
              <li key={c.id} className="finding-critical">
                <span className="badge badge-critical">{t("results.criticalBadge")}</span> {c.text} <span className="muted">({c.domain})</span>
                {c.dontKnow ? <span className="muted"> — {t("results.criticalDontKnow")}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="domains-heading">
        <h2 id="domains-heading">{t("results.domains")}</h2>
        <div className="chart-and-table">
          <DomainChart
            rows={domains.map((d) => ({
              id: d.id,
              label: d.title,
              score: d.score,
              noScore: d.status === "not_enough_answers" ? t("results.notEnoughShort") : undefined,
            }))}
            title={t("results.chartTitle")}
            noScore={t("results.none")}
          />
          <ScrollTable caption={t("results.tableCaption")} captionId="domain-scores-caption">
            <thead>
              <tr>
                <th scope="col">{t("assessment.domain")}</th>
                <th scope="col">{t("results.score")}</th>
                {previous ? <th scope="col">{t("results.change")}</th> : null}
                <th scope="col">{t("results.criticalCount")}</th>
              </tr>
            </thead>
            <tbody>
              {domains.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.title}</th>
                  <td>
                    {d.status === "not_enough_answers" && d.coverage
                      ? `${t("results.notEnough")} (${t("results.coverage", { answered: d.coverage.answered, counted: d.coverage.counted, needed: d.coverage.needed })})`
                      : d.score === null
                        ? t("results.none")
                        : d.score}
                  </td>
                  {previous ? <td>{d.change === null ? "—" : signed(d.change)}</td> : null}
                  <td>{d.criticalFindings}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </div>
        {previous ? (
          <p className="muted">
            {t("results.comparedWith", { election: electionLabel(previous.electionType, previous.electionDate), score: previous.score ?? "—" })}
            {previous.basis === "shared_questions" ? ` ${t("results.comparedShared", { count: previous.sharedQuestions })}` : null}
            {previous.basis === "current_rules" ? ` ${t("results.comparedRules")}` : null}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="benchmark-heading">
        <h2 id="benchmark-heading">{t("insights.benchmark.title")}</h2>
        {!benchmark.sharing ? (
          <p>
            {t("insights.benchmark.notSharing")}{" "}
            {benchmark.mayShare ? <Link to={`/assessments/${assessment.id}/share`}>{t("insights.benchmark.toShare")}</Link> : null}
          </p>
        ) : !benchmark.release ? (
          <p>{t("insights.benchmark.noRelease")}</p>
        ) : !benchmark.rows ? (
          <p>{t("insights.benchmark.groupTooSmall", { k: benchmark.release.minGroup })}</p>
        ) : (
          <>
            <p>
              {t("insights.benchmark.lead", {
                kind: benchmark.kind ? t(`organisation.kind.${benchmark.kind}`) : "—",
                id: benchmark.release.id,
                date: formatDate(language, benchmark.release.publishedAt),
              })}
            </p>
            <ScrollTable caption={t("insights.benchmark.caption")} captionId="benchmark-caption">
              <thead>
                <tr>
                  <th scope="col">{t("assessment.domain")}</th>
                  <th scope="col">{t("insights.benchmark.yours")}</th>
                  <th scope="col">{t("insights.col.median")}</th>
                  <th scope="col">{t("insights.col.quartiles")}</th>
                  <th scope="col">n</th>
                </tr>
              </thead>
              <tbody>
                {benchmark.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.title}</th>
                    <td>{row.yours === null ? t("results.none") : row.yours}</td>
                    <td>{row.median === null ? t("insights.fewerThan", { k: benchmark.release?.minGroup ?? 5 }) : number.format(row.median)}</td>
                    <td>{row.q1 === null || row.q3 === null ? "—" : `${number.format(row.q1)}–${number.format(row.q3)}`}</td>
                    <td>{row.n ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
            <p className="muted">{t("insights.benchmark.explain")}</p>
          </>
        )}
      </section>

      {findOut.length ? (
        <section aria-labelledby="findout-heading">
          <h2 id="findout-heading">{t("results.findOut")}</h2>
          <p>{t("results.findOutLead")}</p>
          <ul className="plain-list">
            {findOut.map((f) => (
              <li key={f.id}>
                {f.critical ? <span className="badge badge-critical">{t("results.criticalBadge")}</span> : null} {f.text}{" "}
                <span className="muted">({f.domain})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {strengths.length ? (
        <section aria-labelledby="strengths-heading">
          <h2 id="strengths-heading">{t("results.strengths")}</h2>
          <ul className="plain-list">
            {strengths.map((s) => (
              <li key={s.id}>
                {s.text} <span className="muted">({s.domain})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
