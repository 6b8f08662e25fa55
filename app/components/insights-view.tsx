// The analyst dashboard as a plain component (props in, markup out), so a test can render it without a
// router. Links and the breakdown form are ordinary HTML: everything works with JavaScript off. Narrow
// tables sit beside their chart; wide ones (many columns or long questions) below it.
import { formatDate, numberFormatOf, percentFormatOf, type Language, type Translate } from "../i18n/translate";
// Values from the zod-free modules (the "../insights" index would bring the questionnaire and zod to the page).
import type { FigureStatus, InsightsPage, PublishedBreakdown, PublishedGroup } from "../insights";
import { breakdowns, groupsOf, type Breakdown } from "../insights/breakdowns";
import { electionTypes } from "../plan/elections";
import { domainIds } from "../questionnaire/vocabulary";
import { scoreLevelIds } from "../scoring/rules";
import { organisationKinds } from "../utils/organisation-kinds";
import { BarChart, BoxChart, TrendChart } from "./insights-charts";
import { ScrollTable } from "./scroll-table";

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The label of a group of a breakdown, in the page language. */
export function groupLabel(t: Translate, breakdown: Breakdown, group: string): string {
  if (breakdown === "organisation_kind") {
    const kind = organisationKinds.find((k) => k === group);
    if (kind) return capitalise(t(`organisation.kind.${kind}`));
  }
  if (breakdown === "election_type") {
    const type = electionTypes.find((e) => e === group);
    if (type) return t(`election.type.${type}`);
  }
  return t("insights.group.all");
}

