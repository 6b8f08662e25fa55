// Production server: the same Express setup remix-serve uses, plus what remix-serve cannot do — a
// per-request CSP nonce, security headers on every response, the client address for audit and
// rate limits, and a request log that never prints invitation tokens. See docs/decisions/001.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createReadableStreamFromReadable, createRequestHandler, installGlobals, writeReadableStreamToWritable } from "@remix-run/node";
import compression from "compression";
import express from "express";

installGlobals({ nativeFetch: true });

const buildPath = path.resolve("build/server/index.js");
const build = await import(pathToFileURL(buildPath).href);
const { startup, securityHeaders } = build.entry.module;

let config;
try {
  const started = await startup();
  config = started.config;
  if (started.seeded) console.log("Weerbaar: new database, demo data loaded (see README for the demo accounts).");
} catch (error) {
  if (error && (error.name === "ConfigError" || error.name === "QuestionnaireVersionError")) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

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

// Defence in depth next to SameSite=Lax cookies: a state-changing request from another site is refused.
app.use((req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
  const origin = req.get("origin");
  if (!origin) return next();
  const expected = `${req.protocol}://${req.get("host")}`;
  if (origin !== expected && origin !== new URL(config.baseUrl).origin) {
    res.status(403).type("text/plain").send("Cross-site request refused / Verzoek van een andere site geweigerd");
    return;
  }
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
    // Invitation tokens are credentials: never write them to a log.
    const logged = req.path.replace(/^\/invitations\/[^/]+/, "/invitations/[token]");
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
    init.body = createReadableStreamFromReadable(req);
    init.duplex = "half";
  }
  return new Request(url, init);
}

async function sendRemixResponse(res, response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

// app.use, not app.all("*"): a "*" route makes Express decode the path and fail on malformed escapes.
app.use(async (req, res, next) => {
  try {
    const loadContext = { nonce: res.locals.nonce, clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown" };
    const response = await handleRemixRequest(createRemixRequest(req, res), loadContext);
    await sendRemixResponse(res, response);
  } catch (error) {
    next(error);
  }
});

// Express' default error page would echo the stack; answer plainly instead.
app.use((error, req, res, _next) => {
  const status = Number(error?.status ?? error?.statusCode ?? 500);
  if (status >= 400 && status < 500) {
    if (!res.headersSent) res.status(status).type("text/plain").send("Bad request / Ongeldig verzoek");
    return;
  }
  console.error(error);
  if (!res.headersSent) res.status(500).type("text/plain").send("Internal error / Interne fout");
});

const server = app.listen(config.port, () => {
  console.log(`Weerbaar listening on http://localhost:${config.port} (${config.nodeEnv})`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
