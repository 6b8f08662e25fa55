// The import graph of the code base, read with the TypeScript compiler's parser (not with regular
// expressions), and the layering rules it must keep. Used by imports.test.ts.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

export const repoRoot = resolve(dirname(new URL(import.meta.url).pathname), "../..");

export type ImportEdge = {
  /** Repository-relative path of the importing file, with forward slashes. */
  from: string;
  /** The module specifier as written. */
  specifier: string;
  /** Repository-relative path of the imported file, or null for a package. */
  target: string | null;
  /** The package name for a package import ("@remix-run/node", "react"), else null. */
  packageName: string | null;
  /** `import type …` / `export type … from` only: erased at build time, no run-time dependency. */
  typeOnly: boolean;
  /** The names imported by `import { a, b as c }` (their exported names: a, b). */
  names: string[];
};

function toPosix(path: string): string {
  return path.split(sep).join("/");
}

/** Every .ts and .tsx file under the given repository folders. */
export function listSourceFiles(folders: string[]): string[] {
  const found: string[] = [];
  function walk(absolute: string) {
    for (const name of readdirSync(absolute)) {
      const path = join(absolute, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts")) found.push(toPosix(relative(repoRoot, path)));
    }
  }
  for (const folder of folders) walk(join(repoRoot, folder));
  return found.sort();
}

const candidateSuffixes = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

function resolveFile(fromFile: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("~/")) base = join(repoRoot, "app", specifier.slice(2));
  else base = resolve(join(repoRoot, dirname(fromFile)), specifier);
  const stems = [base, base.replace(/\.js$/, "")];
  for (const stem of stems) {
    for (const suffix of candidateSuffixes) {
      const path = stem + suffix;
      if (existsSync(path) && statSync(path).isFile()) return toPosix(relative(repoRoot, path));
    }
  }
  // An unresolvable relative import still counts as an edge to where it points, so a rule cannot be
  // dodged by a typo; the type checker reports the typo itself.
  const stem = base.replace(/\.js$/, "");
  return toPosix(relative(repoRoot, /\.tsx?$/.test(stem) ? stem : `${stem}.ts`));
}

function packageNameOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

function isImportDeclarationTypeOnly(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import runs the module
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

/** The imports of one file's source text: static imports, re-exports, `import()` and `require()`. */
export function parseImports({ file, text }: { file: string; text: string }): ImportEdge[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edges: ImportEdge[] = [];
  function add(specifier: string, typeOnly: boolean, names: string[] = []) {
    const relativeOrAlias = specifier.startsWith(".") || specifier.startsWith("~/");
    edges.push({
      from: file,
      specifier,
      target: relativeOrAlias ? resolveFile(file, specifier) : null,
      packageName: relativeOrAlias ? null : packageNameOf(specifier),
      typeOnly,
      names,
    });
  }
  function visit(node: ts.Node) {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const bindings = node.importClause?.namedBindings;
      const names = bindings && ts.isNamedImports(bindings) ? bindings.elements.map((element) => (element.propertyName ?? element.name).text) : [];
      add(node.moduleSpecifier.text, isImportDeclarationTypeOnly(node), names);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node.isTypeOnly);
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference) &&
      ts.isStringLiteral(node.moduleReference.expression)
    ) {
      add(node.moduleReference.expression.text, node.isTypeOnly);
    } else if (ts.isCallExpression(node)) {
      const [argument] = node.arguments;
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === "require";
      if ((isDynamicImport || isRequire) && argument && ts.isStringLiteralLike(argument)) add(argument.text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node.argument.literal.text, true);
    }
    ts.forEachChild(node, visit);
  }
  visit(source);
  return edges;
}

/** The imports of every .ts/.tsx file under the folders. */
export function readImportGraph(folders: string[]): ImportEdge[] {
  return listSourceFiles(folders).flatMap((file) => parseImports({ file, text: readFileSync(join(repoRoot, file), "utf8") }));
}

export type LayerRule = {
  name: string;
  /** Files the rule applies to. */
  appliesTo: (file: string) => boolean;
  /** True when this import breaks the rule. */
  forbids: (edge: ImportEdge) => boolean;
};

const under = (folder: string) => (path: string | null) => path !== null && (path === folder || path.startsWith(`${folder}/`));
const isRoute = under("app/routes");
const isModel = under("app/models");
const isAuth = under("app/auth");
const isDb = (path: string | null) => under("db")(path) || path === "app/db.server.ts";
const isUiPackage = (name: string | null) =>
  name !== null &&
  (name.startsWith("@remix-run/") ||
    name === "remix" ||
    name === "react" ||
    name === "react-dom" ||
    name.startsWith("react/") ||
    name.startsWith("react-dom/"));
const isDomainCore = (file: string) =>
  under("app/questionnaire")(file) || under("app/scoring")(file) || under("app/insights")(file) || (under("app/plan")(file) && !file.endsWith(".server.ts"));

