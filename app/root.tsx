import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { Form, isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useLocation, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { Link, NavLink } from "./components/link";
import { getSessionUser } from "./auth/session.server";
import { can } from "./security/permissions";
import { getLanguage } from "./i18n/language.server";
import type { MessageKey } from "./i18n/translate";
import { useLanguage, useT } from "./i18n/use-t";
import { useNonce } from "./components/nonce";
import stylesUrl from "./styles/app.css?url";
import "virtual:messages/page";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesUrl },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const [language, user] = await Promise.all([getLanguage(request), getSessionUser(request)]);
  return {
    language,
    user: user
      ? {
          name: user.name,
          email: user.email,
          platformRole: user.platformRole,
          current: user.current,
          memberships: user.memberships.map((m) => ({ organisationId: m.organisationId, organisationName: m.organisationName, role: m.role })),
        }
      : null,
  };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

// The root data (language, user, organisation) only changes through a form post (sign-in, switch);
// plain navigations reuse it.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) =>
  formMethod !== undefined && formMethod.toUpperCase() !== "GET" ? defaultShouldRevalidate : false;

function Header() {
  const t = useT();
  const language = useLanguage();
  const data = useRouteLoaderData<typeof loader>("root");
  const location = useLocation();
  const user = data?.user ?? null;
  const here = location.pathname + location.search;
  const role = user?.platformRole ?? user?.current?.role ?? null;
  return (
    <header className="site-header">
      <div className="header-inner">
        <Link to="/" className="brand">
          Weerbaar
        </Link>
        <nav aria-label={t("nav.label")}>
          <ul className="nav-list">
            {user && !user.platformRole && user.current ? (
              <>
                <li>
                  <NavLink to="/home">{t("nav.home")}</NavLink>
                </li>
                <li>
                  <NavLink to="/assessments">{t("nav.assessments")}</NavLink>
                </li>
                {role && can(role, "members:read") ? (
                  <li>
                    <NavLink to="/members">{t("nav.members")}</NavLink>
                  </li>
                ) : null}
                {user.current.organisationKind === "national_party" && role && can(role, "party:read-branches") ? (
                  <li>
                    <NavLink to="/party">{t("nav.party")}</NavLink>
                  </li>
                ) : null}
              </>
            ) : null}
            {role === "admin" ? (
              <>
                <li>
                  <NavLink to="/admin" end>
                    {t("nav.organisations")}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/admin/users">{t("nav.users")}</NavLink>
                </li>
                <li>
                  <NavLink to="/admin/audit">{t("nav.audit")}</NavLink>
                </li>
                <li>
                  <NavLink to="/admin/mail">{t("adminMail.nav")}</NavLink>
                </li>
                <li>
                  <NavLink to="/admin/insights">{t("adminInsights.nav")}</NavLink>
                </li>
              </>
            ) : null}
            {role === "analyst" ? (
              <li>
                <NavLink to="/insights">{t("nav.insights")}</NavLink>
              </li>
            ) : null}
            <li>
              <NavLink to="/questionnaire">{t("nav.questionnaire")}</NavLink>
            </li>
          </ul>
        </nav>
        <div className="header-tools">
          {user && user.memberships.length > 1 && user.current ? (
            <Form method="post" action="/organisation/switch" className="inline-form">
              <input type="hidden" name="redirectTo" value={here} />
              <label htmlFor="organisation-switch">{t("header.organisation")}</label>
              <select id="organisation-switch" name="organisationId" defaultValue={user.current.organisationId}>
                {user.memberships.map((m) => (
                  <option key={m.organisationId} value={m.organisationId}>
                    {m.organisationName}
                  </option>
                ))}
              </select>
              <button type="submit" className="button-secondary">
                {t("header.switch")}
              </button>
            </Form>
          ) : user?.current ? (
            <span className="current-org">{user.current.organisationName}</span>
          ) : null}
          {/* A full page load: the browser then fetches the other language's catalogue. */}
          <Form method="post" action="/language" className="inline-form" reloadDocument>
            <input type="hidden" name="redirectTo" value={here} />
            <input type="hidden" name="language" value={language === "nl" ? "en" : "nl"} />
            <button type="submit" className="button-link" lang={language === "nl" ? "en" : "nl"}>
              {language === "nl" ? "English" : "Nederlands"}
            </button>
          </Form>
          {user ? <NavLink to="/account/security">{t("header.account")}</NavLink> : null}
          {user ? (
            <Form method="post" action="/logout" className="inline-form">
              <span className="user-name">{user.name}</span>
              <button type="submit" className="button-secondary">
                {t("header.signOut")}
              </button>
            </Form>
          ) : (
            <Link to="/login">{t("header.signIn")}</Link>
          )}
        </div>
      </div>
    </header>
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const language = useLanguage();
  const nonce = useNonce();
  const t = useT();
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a href="#main" className="skip-link">
          {t("shell.skipToContent")}
        </a>
        <Header />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>{t("shell.footer")}</p>
        </footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

// The refusals that name their own message, each with its title.
const namedRefusals: Partial<Record<MessageKey, MessageKey>> = {
  "error.badElectionDate.body": "error.badElectionDate.title",
  "error.organisationSwitch.body": "error.organisationSwitch.title",
};

function namedMessageOf(value: unknown): { titleKey: MessageKey; messageKey: MessageKey; values: Record<string, string> } | null {
  if (!value || typeof value !== "object" || !("messageKey" in value) || typeof value.messageKey !== "string") return null;
  const entry = Object.entries(namedRefusals).find(([key]) => key === value.messageKey);
  if (!entry) return null;
  const values: Record<string, string> = {};
  if ("values" in value && value.values && typeof value.values === "object") {
    for (const [key, item] of Object.entries(value.values)) if (typeof item === "string") values[key] = item;
  }
  const [, titleKey] = entry;
  const messageKey = Object.keys(namedRefusals).find((key): key is MessageKey => key === value.messageKey);
  return titleKey && messageKey ? { titleKey, messageKey, values } : null;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // A refusal may name its own message (a catalogue key and its values) so the page says what is wrong.
  const named = isRouteErrorResponse(error) ? namedMessageOf(error.data) : null;
  const [title, body] = named
    ? [t(named.titleKey), t(named.messageKey, named.values)]
    : status === 404
      ? [t("error.notFound.title"), t("error.notFound.body")]
      : status === 403
        ? [t("error.forbidden.title"), t("error.forbidden.body")]
        : status === 429
          ? [t("error.tooMany.title"), t("error.tooMany.body")]
          : status < 500
            ? [t("error.badRequest.title"), t("error.badRequest.body")]
            : [t("error.server.title"), t("error.server.body")];
  return (
    <div className="page narrow">
      <title>{`${title} — Weerbaar`}</title>
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <Link to="/">{t("error.backHome")}</Link>
      </p>
    </div>
  );
}
