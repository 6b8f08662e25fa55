import { randomBytes } from "node:crypto";
import type { ActionFunctionArgs, AppLoadContext, EntryContext, LoaderFunctionArgs } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { renderToString } from "react-dom/server";
import { NonceContext } from "./components/nonce";
import { serverContentOf } from "./utils/http.server";
import { withoutNulBytes } from "./utils/nul-bytes";
import { registerStaticRenderer, ServerContentProvider } from "./components/static-html";
import { registerCatalogue } from "./i18n/registry";
import { en } from "./i18n/en";
import { nl } from "./i18n/nl";

registerCatalogue("nl", nl);
registerCatalogue("en", en);
registerStaticRenderer({ render: renderToString });

export { startup } from "./startup.server";
export { securityHeaders } from "./utils/security-headers";
export { refusalPage } from "./utils/refusal.server";
export { logPathOf } from "./utils/log-path";
// Releases follow the calendar, not a click (ADR 018).
export { startReleaseCalendar } from "./models/release-calendar.server";
export { startMailWorker } from "./jobs/mail-worker.server";
export { startReminderScheduler } from "./jobs/reminder-scheduler.server";

const ABORT_DELAY = 5_000;

// Outside production React Router warns "No routes matched location <path>" for every unknown address:
// the path may carry a token (an invitation link with a typo), and an unknown address is no problem of
// ours. That one warning is dropped; every other warning still reaches the log.
const warn = console.warn.bind(console);
console.warn = function warnWithoutUnknownPaths(...args: unknown[]) {
  if (typeof args[0] === "string" && args[0].startsWith("No routes matched location")) return;
  warn(...args);
};

/**
 * Remix calls this for every error before it renders the error page. An ordinary refusal (a 404 for an
 * unknown address, a 405) is no server error: it is not logged (its message names the path, which may
 * hold a token) and the router's internal Error, whose stack names server paths, is dropped so that it
 * reaches neither the log nor, in development mode, the page's data.
 */
export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs): void {
  if (isRouteErrorResponse(error) && error.status < 500) {
    if (error && typeof error === "object") Reflect.deleteProperty(error, "error");
    return;
  }
  if (request.signal.aborted) return;
  console.error(error);
}

/**
 * Remix passes a loader's or action's headers on only for routes that export headers(); ours set
 * Cache-Control (two-step set-up, recovery codes) and Retry-After (a 429) in data() and expect them to
 * arrive. So the headers of every matched route's loader and action are merged here, the deepest route
 * last so it wins; cookies Remix has already handled. Every page is then private and not stored: pages
 * carry a per-request nonce and, for a signed-in user, their content.
 */
function mergeRouteHeaders({ responseHeaders, remixContext }: { responseHeaders: Headers; remixContext: EntryContext }): void {
  const context = remixContext.staticHandlerContext;
  for (const match of context.matches) {
    for (const headers of [context.loaderHeaders[match.route.id], context.actionHeaders[match.route.id]]) {
      if (!headers) continue;
      for (const [name, value] of headers) if (name.toLowerCase() !== "set-cookie") responseHeaders.set(name, value);
    }
  }
  responseHeaders.set("Cache-Control", "private, no-store");
}

/**
 * Reads the page's data (turbo-stream) to its end and hands it to Remix's StreamTransfer as already read, so
 * that it renders in one pass instead of suspending for each chunk. No page defers data, so the stream ends as
 * soon as the loaders' data is encoded.
 */
async function dataReadAhead(remixContext: EntryContext): Promise<void> {
  const stream = remixContext.serverHandoffStream;
  const renderMeta = remixContext.renderMeta;
  if (!stream || !renderMeta) return;
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  text += decoder.decode();
  // RemixServer takes a reader of its own; it finds everything in the cache and reads nothing.
  reader.releaseLock();
  // StreamTransfer's cache: chunk 0 holds all the data, chunk 1 says the stream is done.
  (renderMeta as { streamCache?: unknown }).streamCache = {
    0: { result: { done: false, value: text } },
    1: { result: { done: true, value: "" } },
  };
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  mergeRouteHeaders({ responseHeaders, remixContext });
  // server.js puts a per-request nonce in the load context and in the CSP header; `vite dev` has none.
  const nonce = loadContext.nonce ?? randomBytes(16).toString("base64");
  // No page defers data: with the data read ahead nothing suspends, so the page renders to one string, which
  // costs less than React's streaming renderer writing many small encoded chunks for the same HTML.
  await dataReadAhead(remixContext);
  const html = renderToString(
    <NonceContext.Provider value={nonce}>
      <ServerContentProvider value={serverContentOf(loadContext)}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </ServerContentProvider>
    </NonceContext.Provider>,
  );
  const body = withoutNulBytes(utf8Of(`<!DOCTYPE html>${html}`));
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  responseHeaders.set("Content-Length", String(body.length));
  const response = new Response(body, { headers: responseHeaders, status: responseStatusCode });
  pageBytes.set(response, body);
  return response;
}

// Buffer.from(text) measures the text's UTF-8 length in one pass and writes it in a second; writing into a
// buffer that is surely large enough (three bytes per UTF-16 unit) and copying out what was written is one
// pass and a copy, about 40 % less for a page. Renders are synchronous, so one scratch buffer serves them all.
let scratch = Buffer.allocUnsafe(0);
const maxScratchBytes = 8 * 1024 * 1024;
function utf8Of(text: string): Buffer<ArrayBuffer> {
  const room = text.length * 3;
  if (room > maxScratchBytes) return Buffer.from(text);
  if (scratch.length < room) scratch = Buffer.allocUnsafe(room);
  const written = scratch.write(text);
  return Buffer.from(scratch.subarray(0, written));
}

// server.js sends a page's bytes as they are: reading them back through the Response's web stream, chunk by
// chunk into the socket, cost more than writing the one buffer the page already is.
const pageBytes = new WeakMap<Response, Buffer>();

/** The bytes of a page this entry rendered (undefined for any other response). */
export function bytesOfPage(response: Response): Buffer | undefined {
  return pageBytes.get(response);
}
