import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { Link } from "../components/link";
import { can } from "../security/permissions";
import { pageOfRows, parseOverviewQuery, overviewSearch, statusFilters, type OverviewQuery, type OverviewSortKey } from "../branches/overview";
import { sharingLevels } from "../branches/sharing";
import { BarChart } from "../components/insights-charts";
import { useElectionLabel } from "../components/election";
import { getLanguage } from "../i18n/language.server";
import { formatDate } from "../i18n/translate";
import { useLanguage, useT } from "../i18n/use-t";
import { electionKeyOf, loadPartyOverview } from "../models/branches.server";
import { currentQuestionnaire } from "../questionnaire/current";
import { describeLevel, scoreLevelIds } from "../scoring";
import { pageTitle } from "../utils/meta";
import { requirePartyActor } from "../utils/party.server";
import { ScrollTable } from "../components/scroll-table";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "party.title");

const domainIds = currentQuestionnaire.domains.map((domain) => domain.id);

// The loader's return is built from what each branch shares (the model never reads the rest), so the JSON
// Remix sends with the page holds nothing a branch did not share either.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { member, actor } = await requirePartyActor(request, context, "party:read-branches");
  const language = await getLanguage(request);
  const query = parseOverviewQuery({ params: new URL(request.url).searchParams });
  const page = loadPartyOverview({ actor, query, domains: domainIds });
  if (!page) throw new Response("Not found", { status: 404 });
  const shown = pageOfRows({ rows: page.rows, page: query.page });
  const questionText = (id: string) => currentQuestionnaire.questions.find((question) => question.id === id)?.text[language] ?? id;
  return {
    partyName: member.current.organisationName,
    mayManage: can(member.current.role, "party:manage-branches"),
    maySetTarget: can(member.current.role, "party:set-target"),
    query,
    elections: page.elections.map((election) => ({ ...election, key: electionKeyOf(election) })),
    election: page.election ? { ...page.election, key: electionKeyOf(page.election) } : null,
    target: page.target ? { electionType: page.target.electionType, electionDate: page.target.electionDate, dueDate: page.target.dueDate } : null,
    onTarget: Boolean(page.onTarget),
    rows: shown.rows,
    pagination: { page: shown.page, pages: shown.pages, count: page.rows.length },
    totals: page.totals,
    openTotals: page.openTotals,
    allBranches: page.allBranches,
    picture: { ...page.picture, gaps: page.picture.gaps.map((gap) => ({ ...gap, text: questionText(gap.questionId) })) },
    domains: currentQuestionnaire.domains.map((domain) => ({ id: domain.id, title: domain.title[language] })),
    levelNames: Object.fromEntries(scoreLevelIds.map((level) => [level, describeLevel({ level }).name[language]])),
  };
}

function SortHeader({ label, sortKey, query }: { label: string; sortKey: OverviewSortKey; query: OverviewQuery }) {
  const t = useT();
  const active = query.sort === sortKey;
  const nextDir = active && query.dir === "asc" ? "desc" : "asc";
  return (
    <th scope="col" aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link to={overviewSearch({ query, change: { sort: sortKey, dir: nextDir, page: 1 } })} preventScrollReset>
        {label}
        <span className="visually-hidden">{` — ${t(nextDir === "asc" ? "party.sort.asc" : "party.sort.desc")}`}</span>
        {active ? <span aria-hidden="true">{query.dir === "asc" ? " ▲" : " ▼"}</span> : null}
      </Link>
    </th>
  );
}

