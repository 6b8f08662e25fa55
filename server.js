// Production server: the same Express setup remix-serve uses, plus what remix-serve cannot do — a
// per-request CSP nonce, security headers on every response, the client address for audit and
// rate limits, and a request log that never prints invitation tokens. See docs/decisions/001.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { installGlobals } from "@remix-run/node";
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
app.use(build.publicPath, express.static(build.assetsBuildDirectory, { immutable: true, maxAge: "1y", index: false }));
// Only paths that look like files reach the file system; pages would otherwise cost a stat() each.
const publicFiles = express.static("build/client", { maxAge: "1h", index: false });
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

// app.use, not app.all("*"): a "*" route makes Express decode the path and fail on malformed escapes.
app.use(
  createRequestHandler({
    build,
    mode: config.isProduction ? "production" : "development",
    getLoadContext: (req, res) => ({ nonce: res.locals.nonce, clientAddress: req.ip ?? req.socket.remoteAddress ?? "unknown" }),
  }),
);

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
