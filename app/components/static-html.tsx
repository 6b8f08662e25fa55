import type { HTMLAttributes, ReactNode } from "react";

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

/**
 * An element whose children depend only on `cacheKey`. The children must not use hooks that need the
 * page's context (router, language): on the server they are rendered on their own.
 */
export function StaticHtml({
  as: Element,
  cacheKey,
  children,
  ...attributes
}: { as: Tag; cacheKey: string | null; children: ReactNode } & HTMLAttributes<HTMLElement>) {
  if (!renderToString || cacheKey === null) return <Element {...attributes}>{children}</Element>;
  let html = rendered.get(cacheKey);
  if (html === undefined) {
    html = renderToString(<>{children}</>);
    if (rendered.size >= maxEntries) rendered.clear();
    rendered.set(cacheKey, html);
  }
  return <Element {...attributes} dangerouslySetInnerHTML={{ __html: html }} />;
}
