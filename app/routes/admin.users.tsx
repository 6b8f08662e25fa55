import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requirePlatformRole } from "../auth/guards.server";
import { useErrorText } from "../components/field";
import { useT } from "../i18n/use-t";
import { setUserDisabledAsAdmin } from "../models/admin.server";
import { listUsers } from "../models/users.server";
import { formToObject, getClientAddress, readForm } from "../utils/http.server";
import { pageTitle } from "../utils/meta";
import { ScrollTable } from "../components/scroll-table";
import "virtual:messages/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.users.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePlatformRole(request, "admin:users");
  return {
    myId: admin.id,
    users: listUsers().map((u) => ({ id: u.id, email: u.email, name: u.name, platformRole: u.platformRole, disabled: u.disabledAt !== null })),
  };
}

const actionSchema = z.object({ intent: z.enum(["disable", "enable"]), userId: z.string().min(1).max(64) });

export async function action({ request, context }: ActionFunctionArgs) {
  const admin = await requirePlatformRole(request, "admin:users");
  const form = await readForm(request, 4096);
  const parsed = actionSchema.safeParse(form ? formToObject(form) : {});
  if (!parsed.success) return data({ error: "errors.badForm", message: null }, { status: 400 });
  const result = setUserDisabledAsAdmin({
    admin: { userId: admin.id, ipAddress: getClientAddress(context) },
    userId: parsed.data.userId,
    disabled: parsed.data.intent === "disable",
  });
  if (!result.ok) return data({ error: `admin.users.error.${result.error}`, message: null }, { status: result.error === "self" ? 409 : 404 });
  return { error: null, message: parsed.data.intent === "disable" ? "admin.users.disabledNow" : "admin.users.enabledNow" };
}

export default function AdminUsers() {
  const t = useT();
  const errorText = useErrorText();
  const { users, myId } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="page">
      <h1>{t("admin.users.title")}</h1>
      <p className="lead">{t("admin.users.lead")}</p>
      <div role="status" aria-live="polite">
        {actionData?.message ? <p className="notice">{errorText(actionData.message)}</p> : null}
      </div>
      {actionData?.error ? (
        <div className="error-summary" role="alert">
          <p>{errorText(actionData.error)}</p>
        </div>
      ) : null}
      <ScrollTable caption={t("admin.users.title")} captionId="users-caption" hideCaption>
        <thead>
          <tr>
            <th scope="col">{t("members.name")}</th>
            <th scope="col">{t("members.email")}</th>
            <th scope="col">{t("admin.users.platformRole")}</th>
            <th scope="col">{t("admin.organisations.status")}</th>
            <th scope="col">{t("members.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>{u.platformRole ? t(`role.${u.platformRole}`) : "—"}</td>
              <td>{u.disabled ? t("admin.status.disabled") : t("admin.status.active")}</td>
              <td>
                {u.id === myId ? (
                  t("members.you")
                ) : (
                  <Form method="post">
                    <input type="hidden" name="userId" value={u.id} />
                    <input type="hidden" name="intent" value={u.disabled ? "enable" : "disable"} />
                    <button type="submit" className={u.disabled ? "button-secondary" : "button-danger"}>
                      {u.disabled ? t("admin.users.enable") : t("admin.users.disable")}
                      <span className="visually-hidden"> {u.email}</span>
                    </button>
                  </Form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </div>
  );
}
