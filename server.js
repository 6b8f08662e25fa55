// Production server: the same Express setup remix-serve uses, plus what remix-serve cannot do — a
// per-request CSP nonce, security headers on every response, the client address for audit and
// rate limits, and a request log that never prints invitation tokens. See docs/decisions/001.
import { randomBytes } from "node:crypto";
import http from "node:http";
import { Transform } from "node:stream";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createReadableStreamFromReadable, createRequestHandler, installGlobals, writeReadableStreamToWritable } from "@remix-run/node";
import compression from "compression";
import express from "express";

installGlobals({ nativeFetch: true });

const buildPath = path.resolve("build/server/index.js");
const build = await import(pathToFileURL(buildPath).href);
const { startup, securityHeaders, refusalPage, logPathOf, startReleaseCalendar, startMailWorker, startReminderScheduler, bytesOfPage } = build.entry.module;

let config;
try {
  const started = await startup();
  config = started.config;
  if (started.seeded) console.log("Weerbaar: new database, demo data loaded (see README for the demo accounts).");
  // The ministry's releases come from the calendar: one decision per quarter (ADR 018).
  startReleaseCalendar();
} catch (error) {
  if (error && (error.name === "ConfigError" || error.name === "QuestionnaireVersionError")) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

// Mail waits in the outbox table and is delivered from here; what was not delivered before a stop goes
// out after the next start (docs/decisions/019-mail.md).
const mailWorker = startMailWorker({ config });
console.log(`Weerbaar: mail goes to ${mailWorker.transport.describe}.`);
const reminders = startReminderScheduler();

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", config.trustProxy);

app.use((req, res, next) => {
  const nonce = randomBytes(16).toString("base64");
  res.locals.nonce = nonce;
  for (const [name, value] of Object.entries(securityHeaders({ nonce, production: config.isProduction }))) {
    res.setHeader(name, value);
  }
  next();
});

async function refuse(req, res, reason) {
  const page = await refusalPage({ reason, cookieHeader: req.get("cookie"), accept: req.get("accept") });
  if (res.headersSent) return;
  res.status(page.status).type(page.contentType).set("Cache-Control", "no-store").send(page.body);
}

// Longer addresses than any page of ours has, and more header bytes than a browser of ours sends, are
// refused before routing with a page that says so. Node itself reads headers up to 64 KB (below), so that
// the usual case of too many cookies still gets this page rather than a dropped connection.
const maxUrlLength = 4096;
const maxHeaderBytes = 16 * 1024;
app.use((req, res, next) => {
  if (req.originalUrl.length > maxUrlLength) return void refuse(req, res, "uriTooLong").catch(next);
  const headerBytes = req.rawHeaders.reduce((sum, part) => sum + part.length + 2, 0);
  if (headerBytes > maxHeaderBytes) return void refuse(req, res, "headersTooLarge").catch(next);
  next();
});

// Defence in depth next to SameSite=Lax cookies: a state-changing request must show it comes from one of
// our pages. Browsers send Origin with every form post and fetch; where one sends none, Sec-Fetch-Site
// says same-origin. A request with neither (another site's form in an old browser, a script) is refused.
const stateChanging = new Set(["POST", "PUT", "PATCH", "DELETE"]);
function isSameOrigin(req) {
  const origin = req.get("origin");
  if (origin) return origin === `${req.protocol}://${req.get("host")}` || origin === new URL(config.baseUrl).origin;
  return req.get("sec-fetch-site") === "same-origin";
}
app.use((req, res, next) => {
  if (!stateChanging.has(req.method) || isSameOrigin(req)) return next();
  refuse(req, res, "crossSite").catch(next);
});

// Request bodies are limited while they stream, for every route: a chunked body without Content-Length
// was read whole first (400 MB took the server to 1.4 GB). The largest body of ours is an imported file
// (1 MB); routes have their own smaller limits in readForm. Past the limit the client gets the 413 page
// at once and nothing more reaches the route; the route sees its body fail, and its answer is dropped.
const maxBodyBytes = 1024 * 1024 + 16 * 1024;

// Closing a connection while the client is still sending makes the kernel answer with a reset, and a
// reset makes the client throw away the answer it had already received: the user would see "connection
// reset" instead of the page that says what was wrong. So an answer given before the body was read
// whole ends the connection the way web servers do ("lingering close"): the answer is sent and our side
// of the connection closed, then whatever still arrives is read and discarded until the client stops,
// is silent for a second, or five seconds have passed. Nothing of it reaches a route.
const lingerMs = 5000;
const lingerSilenceMs = 1000;
function closeAfterAnswer(req, res) {
  res.set("Connection", "close");
  const socket = req.socket;
  if (socket.lingering) return;
  socket.lingering = true;
  // Node ends a "Connection: close" answer with destroySoon(), which destroys the socket as soon as the
  // answer is written, unread body or not.
  socket.destroySoon = function lingeringClose() {
    if (this.destroyed) return;
    this.end();
    const stop = () => this.destroy();
    const total = setTimeout(stop, lingerMs);
    const silence = setTimeout(stop, lingerSilenceMs);
    this.once("close", () => {
      clearTimeout(total);
      clearTimeout(silence);
    });
    req.unpipe();
    req.on("data", () => silence.refresh());
    req.on("end", stop);
    req.on("error", stop);
    req.resume();
  };
}

app.use((req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD") return next();
  const declared = req.get("content-length");
  const tooLarge = () => {
    res.locals.tooLarge = true;
    req.unpipe();
    closeAfterAnswer(req, res);
    refuse(req, res, "tooLarge").catch(next);
  };
  if (declared !== undefined && !(Number(declared) <= maxBodyBytes)) return tooLarge();
  let seen = 0;
  const limited = new Transform({
    transform(chunk, _encoding, callback) {
      seen += chunk.length;
      if (seen <= maxBodyBytes) return callback(null, chunk);
      callback(new Error("request body too large"));
      tooLarge();
    },
  });
  req.pipe(limited);
  res.locals.body = limited;
  // A route that answered without reading the whole body (a redirect to sign-in, its own smaller limit)
  // must not make Node read and discard the rest of a huge upload: the connection closes after the answer.
  const end = res.end;
  res.end = function endClosingUnread(...args) {
    if (!req.complete && !res.headersSent) closeAfterAnswer(req, res);
    return end.apply(this, args);
  };
  next();
});

app.use(compression());
// Fingerprinted build output is immutable; other public files (favicon) may change between releases.
app.use("/assets", express.static(path.join(build.assetsBuildDirectory, "assets"), { immutable: true, maxAge: "1y", index: false }));
// Only paths that look like files reach the file system; pages would otherwise cost a stat() each.
const publicFiles = express.static(build.assetsBuildDirectory, { maxAge: "1h", index: false });
app.use((req, res, next) => (/\.[a-z0-9]+$/i.test(req.path) ? publicFiles(req, res, next) : next()));

const quiet = process.env.WEERBAAR_QUIET === "1";
app.use((req, res, next) => {
  if (quiet) return next();
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // Invitation tokens are credentials: never write them to a log, under any spelling of the path.
    const logged = logPathOf({ path: req.originalUrl.split("?")[0] ?? "/", status: res.statusCode });
    console.log(`${req.method} ${logged} ${res.statusCode} ${ms.toFixed(1)} ms`);
  });
  next();
});

