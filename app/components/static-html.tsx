import { createContext, useContext, type HTMLAttributes, type ReactNode } from "react";

// Parts of a page that depend only on what their key names (a question's text, help and sources in one
// questionnaire version and language) are rendered to HTML once on the server and then reused: rendering
// them again for every request was most of the domain page's cost. In the browser the same children are
// rendered as usual, so hydration meets exactly the HTML React would have written.

type RenderToString = (node: ReactNode) => string;

let renderToString: RenderToString | null = null;
const rendered = new Map<string, string>();
// A bound on memory: far more than every question of every version in both languages with every answer.
const maxEntries = 20_000;

/** Called once by the server entry; without it (in the browser) StaticHtml renders its children. */
export function registerStaticRenderer({ render }: { render: RenderToString }): void {
  renderToString = render;
}

type Tag = "div" | "details" | "legend";

// On a page load the browser gets the server's HTML and the page's data; static content (a question's help)
// would be in both. So a loader may leave it out of the data on a page load and hand it to the server's
// render beside the data (see serverContentOf in utils/http.server.ts); the browser then keeps the HTML the
// server wrote for it. A navigation in the browser has no server HTML, so its data carries the content.
const ServerContent = createContext<ReadonlyMap<string, unknown> | null>(null);
export const ServerContentProvider = ServerContent.Provider;

/** Content the loader handed the server's render under `key` (never anything in the browser). */
export function useServerContent<T>(key: string): T | undefined {
  return useContext(ServerContent)?.get(key) as T | undefined;
}

// In the browser: the server's HTML of static content the page's data left out, by cache key, read from the
// page once it is hydrated, so the same element rendered again (or after a navigation back) shows it.
const keptInBrowser = new Map<string, string>();
function keepServerHtml(cacheKey: string) {
  return (element: HTMLElement | null) => {
    if (element && !keptInBrowser.has(cacheKey) && element.innerHTML) keptInBrowser.set(cacheKey, element.innerHTML);
  };
}

/**
 * An element whose children depend only on `cacheKey`. The children must not use hooks that need the
 * page's context (router, language): on the server they are rendered on their own, once per key, and a
 * page that finds them rendered does not even build them.
 */
export function StaticHtml({
  as: Element,
  cacheKey,
  children,
  fromServer = false,
  ...attributes
}: {
  as: Tag;
  cacheKey: string | null;
  /** Built only when they are rendered: on the server, once per key. */
  children: () => ReactNode;
  /** The page's data left the children out (a page load): the browser keeps the server's HTML. */
  fromServer?: boolean;
} & Omit<HTMLAttributes<HTMLElement>, "children">) {
  if (!renderToString && cacheKey !== null && (fromServer || keptInBrowser.has(cacheKey))) {
    // While hydrating, React leaves an element's inner HTML as the server wrote it; it only writes it when
    // the value changes, to the same HTML read back from the page.
    return <Element {...attributes} ref={keepServerHtml(cacheKey)} dangerouslySetInnerHTML={{ __html: keptInBrowser.get(cacheKey) ?? "" }} />;
  }
  if (!renderToString || cacheKey === null) return <Element {...attributes}>{children()}</Element>;
  let html = rendered.get(cacheKey);
  if (html === undefined) {
    html = renderToString(<>{children()}</>);
    if (rendered.size >= maxEntries) rendered.clear();
    rendered.set(cacheKey, html);
  }
  return <Element {...attributes} dangerouslySetInnerHTML={{ __html: html }} />;
}
