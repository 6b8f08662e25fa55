// What the benchmark and the browser tests need to start server.js the way `npm run serve` does.
import fs from "node:fs";
import net from "node:net";

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The scripts in package.json, the one place the project's commands are written. */
export function packageScripts(): Partial<Record<string, string>> {
  const manifest: unknown = JSON.parse(fs.readFileSync("package.json", "utf8"));
  const scripts = manifest && typeof manifest === "object" && "scripts" in manifest ? manifest.scripts : undefined;
  const result: Partial<Record<string, string>> = {};
  if (scripts && typeof scripts === "object") {
    for (const [name, command] of Object.entries(scripts)) if (typeof command === "string") result[name] = command;
  }
  return result;
}

/** The node flags of `npm run serve` (package.json is the one place they are set), e.g. the heap size. */
export function serveNodeFlags(): string[] {
  const serve = packageScripts().serve ?? "";
  const words = serve.trim().split(/\s+/);
  if (words[0] !== "node" || words.at(-1) !== "server.js") throw new Error(`package.json "serve" should read "node [flags] server.js", not "${serve}"`);
  return words.slice(1, -1);
}