export function InsightsView({ page, t, language }: { page: InsightsPage; t: Translate; language: Language }) {
  const { release, labels } = page;
  const k = release.minGroup;
  const number = numberFormatOf(language);
  const percent = percentFormatOf(language);
  const fmt = (value: number | null) => (value === null ? "—" : number.format(value));
  const suppressed = (status: FigureStatus) => (status === "fewer_than_k" ? t("insights.fewerThan", { k }) : t("insights.hidden"));
  const breakdownOf = (breakdown: Breakdown): PublishedBreakdown | undefined => release.breakdowns.find((b) => b.breakdown === breakdown);
  const all = breakdownOf("all")?.groups[0];
  const releaseQuery = release.releaseId === page.latestId ? "" : `release=${release.releaseId}`;
  const withQuery = (path: string) => `${path}?release=${release.releaseId}`;
  const trend = release.trend;

  return (
    <div className="page">
      <h1>{t("insights.title")}</h1>
      <p className="lead">{t("insights.lead")}</p>
      <p>
        <strong>{t("insights.release", { id: release.releaseId, date: formatDate(language, release.publishedAt) })}</strong>
        {all?.n !== null && all?.n !== undefined ? ` — ${t(release.privacy ? "insights.releaseFactsNoisy" : "insights.releaseFacts", { n: all.n, k })}` : null}
      </p>
      {page.releases.length > 1 ? (
        <nav aria-labelledby="releases-heading">
          <h2 id="releases-heading">{t("insights.releases")}</h2>
          <ul className="plain-list">
            {page.releases.map((r) => (
              <li key={r.id}>
                <a href={r.id === page.latestId ? "/insights" : `/insights?release=${r.id}`} aria-current={r.id === release.releaseId ? "page" : undefined}>
                  {t("insights.releaseLink", { id: r.id, date: formatDate(language, r.publishedAt) })}
                </a>
                {r.id === release.releaseId ? ` ${t("insights.current")}` : null}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <section aria-labelledby="noise-heading" className="card">
        <h2 id="noise-heading">{t("insights.noise.title")}</h2>
        <p>
          {release.privacy
            ? t("insights.noise.body", { since: page.noisySince ?? release.releaseId, epsilon: number.format(release.privacy.epsilon) })
            : page.noisySince !== null
              ? t("insights.noise.exact", { since: page.noisySince })
              : t("insights.noise.exactNoLater")}
        </p>
      </section>

      <section aria-labelledby="legend-heading" className="card">
        <h2 id="legend-heading">{t("insights.legend.title")}</h2>
        <ul>
          <li>{t("insights.legend.n")}</li>
          <li>{t("insights.legend.fewer", { k })}</li>
          <li>{t("insights.legend.hidden")}</li>
        </ul>
      </section>

      <section aria-labelledby="participation-heading">
        <h2 id="participation-heading">{t("insights.participation.title")}</h2>
        <p>{t("insights.participation.lead")}</p>
        {all?.n !== null && all?.n !== undefined ? <p>{t("insights.participation.total", { n: all.n })}</p> : null}
        {(["organisation_kind", "election_type"] as const).map((breakdown) => {
          const shown = breakdownOf(breakdown);
          const title = t(`insights.breakdown.${breakdown}`);
          const caption = t("insights.participation.caption", { breakdown: title.toLowerCase() });
          return (
            <section key={breakdown} aria-labelledby={`participation-${breakdown}`}>
              <h3 id={`participation-${breakdown}`}>{title}</h3>
              {!shown || shown.withheld ? (
                <p>{t("insights.withheld")}</p>
              ) : (
                <div className="chart-and-table">
                  <BarChart
                    id={`chart-participation-${breakdown}`}
                    title={t("insights.participation.chart", { breakdown: title.toLowerCase() })}
                    max={Math.max(1, ...shown.groups.map((g) => g.n ?? 0))}
                    rows={shown.groups.map((g) => ({
                      key: g.group,
                      label: groupLabel(t, breakdown, g.group),
                      value: g.n,
                      text: g.n === null ? suppressed(g.status) : String(g.n),
                    }))}
                  />
                  <ScrollTable caption={caption} captionId={`participation-caption-${breakdown}`}>
                    <thead>
                      <tr>
                        <th scope="col">{t("insights.col.group")}</th>
                        <th scope="col">{t("insights.col.organisations")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {shown.groups.map((g) => (
                        <tr key={g.group}>
                          <th scope="row">{groupLabel(t, breakdown, g.group)}</th>
                          <td>{g.n === null ? suppressed(g.status) : g.n}</td>
                        </tr>
                      ))}
                    </tbody>
                  </ScrollTable>
                </div>
              )}
            </section>
          );
        })}
      </section>

      <section aria-labelledby="domains-heading">
        <h2 id="domains-heading">{t("insights.domains.title")}</h2>
        <p>{t("insights.domains.lead")}</p>
        <form method="get" action="/insights" className="inline-form">
          {releaseQuery ? <input type="hidden" name="release" value={release.releaseId} /> : null}
          <label htmlFor="breakdown">{t("insights.domains.choose")}</label>{" "}
          <select id="breakdown" name="breakdown" defaultValue={page.breakdown}>
            {breakdowns.map((b) => (
              <option key={b} value={b}>
                {t(`insights.breakdown.${b}`)}
              </option>
            ))}
          </select>{" "}
          <button type="submit" className="button-secondary">
            {t("insights.domains.show")}
          </button>
        </form>
        <DomainSection page={page} t={t} fmt={fmt} />
      </section>

      <section aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">{t("insights.gaps.title")}</h2>
        <p>{release.privacy ? t("insights.gaps.leadNoisy") : t("insights.gaps.lead")}</p>
        {release.gaps.length === 0 ? (
          <p>{t("insights.gaps.none")}</p>
        ) : release.privacy ? (
          // With noise only the order is published (ADR 018): no chart of shares, no counts.
          <ol className="gap-list">
            {release.gaps.map((g) => (
              <li key={g.questionId}>
                {labels.questions[g.questionId] ?? g.questionId} <span className="muted">({labels.domains[g.domain]})</span>
              </li>
            ))}
          </ol>
        ) : (
          <div>
            <BarChart
              id="chart-gaps"
              title={t("insights.gaps.chart")}
              max={100}
              rows={release.gaps.map((g) => ({
                key: g.questionId,
                label: `${g.rank}. ${labels.domains[g.domain]}`,
                value: (g.share ?? 0) * 100,
                text: g.share === null ? "—" : percent.format(g.share),
              }))}
            />
            <ScrollTable caption={t("insights.gaps.caption")} captionId="gaps-caption">
              <thead>
                <tr>
                  <th scope="col">{t("insights.col.rank")}</th>
                  <th scope="col">{t("insights.col.question")}</th>
                  <th scope="col">{t("insights.col.atMostOne")}</th>
                  <th scope="col">n</th>
                  <th scope="col">{t("insights.col.share")}</th>
                </tr>
              </thead>
              <tbody>
                {release.gaps.map((g) => (
                  <tr key={g.questionId}>
                    <td>{g.rank}</td>
                    <th scope="row">
                      {labels.questions[g.questionId] ?? g.questionId} <span className="muted">({labels.domains[g.domain]})</span>
                    </th>
                    <td>{fmt(g.atMostOne)}</td>
                    <td>{fmt(g.n)}</td>
                    <td>{g.share === null ? "—" : percent.format(g.share)}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          </div>
        )}
      </section>

      <section aria-labelledby="trend-heading">
        <h2 id="trend-heading">{t("insights.trend.title")}</h2>
        <p>{t("insights.trend.lead")}</p>
        {trend.length < 2 ? <p>{t("insights.trend.single")}</p> : null}
        <div>
          {trend.length > 1 ? (
            <TrendChart
              id="chart-trend"
              title={t("insights.trend.chart")}
              releases={trend.map((p) => String(p.releaseId))}
              series={domainIds.map((domain) => ({
                key: domain,
                label: labels.domains[domain],
                values: trend.map((p) => p.domains.find((d) => d.domain === domain)?.median ?? null),
              }))}
            />
          ) : null}
          <ScrollTable caption={t("insights.trend.caption")} captionId="trend-caption">
            <thead>
              <tr>
                <th scope="col">{t("insights.col.release")}</th>
                <th scope="col">{t("insights.col.date")}</th>
                <th scope="col">n</th>
                {domainIds.map((domain) => (
                  <th scope="col" key={domain}>
                    {labels.domains[domain]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {trend.map((p) => (
                <tr key={p.releaseId}>
                  <th scope="row">{p.releaseId}</th>
                  <td>{formatDate(language, p.publishedAt)}</td>
                  <td>{p.n ?? "—"}</td>
                  {domainIds.map((domain) => {
                    const d = p.domains.find((x) => x.domain === domain);
                    return (
                      <td key={domain}>
                        {d?.median === null || d?.median === undefined
                          ? t("insights.fewerThan", { k })
                          : `${fmt(d.median)} (${t("insights.n", { n: d.n ?? 0 })})`}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </div>
      </section>

      <section aria-labelledby="download-heading">
        <h2 id="download-heading">{t("insights.download.title")}</h2>
        <p>{t("insights.download.lead")}</p>
        <p className="actions">
          <a href={withQuery("/insights.csv")} download className="button">
            {t("insights.download.csv", { id: release.releaseId })}
          </a>
          <a href={withQuery("/insights.json")} download className="button button-secondary">
            {t("insights.download.json", { id: release.releaseId })}
          </a>
        </p>
      </section>
    </div>
  );
}

function DomainSection({ page, t, fmt }: { page: InsightsPage; t: Translate; fmt: (value: number | null) => string }) {
  const { release, labels } = page;
  const k = release.minGroup;
  const breakdown = page.breakdown;
  const shown = release.breakdowns.find((b) => b.breakdown === breakdown);
  if (!shown || shown.withheld) return <p>{t("insights.withheld")}</p>;
  return (
    <>
      {groupsOf[breakdown].map((name) => {
        const group = shown.groups.find((g) => g.group === name);
        if (!group) return null;
        return <GroupFigures key={name} breakdown={breakdown} group={group} labels={labels} t={t} fmt={fmt} k={k} noisy={Boolean(page.release.privacy)} />;
      })}
    </>
  );
}

function GroupFigures({
  breakdown,
  group,
  labels,
  t,
  fmt,
  k,
  noisy,
}: {
  breakdown: Breakdown;
  group: PublishedGroup;
  labels: InsightsPage["labels"];
  t: Translate;
  fmt: (value: number | null) => string;
  k: number;
  /** Figures with noise do not add up exactly; the note says so. */
  noisy: boolean;
}) {
  const label = groupLabel(t, breakdown, group.group);
  const headingId = `domains-${breakdown}-${group.group}`;
  if (group.status !== "published" || group.n === null || !group.domains) {
    return (
      <section aria-labelledby={headingId}>
        <h3 id={headingId}>{label}</h3>
        <p>{group.status === "fewer_than_k" ? t("insights.domains.fewer", { k }) : t("insights.domains.hidden")}</p>
      </section>
    );
  }
  const domains = group.domains;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t("insights.domains.groupHeading", { group: label, n: group.n })}</h3>
      <div>
        <BoxChart
          id={`chart-${headingId}`}
          title={t("insights.domains.chart", { group: label.toLowerCase() })}
          rows={domains.map((d) => ({
            key: d.domain,
            label: labels.domains[d.domain],
            q1: d.scores.q1,
            median: d.scores.median,
            q3: d.scores.q3,
            text: d.scores.median === null ? t("insights.fewerThan", { k }) : fmt(d.scores.median),
          }))}
        />
        <ScrollTable caption={t("insights.domains.caption", { group: label.toLowerCase() })} captionId={`caption-${headingId}`}>
          <thead>
            <tr>
              <th scope="col">{t("insights.col.domain")}</th>
              <th scope="col">n</th>
              <th scope="col">{t("insights.col.median")}</th>
              <th scope="col">{t("insights.col.quartiles")}</th>
              {scoreLevelIds.map((level) => (
                <th scope="col" key={level}>
                  {labels.levels[level]}
                </th>
              ))}
              <th scope="col">{t("insights.col.noScore")}</th>
            </tr>
          </thead>
          <tbody>
            {domains.map((d) => (
              <tr key={d.domain}>
                <th scope="row">{labels.domains[d.domain]}</th>
                <td>{d.scores.n ?? t("insights.fewerThan", { k })}</td>
                <td>{d.scores.median === null ? "—" : fmt(d.scores.median)}</td>
                <td>{d.scores.q1 === null || d.scores.q3 === null ? "—" : `${fmt(d.scores.q1)}–${fmt(d.scores.q3)}`}</td>
                {scoreLevelIds.map((level) => (
                  <td key={level}>{d.levels[level]}</td>
                ))}
                <td>{d.levels.no_score}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      </div>
      <p className="muted">{t(noisy ? "insights.domains.levelsNoteNoisy" : "insights.domains.levelsNote", { n: group.n })}</p>
    </section>
  );
}