export const layerRules: LayerRule[] = [
  {
    name: "domain cores (questionnaire, scoring, plan except its .server renderers, insights) import no routes, models, db, auth, security, components, Remix or React",
    appliesTo: isDomainCore,
    forbids: (edge) =>
      isRoute(edge.target) ||
      isModel(edge.target) ||
      isDb(edge.target) ||
      isAuth(edge.target) ||
      under("app/security")(edge.target) ||
      under("app/components")(edge.target) ||
      isUiPackage(edge.packageName),
  },
  {
    name: "the questionnaire is the base of the domain: it imports nothing from scoring, plan or insights",
    appliesTo: under("app/questionnaire"),
    forbids: (edge) => under("app/scoring")(edge.target) || under("app/plan")(edge.target) || under("app/insights")(edge.target),
  },
  {
    name: "scoring builds on the questionnaire only: nothing from plan or insights",
    appliesTo: under("app/scoring"),
    forbids: (edge) => under("app/plan")(edge.target) || under("app/insights")(edge.target),
  },
  {
    name: "app/security imports no model, db, auth or route",
    appliesTo: under("app/security"),
    forbids: (edge) => isModel(edge.target) || isDb(edge.target) || isAuth(edge.target) || isRoute(edge.target),
  },
  {
    name: "models import nothing from auth or routes (the layer above)",
    appliesTo: (file) => isModel(file),
    forbids: (edge) => isAuth(edge.target) || isRoute(edge.target),
  },
  {
    name: "app/auth runs no SQL: no db, schema or drizzle-orm (session rows go through models/sessions.server.ts)",
    appliesTo: (file) => isAuth(file),
    forbids: (edge) => isDb(edge.target) || edge.packageName === "drizzle-orm" || isRoute(edge.target),
  },
  {
    name: "db/ imports nothing from app/ except types the schema stores",
    appliesTo: (file) => under("db")(file),
    forbids: (edge) => under("app")(edge.target) && !edge.typeOnly,
  },
  {
    name: "app/ imports nothing from scripts/ or test/, except startup (the composition root) loading the demo seed",
    appliesTo: (file) => under("app")(file),
    forbids: (edge) =>
      under("test")(edge.target) || (under("scripts")(edge.target) && !(edge.from === "app/startup.server.ts" && edge.target === "scripts/seed.ts")),
  },
  {
    name: "routes and scripts write no audit events: the model function that makes a change does",
    appliesTo: (file) => isRoute(file) || under("scripts")(file),
    forbids: (edge) => edge.target === "app/models/audit.server.ts" && edge.names.includes("recordAuditEvent"),
  },
  {
    name: "nothing outside routes imports a route module",
    appliesTo: (file) => under("app")(file) && !isRoute(file),
    forbids: (edge) => isRoute(edge.target),
  },
];

export type Violation = { rule: string; from: string; specifier: string };

/** Every import that breaks a layering rule. */
export function findViolations({ edges, rules = layerRules }: { edges: ImportEdge[]; rules?: LayerRule[] }): Violation[] {
  return edges.flatMap((edge) =>
    rules.filter((rule) => rule.appliesTo(edge.from) && rule.forbids(edge)).map((rule) => ({ rule: rule.name, from: edge.from, specifier: edge.specifier })),
  );
}

/**
 * Import cycles among the given files (strongly connected components of more than one file, or a file
 * that imports itself), each as a list of files. Type-only imports count too, as madge counts them.
 */
export function findCycles({ edges }: { edges: ImportEdge[] }): string[][] {
  const next = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!edge.target) continue;
    if (!next.has(edge.from)) next.set(edge.from, new Set());
    next.get(edge.from)?.add(edge.target);
  }
  // Tarjan's algorithm, iterative so a deep graph cannot overflow the stack.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  for (const start of next.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; children: string[]; position: number }> = [];
    const enter = (node: string) => {
      index.set(node, counter);
      low.set(node, counter);
      counter += 1;
      stack.push(node);
      onStack.add(node);
      work.push({ node, children: [...(next.get(node) ?? [])], position: 0 });
    };
    enter(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (!frame) break;
      const child = frame.children[frame.position];
      if (child !== undefined) {
        frame.position += 1;
        if (!index.has(child)) enter(child);
        else if (onStack.has(child)) low.set(frame.node, Math.min(low.get(frame.node) ?? 0, index.get(child) ?? 0));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) ?? 0, low.get(frame.node) ?? 0));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = component.length === 1 && next.get(frame.node)?.has(frame.node);
        if (component.length > 1 || selfLoop) cycles.push(component.sort());
      }
    }
  }
  return cycles;
}

/**
 * The same graph between folders (app/auth, app/models, db, …): a folder cycle means two layers lean on
 * each other even when no two files do. `except` leaves out folders that are no layer of their own.
 */
export function folderGraph({ edges, except = [] }: { edges: ImportEdge[]; except?: string[] }): ImportEdge[] {
  const folderOf = (path: string) => {
    const parts = path.split("/");
    if (parts[0] === "app") return parts.length > 2 ? `app/${parts[1]}` : path;
    return parts[0] ?? path;
  };
  const seen = new Set<string>();
  const folders: ImportEdge[] = [];
  for (const edge of edges) {
    if (!edge.target) continue;
    const from = folderOf(edge.from);
    const target = folderOf(edge.target);
    if (from === target || except.includes(from) || except.includes(target) || seen.has(`${from}>${target}`)) continue;
    seen.add(`${from}>${target}`);
    folders.push({ ...edge, from, target });
  }
  return folders;
}
