// The app's links. In the browser they are Remix's Link and NavLink. On the server, a link to a plain path of
// ours is written as the <a> those components would write, directly: they resolve their target through
// about a dozen router hooks per link, which cost more than the rest of a page's header. The markup is the
// same, attribute for attribute, so the browser's Link and NavLink hydrate it unchanged; anything else
// (a relative target, a search built from an object, prefetching) goes through Remix's components on the
// server too.
import { Link as RemixLink, NavLink as RemixNavLink, useLocation, type LinkProps, type NavLinkProps } from "@remix-run/react";
import { forwardRef } from "react";

// A path that the router's href resolution and location encoding return unchanged: absolute, without
// "//", "." or ".." segments, and of characters that need no encoding.
const plainPath = /^\/(?:[A-Za-z0-9_~-]+(?:\.[A-Za-z0-9_~-]+)*\/?)*$/;
const plainSearch = /^(?:\?[A-Za-z0-9_~.%=&+-]+)?(?:#[A-Za-z0-9_~.-]+)?$/;

// Prefetching and lazy route discovery other than Remix's default need Remix's own components.
function remixDefaults({ prefetch, discover }: Pick<LinkProps, "prefetch" | "discover">): boolean {
  return (prefetch === undefined || prefetch === "none") && (discover === undefined || discover === "render");
}

function plainTarget(to: LinkProps["to"]): to is string {
  if (typeof to !== "string") return false;
  const split = to.search(/[?#]/);
  const path = split === -1 ? to : to.slice(0, split);
  return plainPath.test(path) && !path.includes("//") && (split === -1 || plainSearch.test(to.slice(split)));
}

// Props of Remix's Link that change behaviour in the browser but no attribute of the <a>.
const behaviour = ["reloadDocument", "replace", "state", "preventScrollReset", "relative", "viewTransition", "onClick"] as const;
function attributesOf<T extends { reloadDocument?: boolean }>(props: T) {
  const attributes: Partial<T> = { ...props };
  for (const name of behaviour) Reflect.deleteProperty(attributes, name);
  return { attributes: attributes as Omit<T, (typeof behaviour)[number]>, reloadDocument: props.reloadDocument === true };
}

const ServerLink = /* @__PURE__ */ forwardRef<HTMLAnchorElement, LinkProps>(function ServerLink(props, ref) {
  const { to, prefetch, discover, target, ...rest } = props;
  if (!plainTarget(to) || !remixDefaults({ prefetch, discover })) {
    return <RemixLink ref={ref} {...props} />;
  }
  const { attributes, reloadDocument } = attributesOf(rest);
  return (
    <a {...attributes} data-discover={reloadDocument ? undefined : "true"} href={to} target={target}>
      {attributes.children}
    </a>
  );
});

const ServerNavLink = /* @__PURE__ */ forwardRef<HTMLAnchorElement, NavLinkProps>(function ServerNavLink(props, ref) {
  const location = useLocation();
  const { to, prefetch, discover, target, end = false, caseSensitive = false, className = "", style, children, ...rest } = props;
  if (
    !plainTarget(to) ||
    /[?#]/.test(to) ||
    typeof className !== "string" ||
    typeof children === "function" ||
    style !== undefined ||
    !remixDefaults({ prefetch, discover })
  ) {
    return <RemixNavLink ref={ref} {...props} />;
  }
  const { "aria-current": ariaCurrentProp = "page", ...others } = rest;
  const { attributes, reloadDocument } = attributesOf(others);
  // The router's rule: the same path, or (without `end`) a path below it; case-insensitive unless asked.
  const here = caseSensitive ? location.pathname : location.pathname.toLowerCase();
  const path = caseSensitive ? to : to.toLowerCase();
  const slashAt = path !== "/" && path.endsWith("/") ? path.length - 1 : path.length;
  const active = here === path || (!end && here.startsWith(path) && here.charAt(slashAt) === "/");
  return (
    <a
      {...attributes}
      data-discover={reloadDocument ? undefined : "true"}
      aria-current={active ? ariaCurrentProp : undefined}
      className={[className, active ? "active" : null].filter(Boolean).join(" ")}
      href={to}
      target={target}
    >
      {children}
    </a>
  );
});

// The browser gets Remix's components themselves (the build drops the server's versions from its code).
export const Link = import.meta.env.SSR ? ServerLink : RemixLink;
export const NavLink = import.meta.env.SSR ? ServerNavLink : RemixNavLink;