// Remix's Express adapter, except that the request signal is aborted when the connection is done with
// the response, also after it finished: Remix keeps a five-second timer (and with it the page's loader
// data) for every page until that signal aborts, which under load held hundreds of pages (ADR 010).
const handleRemixRequest = createRequestHandler(build, config.isProduction ? "production" : "development");
function createRemixHeaders(requestHeaders) {
  const headers = new Headers();
  for (const [key, values] of Object.entries(requestHeaders)) {
    if (Array.isArray(values)) for (const value of values) headers.append(key, value);
    else if (values) headers.set(key, values);
  }
  return headers;
}
function createRemixRequest(req, res) {
  // req.hostname honours "trust proxy"; the port comes from the same header it read.
  const host = (config.trustProxy && req.get("X-Forwarded-Host")) || req.get("host") || "";
  const port = /:(\d+)$/.exec(host)?.[1];
  const url = `${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`;
  const controller = new AbortController();
  res.on("close", () => controller.abort());
  const init = { method: req.method, headers: createRemixHeaders(req.headers), signal: controller.signal };
  if (req.method !== "GET" && req.method !== "HEAD") {
    init.body = createReadableStreamFromReadable(res.locals.body ?? req);
    init.duplex = "half";
  }
  return new Request(url, init);
}

async function sendRemixResponse(res, response) {
  // Already answered (the body was too large): the route's own answer is not sent.
  if (res.headersSent || res.locals.tooLarge) {
    await response.body?.cancel().catch(() => undefined);
    return;
  }
  res.statusMessage = response.statusText;
  res.status(response.status);
  // Pages, files and data of a signed-in user must not be kept by browsers or proxies; a route that may
  // be cached says so itself.
  if (!response.headers.has("cache-control")) res.set("Cache-Control", "private, no-store");
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  // A page rendered by the server entry is one buffer already: it is sent as it is, not read back from the
  // Response's stream (which nobody reads then; it goes with the Response).
  const page = bytesOfPage(response);
  if (page) res.end(page);
  else if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

// app.use, not app.all("*"): a "*" route makes Express decode the path and fail on malformed escapes.
app.use(async (req, res, next) => {
  try {
    const loadContext = {
      nonce: res.locals.nonce,
      clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown",
      // A page load gets the server's HTML; a navigation in the browser asks for data only (path.data).
      pageLoad: !req.path.endsWith(".data"),
      serverContent: new Map(),
    };
    const response = await handleRemixRequest(createRemixRequest(req, res), loadContext);
    await sendRemixResponse(res, response);
  } catch (error) {
    next(error);
  }
});

// Express' default error page would echo the stack; answer with a page that says what is wrong instead.
app.use((error, req, res, _next) => {
  const status = Number(error?.status ?? error?.statusCode ?? 500);
  if (status >= 400 && status < 500) {
    if (!res.headersSent) refuse(req, res, status === 413 ? "tooLarge" : "badRequest").catch(() => res.end());
    return;
  }
  console.error(error);
  if (!res.headersSent) res.status(500).type("text/plain").send("Internal error / Interne fout");
});

const server = http.createServer({ maxHeaderSize: 64 * 1024 }, app).listen(config.port, () => {
  console.log(`Weerbaar listening on http://localhost:${config.port} (${config.nodeEnv})`);
});

// Headers larger than Node accepts (16 KB, mostly cookies) never reach Express; Node would close the
// connection with a bare 431. The cookies cannot be read, so the page says it in both languages.
const headersTooLarge = Buffer.from(`<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Verzoek te groot / Request too large — Weerbaar</title></head>
<body><main><h1>Verzoek te groot</h1><p>Uw browser stuurde te veel gegevens mee (bijvoorbeeld cookies). Verwijder de cookies van deze site en probeer het opnieuw.</p>
<h2 lang="en">Request too large</h2><p lang="en">Your browser sent too much along with the request (cookies, for instance). Remove this site's cookies and try again.</p></main></body></html>
`);
server.on("clientError", (error, socket) => {
  if (!socket.writable) return socket.destroy();
  const tooLarge = error && error.code === "HPE_HEADER_OVERFLOW";
  const body = tooLarge ? headersTooLarge : Buffer.from("Bad request / Ongeldig verzoek\n");
  const head = `HTTP/1.1 ${tooLarge ? "431 Request Header Fields Too Large" : "400 Bad Request"}\r\nContent-Type: ${tooLarge ? "text/html" : "text/plain"}; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
  socket.end(Buffer.concat([Buffer.from(head), body]));
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  // A delivery in progress is finished and marked first, so a stop does not send that message twice.
  process.once(signal, () => {
    reminders.stop();
    const closed = new Promise((resolve) => server.close(resolve));
    Promise.all([mailWorker.stop(), closed]).finally(() => process.exit(0));
  });
}
