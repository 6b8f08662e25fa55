// The server's plain links must be exactly what Remix's Link and NavLink write, so the browser's components
// hydrate them unchanged; anything the plain path does not cover must still go through Remix's components.
import { Link as RemixLink, NavLink as RemixNavLink } from "@remix-run/react";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { MemoryRouter } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { Link, NavLink } from "../../app/components/link";

function at(path: string, element: ReactElement): string {
  return renderToString(<MemoryRouter initialEntries={[path]}>{element}</MemoryRouter>);
}

describe("links on the server", () => {
  it("uses its own components on the server, not Remix's", () => {
    expect(Link).not.toBe(RemixLink);
    expect(NavLink).not.toBe(RemixNavLink);
  });

  const links: Array<[string, Record<string, unknown>]> = [
    ["/", { children: "Weerbaar", className: "brand" }],
    ["/assessments/abc123/domains/accounts", { children: "Accounts" }],
    ["/assessments/abc123/results#scores", { children: "Scores", "aria-describedby": "x" }],
    ["/party?sort=name&dir=desc&page=2", { children: "2", preventScrollReset: true }],
    ["/account/security", { children: "Security", className: "button", reloadDocument: true }],
    ["/questionnaire/", { children: "Trailing", target: "_blank", rel: "noreferrer" }],
    ["?page=2", { children: "Relative search" }],
    ["../results", { children: "Relative path" }],
    ["//evil.example/x", { children: "Protocol-relative" }],
    ["https://www.ncsc.gov.uk/", { children: "External", hrefLang: "en", lang: "en" }],
    ["/pad met spatie", { children: "Encoded" }],
    ["/a/./b", { children: "Dot segment" }],
  ];

  it.each(links)("writes Link to %s as Remix does", (to, props) => {
    const ours = at("/assessments/abc123", <Link to={to} {...props} />);
    expect(ours).toBe(at("/assessments/abc123", <RemixLink to={to} {...props} />));
    expect(ours).toContain("<a");
  });

  const navLinks: Array<[string, string, Record<string, unknown>]> = [
    ["/assessments/abc123/domains/accounts", "/assessments", {}],
    ["/assessments", "/assessments", {}],
    ["/Assessments", "/assessments", {}],
    ["/assessments", "/assessments/", {}],
    ["/assessmentsx", "/assessments", {}],
    ["/admin/users", "/admin", { end: true }],
    ["/admin", "/admin", { end: true }],
    ["/Admin", "/admin", { caseSensitive: true }],
    ["/home", "/home", { className: "nav-item", "aria-current": "location" }],
    ["/home", "/", {}],
    ["/", "/", {}],
    ["/home", "/home?x=1", {}],
    ["/home", "/home", { className: ({ isActive }: { isActive: boolean }) => (isActive ? "on" : "off") }],
  ];

  it.each(navLinks)("at %s writes NavLink to %s as Remix does (%o)", (here, to, props) => {
    const ours = at(
      here,
      <NavLink to={to} {...props}>
        Item
      </NavLink>,
    );
    expect(ours).toBe(
      at(
        here,
        <RemixNavLink to={to} {...props}>
          Item
        </RemixNavLink>,
      ),
    );
  });

  it("marks the current page as Remix does", () => {
    expect(at("/assessments/x", <NavLink to="/assessments">Zelftesten</NavLink>)).toBe(
      '<a data-discover="true" aria-current="page" class="active" href="/assessments">Zelftesten</a>',
    );
  });
});
