import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { nl } from "../app/i18n/nl";
import { isServerOnlyMessage, keysWrittenIn } from "../scripts/message-usage";
import { messageKeysOfRoute } from "../scripts/vite-message-areas";

const keys = Object.keys(nl);
const appDir = path.resolve("app");
const pageRoutes = fs
  .readdirSync("app/routes")
  .map((name) => (fs.statSync(`app/routes/${name}`).isDirectory() ? `app/routes/${name}/route.tsx` : `app/routes/${name}`))
  .filter((file) => fs.existsSync(file) && /^export default\b/m.test(fs.readFileSync(file, "utf8")));

describe("the messages each page gets in the browser", () => {
  it("finds keys written whole and as the fixed start of a template, and nothing else", () => {
    const source = 't("login.title"); t(`role.${role}`); const other = "not.a.key"; const text = "login.titles";';
    const found = keysWrittenIn({ source, keys });
    expect(found).toContain("login.title");
    expect(found).toContain("role.it_lead");
    expect(found).toContain("role.campaign_manager");
    expect(found).not.toContain("not.a.key");
    expect(found).not.toContain("login.titles");
  });

  it("gives the root the shell, and a page its own texts without the root's", () => {
    const root = messageKeysOfRoute({ routeFile: path.join(appDir, "root.tsx"), appDir });
    expect(root).toEqual(expect.arrayContaining(["shell.skipToContent", "nav.home", "header.signIn", "error.notFound.title"]));
    const login = messageKeysOfRoute({ routeFile: path.join(appDir, "routes/login.tsx"), appDir });
    // The page's own texts, the form helpers' error texts and the schema's error keys.
    expect(login).toEqual(expect.arrayContaining(["login.title", "login.locked", "errors.summaryTitle", "errors.email.invalid"]));
    expect(login).not.toContain("nav.home");
    expect(login.some((key) => key.startsWith("plan.") || key.startsWith("party."))).toBe(false);
  });

  it("follows a page's components into other folders (the domain page's question card)", () => {
    const domain = messageKeysOfRoute({ routeFile: path.join(appDir, "routes/assessments.$id.domains.$domain/route.tsx"), appDir });
    expect(domain.filter((key) => key.startsWith("domain.problem.")).length).toBeGreaterThan(0);
    expect(domain.filter((key) => key.startsWith("source.")).length).toBeGreaterThan(0);
  });

  it("gives a page the refusals its own server modules hand back as keys", () => {
    // createBranch (models/branches.server.ts) answers with these keys; the page shows them next to the field.
    const newBranch = messageKeysOfRoute({ routeFile: path.join(appDir, "routes/party.branches.new.tsx"), appDir });
    expect(newBranch).toEqual(expect.arrayContaining(["party.error.forbidden", "members.invite.platform_account", "admin.error.name_taken"]));
    const branch = messageKeysOfRoute({ routeFile: path.join(appDir, "routes/party.branches.$id.tsx"), appDir });
    expect(branch).toContain("party.error.closed");
  });

  it("sends no page a text only the server renders, and every page some", () => {
    expect(pageRoutes.length).toBeGreaterThan(40);
    for (const routeFile of pageRoutes) {
      const routeKeys = messageKeysOfRoute({ routeFile: path.resolve(routeFile), appDir });
      expect(
        routeKeys.filter((key) => isServerOnlyMessage({ key })),
        routeFile,
      ).toEqual([]);
      expect(routeKeys.length, routeFile).toBeGreaterThan(0);
    }
    expect(keys.filter((key) => key.startsWith("pdf.")).every((key) => isServerOnlyMessage({ key }))).toBe(true);
  });

  it("has every route module load its messages", () => {
    const withoutLine = [...pageRoutes, "app/root.tsx"].filter((file) => !/^import "virtual:messages\/page";$/m.test(fs.readFileSync(file, "utf8")));
    expect(withoutLine).toEqual([]);
  });
});
