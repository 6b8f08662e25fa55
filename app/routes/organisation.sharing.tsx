import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Link } from "../components/link";
import { z } from "zod";
import { can } from "../security/permissions";
import { sharingLevels } from "../branches/sharing";
import { useElectionLabel } from "../components/election";
import { getLanguage } from "../i18n/language.server";
import { formatDateTime } from "../i18n/translate";
import { useLanguage, useT } from "../i18n/use-t";
import { getBranchComparison, getBranchSharing, setSharingLevel } from "../models/branches.server";
import { currentQuestionnaire } from "../questionnaire/current";
import { formToObject, notFound, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { requireBranchActor } from "../utils/party.server";
import { ScrollTable } from "../components/scroll-table";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "sharing.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { member, actor } = await requireBranchActor(request, context, "sharing:read");
  const sharing = getBranchSharing({ organisationId: actor.organisationId });
  if (!sharing) throw notFound();
  const language = await getLanguage(request);
  const comparison = getBranchComparison({ actor, domains: currentQuestionnaire.domains.map((domain) => domain.id) });
  return {
    branchName: member.current.organisationName,
    mayChange: can(member.current.role, "sharing:set"),
    level: sharing.level,
    chosen: sharing.chosen,
    setAt: sharing.setAt?.toISOString() ?? null,
    partyName: sharing.partyName,
    comparison,
    domains: currentQuestionnaire.domains.map((domain) => ({ id: domain.id, title: domain.title[language] })),
  };
}

const actionSchema = z.object({ level: z.enum(sharingLevels, { error: "sharing.error.level" }) });

export async function action({ request, context }: ActionFunctionArgs) {
  const { actor } = await requireBranchActor(request, context, "sharing:set");
  const form = await readForm(request);
  if (!form) return data({ error: "errors.tooLarge", saved: false }, { status: 413 });
  const parsed = actionSchema.safeParse(formToObject(form));
  if (!parsed.success) return data({ error: "sharing.error.level", saved: false }, { status: 400 });
  const result = setSharingLevel({ actor, level: parsed.data.level });
  if (!result.ok) return data({ error: "party.error.forbidden", saved: false }, { status: 403 });
  return { error: null, saved: true };
}

export default function Sharing() {
  const t = useT();
  const language = useLanguage();
  const electionLabel = useElectionLabel();
  const { branchName, mayChange, level, chosen, setAt, partyName, comparison, domains } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="page">
      <p>
        <Link to="/members">{t("sharing.back")}</Link>
      </p>
      <h1>{t("sharing.title")}</h1>
      <p className="lead">{t("sharing.lead", { branch: branchName, party: partyName })}</p>
      <div role="status" aria-live="polite">
        {result?.saved ? <p className="notice">{t("sharing.saved", { level: t(`sharing.level.${level}`) })}</p> : null}
      </div>
      {result?.error ? (
        <div className="error-summary" role="alert">
          <p>{t("sharing.error.level")}</p>
        </div>
      ) : null}
      {!chosen ? (
        <p className="notice">{t("sharing.defaultNotice", { party: partyName, level: t(`sharing.level.${level}`) })}</p>
      ) : (
        <p>{t("sharing.current", { level: t(`sharing.level.${level}`), date: setAt ? formatDateTime(language, setAt) : "" })}</p>
      )}
      {mayChange ? (
        <Form method="post">
          <fieldset>
            <legend>{t("sharing.legend", { party: partyName })}</legend>
            {sharingLevels.map((option) => (
              <div className="sharing-choice" key={option}>
                <input
                  type="radio"
                  id={`level-${option}`}
                  name="level"
                  value={option}
                  defaultChecked={option === level}
                  aria-describedby={`level-${option}-hint`}
                />{" "}
                <label htmlFor={`level-${option}`}>
                  <strong>{t(`sharing.level.${option}`)}</strong>
                </label>
                <p className="muted" id={`level-${option}-hint`}>
                  {t(`sharing.hint.${option}`)}
                </p>
              </div>
            ))}
          </fieldset>
          <p>{t("sharing.atOnce")}</p>
          <button type="submit">{t("sharing.submit")}</button>
        </Form>
      ) : (
        <p>{t("sharing.onlyItLead")}</p>
      )}

      <section aria-labelledby="beside-heading">
        <h2 id="beside-heading">{t("sharing.beside.title")}</h2>
        {!comparison ? (
          <p>{t("sharing.beside.noOwn")}</p>
        ) : comparison.branches < comparison.minBranches ? (
          <p>{t("sharing.beside.tooFew", { min: comparison.minBranches, election: electionLabel(comparison.election.type, comparison.election.date) })}</p>
        ) : (
          <ScrollTable
            caption={t("sharing.beside.caption", { election: electionLabel(comparison.election.type, comparison.election.date), count: comparison.branches })}
            captionId="beside-caption"
          >
            <thead>
              <tr>
                <th scope="col">{t("party.picture.colDomain")}</th>
                <th scope="col">{t("sharing.beside.own")}</th>
                <th scope="col">{t("sharing.beside.median")}</th>
              </tr>
            </thead>
            <tbody>
              {domains.map((domain) => {
                const figure = comparison.partyMedians.find((f) => f.domain === domain.id);
                return (
                  <tr key={domain.id}>
                    <th scope="row">{domain.title}</th>
                    <td>{comparison.own[domain.id] ?? "—"}</td>
                    <td>{figure?.median ?? t("party.picture.hidden", { min: comparison.minBranches })}</td>
                  </tr>
                );
              })}
            </tbody>
          </ScrollTable>
        )}
      </section>
    </div>
  );
}
