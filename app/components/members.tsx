// The forms of the members page. The overview (/members) shows them all; inviting and withdrawing an
// invitation post to /members/invitations, the two-step rule to /members/two-step, and those pages show
// the result (the new invitation link, a notice or an error), with or without JavaScript.
import { Form, useNavigation } from "@remix-run/react";
import { Link } from "./link";
import type { ReactNode } from "react";
import { formatDate, formatDateTime, type MessageKey } from "../i18n/translate";
import { useLanguage, useT } from "../i18n/use-t";
import { memberRoles, type MemberRole } from "../security/permissions";
import { Field, useErrorText, useCheckedSubmit } from "./field";
import { useCheckedForm } from "./checked-form";

export const membersPaths = { overview: "/members", invitations: "/members/invitations", twoStep: "/members/two-step" } as const;

/** What a members form's action answers. */
export type MembersFormResult =
  | { intent: "invite"; errors: Partial<Record<string, string>>; link?: undefined; values: { email: string; role: string } }
  | { intent: "invite"; errors?: undefined; link: string; email: string; expiresAt: string }
  | { intent: "row"; error: string; membershipId?: string }
  | { intent: "done"; message: MessageKey };

/** The notice or the problem a members form reports. */
export function MembersFormOutcome({ result }: { result: MembersFormResult | undefined }) {
  const t = useT();
  const errorText = useErrorText();
  return (
    <>
      <div role="status" aria-live="polite">
        {result?.intent === "done" ? <p className="notice">{t(result.message)}</p> : null}
      </div>
      {result?.intent === "row" ? (
        <div className="error-summary" role="alert">
          <p>{errorText(result.error)}</p>
        </div>
      ) : null}
    </>
  );
}

/** The frame of a page for one members concern: the page title and the way back to the overview. */
export function MembersConcernPage({ organisationName, children }: { organisationName: string; children: ReactNode }) {
  const t = useT();
  return (
    <div className="page">
      <h1>{t("members.title")}</h1>
      <p className="lead">{t("members.lead", { organisation: organisationName })}</p>
      <p>
        <Link to={membersPaths.overview}>{t("members.back")}</Link>
      </p>
      {children}
    </div>
  );
}

function InviteForm({ result }: { result: MembersFormResult | undefined }) {
  const t = useT();
  const navigation = useNavigation();
  const kept = result?.intent === "invite" && result.errors ? result.values : undefined;
  const keptRole = memberRoles.find((role) => role === kept?.role) ?? "contributor";
  const form = useCheckedForm({ schema: () => import("../auth/forms").then((forms) => forms.inviteSchema) });
  const checkedSubmit = useCheckedSubmit(form);
  const serverErrors = result?.intent === "invite" ? (result.errors ?? {}) : {};
  const emailError = form.formState.errors.email?.message ?? serverErrors.email;
  const roleError = form.formState.errors.role?.message ?? serverErrors.role;
  const errorText = useErrorText();
  return (
    <Form method="post" action={membersPaths.invitations} noValidate className="stacked-form" onSubmit={checkedSubmit.onSubmit}>
      <input type="hidden" name="intent" value="invite" />
      <Field
        label={t("members.invite.email")}
        type="email"
        autoComplete="off"
        required
        maxLength={254}
        defaultValue={kept?.email}
        error={emailError}
        {...form.register("email")}
      />
      <div className={roleError ? "field field-invalid" : "field"}>
        <label htmlFor="field-role">{t("members.invite.role")}</label>
        {roleError ? (
          <p className="field-error" id="field-role-error">
            {errorText(roleError)}
          </p>
        ) : null}
        <select
          id="field-role"
          defaultValue={keptRole}
          aria-invalid={roleError ? true : undefined}
          aria-describedby={roleError ? "field-role-error" : undefined}
          {...form.register("role")}
        >
          {memberRoles.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={navigation.state === "submitting"}>
        {t("members.invite.submit")}
      </button>
    </Form>
  );
}

export function TwoStepRequirement({
  organisationName,
  required,
  myOwnIsOn,
  withoutTwoStep,
}: {
  organisationName: string;
  required: boolean;
  myOwnIsOn: boolean;
  withoutTwoStep: string[];
}) {
  const t = useT();
  return (
    <section aria-labelledby="two-step-heading">
      <h2 id="two-step-heading">{t("members.twoStep.title")}</h2>
      <p>
        {required ? t("members.twoStep.isRequired", { organisation: organisationName }) : t("members.twoStep.isOptional", { organisation: organisationName })}
      </p>
      {withoutTwoStep.length > 0 ? (
        <>
          <p>{t("members.twoStep.without")}</p>
          <ul className="plain-list">
            {withoutTwoStep.map((name, index) => (
              <li key={`${name}-${index}`}>{name}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t("members.twoStep.everyone")}</p>
      )}
      {!required && !myOwnIsOn ? (
        <p>
          {t("members.twoStep.ownFirst")} <Link to="/account/two-step">{t("members.twoStep.setUpOwn")}</Link>
        </p>
      ) : (
        <Form method="post" action={membersPaths.twoStep} className="inline-form">
          <input type="hidden" name="intent" value="require-two-step" />
          <input type="hidden" name="required" value={required ? "off" : "on"} />
          <button type="submit" className={required ? "button-secondary" : undefined}>
            {required ? t("members.twoStep.makeOptional") : t("members.twoStep.require")}
          </button>
        </Form>
      )}
    </section>
  );
}

export type InvitationView = { id: string; email: string; role: MemberRole; expiresAt: string };

/** Inviting a colleague: the link just made (shown once), the form, and the open invitations with a withdraw button. */
export function InviteSection({ invitations, result }: { invitations: InvitationView[]; result: MembersFormResult | undefined }) {
  const t = useT();
  const language = useLanguage();
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("members.invite.title")}</h2>
      <p>{t("members.invite.body")}</p>
      {result?.intent === "invite" && result.link ? (
        <div className="notice" role="status">
          <p>{t("members.invite.created", { email: result.email, date: formatDate(language, result.expiresAt) })}</p>
          <label htmlFor="invite-link">{t("members.invite.link")}</label>
          <input id="invite-link" readOnly value={result.link} className="copy-field" />
        </div>
      ) : null}
      <InviteForm result={result} />
      {invitations.length > 0 ? (
        <>
          <h3>{t("members.open.title")}</h3>
          <ul className="plain-list">
            {invitations.map((i) => (
              <li key={i.id}>
                <Form method="post" action={membersPaths.invitations} className="inline-form">
                  <span>{t("members.open.item", { email: i.email, role: t(`role.${i.role}`), date: formatDateTime(language, i.expiresAt) })}</span>
                  <input type="hidden" name="intent" value="revoke" />
                  <input type="hidden" name="invitationId" value={i.id} />
                  <button type="submit" className="button-secondary">
                    {t("members.open.revoke")}
                    <span className="visually-hidden"> {i.email}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