export default function PartyOverview() {
  const t = useT();
  const language = useLanguage();
  const electionLabel = useElectionLabel();
  const data = useLoaderData<typeof loader>();
  const { query, rows, totals, picture, domains } = data;
  const day = (value: string) => formatDate(language, `${value}T12:00:00Z`);
  const notShared = <span className="muted">{t("party.notShared")}</span>;
  const domainTitle = (id: string) => domains.find((domain) => domain.id === id)?.title ?? id;
  const { pagination } = data;
  // The target counts every open branch, whatever the filters.
  const { openTotals } = data;
  const behind = openTotals.sharingProgress - openTotals.submitted;
  const unknown = openTotals.branches - openTotals.sharingProgress;
  const sortLabels: Record<OverviewSortKey, string> = {
    name: t("party.col.name"),
    sharing: t("party.col.sharing"),
    status: t("party.col.status"),
    answered: t("party.col.answered"),
    submitted: t("party.col.submitted"),
    score: t("party.col.score"),
    done: t("party.col.done"),
    late: t("party.col.late"),
  };
  const chartRows = picture.domains.filter((figure) => figure.median !== null);
  return (
    <div className="page page-wide">
      <h1>{t("party.title")}</h1>
      <p className="lead">{t("party.lead", { party: data.partyName, count: data.allBranches })}</p>
      {data.mayManage ? (
        <p className="actions-row">
          <Link to="/party/branches/new" className="button">
            {t("party.newBranch")}
          </Link>{" "}
          {data.maySetTarget ? <Link to="/party/target">{data.target ? t("party.target.change") : t("party.target.set")}</Link> : null}
        </p>
      ) : null}

      {data.target ? (
        <section aria-labelledby="target-heading" className="notice">
          <h2 id="target-heading">{t("party.target.title")}</h2>
          <p>{t("party.target.text", { election: electionLabel(data.target.electionType, data.target.electionDate), date: day(data.target.dueDate) })}</p>
          {data.onTarget ? <p>{t("party.target.behind", { behind, submitted: openTotals.submitted, unknown })}</p> : <p>{t("party.target.otherElection")}</p>}
        </section>
      ) : null}

      <Form method="get" className="filter-form" aria-labelledby="filter-heading">
        <h2 id="filter-heading">{t("party.filter.title")}</h2>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <div className="filter-fields">
          <div className="field">
            <label htmlFor="filter-election">{t("party.filter.election")}</label>
            <select id="filter-election" name="election" defaultValue={data.election?.key ?? ""}>
              {data.elections.length === 0 ? <option value="">{t("party.filter.noElection")}</option> : null}
              {data.elections.map((election) => (
                <option key={election.key} value={election.key}>
                  {electionLabel(election.type, election.date)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-sharing">{t("party.filter.sharing")}</label>
            <select id="filter-sharing" name="sharing" defaultValue={query.sharing}>
              <option value="all">{t("party.filter.all")}</option>
              {sharingLevels.map((level) => (
                <option key={level} value={level}>
                  {t(`sharing.level.${level}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-status">{t("party.filter.status")}</label>
            <select id="filter-status" name="status" defaultValue={query.status}>
              {statusFilters.map((status) => (
                <option key={status} value={status}>
                  {t(`party.status.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-q">{t("party.filter.name")}</label>
            <input id="filter-q" name="q" type="search" defaultValue={query.q} maxLength={80} />
          </div>
          <div className="field">
            <label htmlFor="filter-closed">{t("party.filter.closed")}</label>
            <select id="filter-closed" name="closed" defaultValue={query.closed}>
              <option value="hide">{t("party.filter.closedHide")}</option>
              <option value="show">{t("party.filter.closedShow")}</option>
            </select>
          </div>
        </div>
        <button type="submit">{t("party.filter.submit")}</button>
      </Form>

      <p>
        <a href={`/party.csv${overviewSearch({ query, change: { election: data.election?.key, page: 1 } })}`} download>
          {t("party.csv", { count: pagination.count })}
        </a>
      </p>

      <ScrollTable
        className="table branch-table"
        caption={
          <>
            {t("party.table.caption", { count: pagination.count })}
            {pagination.pages > 1 ? ` — ${t("party.page.of", { page: pagination.page, pages: pagination.pages })}` : ""}
            {data.election ? ` — ${electionLabel(data.election.type, data.election.date)}` : ""}
          </>
        }
        captionId="branches-caption"
      >
        <thead>
          <tr>
            <SortHeader label={sortLabels.name} sortKey="name" query={query} />
            <SortHeader label={sortLabels.sharing} sortKey="sharing" query={query} />
            <SortHeader label={sortLabels.status} sortKey="status" query={query} />
            <SortHeader label={sortLabels.answered} sortKey="answered" query={query} />
            <SortHeader label={sortLabels.submitted} sortKey="submitted" query={query} />
            <th scope="col">{t("party.col.level")}</th>
            <SortHeader label={sortLabels.score} sortKey="score" query={query} />
            {domains.map((domain) => (
              <th scope="col" key={domain.id}>
                {domain.title}
              </th>
            ))}
            <SortHeader label={sortLabels.done} sortKey="done" query={query} />
            <SortHeader label={sortLabels.late} sortKey="late" query={query} />
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={9 + domains.length}>{t("party.table.empty")}</td>
            </tr>
          ) : null}
          {rows.map((row) => {
            const p = row.progress;
            const s = row.scores;
            const scoreCell = (value: string | number | null | undefined) => (s ? (value ?? "—") : p && p.status !== "submitted" ? "—" : notShared);
            return (
              <tr key={row.id}>
                <th scope="row">
                  <Link to={`/party/branches/${row.id}`}>{row.name}</Link>
                  {row.closed ? <span className="muted">{` (${t("party.closed")})`}</span> : null}
                  {row.readOnlyAssessmentId ? (
                    <span className="branch-extra">
                      <Link
                        to={`/party/branches/${row.id}/assessments/${row.readOnlyAssessmentId}`}
                        aria-label={t("party.readOnly.openFor", { branch: row.name })}
                      >
                        {t("party.readOnly.open")}
                      </Link>
                    </span>
                  ) : null}
                </th>
                <td>{t(`sharing.level.${row.sharingLevel}`)}</td>
                <td>{p ? t(`party.status.${p.status}`) : notShared}</td>
                <td>{p ? (p.answeredPercent === null ? "—" : `${p.answeredPercent} %`) : notShared}</td>
                <td>{p ? (p.submittedOn ? day(p.submittedOn) : "—") : notShared}</td>
                <td>{scoreCell(s?.level ? data.levelNames[s.level] : null)}</td>
                <td>{scoreCell(s?.overall)}</td>
                {domains.map((domain) => (
                  <td key={domain.id}>{scoreCell(s?.domains[domain.id])}</td>
                ))}
                <td>{p ? (p.actionsDone ?? "—") : notShared}</td>
                <td>{p ? (p.actionsLate ?? "—") : notShared}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("party.totals", { count: totals.branches })}</th>
            <td>{t("party.totals.sharing", { count: totals.sharingProgress })}</td>
            <td>{t("party.totals.status", { submitted: totals.submitted, drafts: totals.drafts, notStarted: totals.notStarted })}</td>
            <td />
            <td />
            <td />
            <td>{totals.medianScore === null ? "—" : t("party.totals.median", { score: totals.medianScore })}</td>
            {domains.map((domain) => (
              <td key={domain.id} />
            ))}
            <td>{totals.actionsDone}</td>
            <td>{totals.actionsLate}</td>
          </tr>
        </tfoot>
      </ScrollTable>

      {pagination.pages > 1 ? (
        <nav aria-label={t("party.page.label")} className="pagination">
          <ul className="inline-list">
            {Array.from({ length: pagination.pages }, (_, index) => index + 1).map((number) => (
              <li key={number}>
                {number === pagination.page ? (
                  <span aria-current="page">{t("party.page.number", { page: number })}</span>
                ) : (
                  <Link to={overviewSearch({ query, change: { page: number } })}>{t("party.page.number", { page: number })}</Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <section aria-labelledby="picture-heading">
        <h2 id="picture-heading">{t("party.picture.title")}</h2>
        <p>{t("party.picture.lead", { count: picture.branchesWithScores, min: picture.minBranches })}</p>
        {picture.branchesWithScores < picture.minBranches ? (
          <p>{t("party.picture.tooFew", { min: picture.minBranches })}</p>
        ) : (
          <>
            <h3>{t("party.picture.weakest")}</h3>
            <ol>
              {picture.weakest.map((figure) => (
                <li key={figure.domain}>
                  {t("party.picture.domain", { domain: domainTitle(figure.domain), median: figure.median ?? 0, count: figure.branches })}
                </li>
              ))}
            </ol>
            <h3>{t("party.picture.gaps")}</h3>
            {picture.gaps.length === 0 ? (
              <p>{t("party.picture.noGaps", { min: picture.minBranches })}</p>
            ) : (
              <ol>
                {picture.gaps.map((gap) => (
                  <li key={gap.questionId}>{t("party.picture.gap", { question: gap.text, count: gap.branches, total: picture.branchesWithScores })}</li>
                ))}
              </ol>
            )}
            <div className="chart-and-table">
              {chartRows.length > 0 ? (
                <BarChart
                  id="party-domain-chart"
                  title={t("party.picture.chart")}
                  max={100}
                  rows={chartRows.map((figure) => ({
                    key: figure.domain,
                    label: domainTitle(figure.domain),
                    value: figure.median,
                    text: String(figure.median),
                  }))}
                />
              ) : null}
              <ScrollTable caption={t("party.picture.tableCaption")} captionId="medians-caption">
                <thead>
                  <tr>
                    <th scope="col">{t("party.picture.colDomain")}</th>
                    <th scope="col">{t("party.picture.colMedian")}</th>
                    <th scope="col">{t("party.picture.colBranches")}</th>
                  </tr>
                </thead>
                <tbody>
                  {picture.domains.map((figure) => (
                    <tr key={figure.domain}>
                      <th scope="row">{domainTitle(figure.domain)}</th>
                      <td>{figure.median === null ? t("party.picture.hidden", { min: picture.minBranches }) : figure.median}</td>
                      <td>{figure.branches}</td>
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
            </div>
          </>
        )}
      </section>
      <p className="muted">{t("party.privacy")}</p>
    </div>
  );
}
