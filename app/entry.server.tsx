import { Writable } from "node:stream";
import { randomBytes } from "node:crypto";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { NonceContext } from "./components/nonce";
import { registerCatalogue } from "./i18n/registry";
import { en } from "./i18n/en";
import { nl } from "./i18n/nl";

registerCatalogue("nl", nl);
registerCatalogue("en", en);

export { startup } from "./startup.server";
export { securityHeaders } from "./utils/security-headers";
export { refusalPage } from "./utils/refusal.server";

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // server.js puts a per-request nonce in the load context and in the CSP header; `vite dev` has none.
  const nonce = loadContext.nonce ?? randomBytes(16).toString("base64");
  // No page defers data, so every page waits for the whole render and answers with one buffer: streaming
  // the same bytes chunk by chunk through three stream types cost more than rendering some pages.
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    let abortTimer: ReturnType<typeof setTimeout> | undefined;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        onShellReady() {
          shellRendered = true;
        },
        onAllReady() {
          // A pending timer would keep the render and its data alive for seconds after the answer.
          clearTimeout(abortTimer);
          const chunks: Buffer[] = [];
          pipe(
            new Writable({
              write(chunk: Buffer, _encoding, callback) {
                chunks.push(chunk);
                callback();
              },
              final(callback) {
                const body = Buffer.concat(chunks);
                responseHeaders.set("Content-Type", "text/html; charset=utf-8");
                responseHeaders.set("Content-Length", String(body.length));
                resolve(new Response(body, { headers: responseHeaders, status: responseStatusCode }));
                callback();
              },
            }),
          );
        },
        onShellError(error: unknown) {
          clearTimeout(abortTimer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    abortTimer = setTimeout(abort, ABORT_DELAY + 1000);
  });
}
