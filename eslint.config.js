// ESLint: the recommended sets of typescript-eslint (type-aware), React, React hooks (with the React
// Compiler's rules) and jsx-a11y; Prettier owns the layout (eslint-config-prettier turns layout rules off).
// `npm run lint` fails on a warning too, so a rule is on or off. A rule turned off or changed says why.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import jsxA11y from "eslint-plugin-jsx-a11y";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "build/",
      "node_modules/",
      "data/",
      ".cache/",
      "test-artifacts/",
      "test-results/",
      ".vitest-reports/",
      "bench-profiles/",
      "scratch/",
      "db/migrations/",
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
  },
  { files: ["**/*.tsx"], ...react.configs.flat.recommended, settings: { react: { version: "detect" } } },
  { files: ["**/*.tsx"], ...react.configs.flat["jsx-runtime"] },
  { files: ["**/*.tsx"], ...jsxA11y.flatConfigs.recommended },
  {
    files: ["**/*.tsx"],
    rules: {
      // A table or chart that scrolls sideways is a labelled role="region" with tabIndex 0, so keyboard users
      // can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable). The rule would forbid exactly that.
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["tabpanel", "region"] }],
    },
  },
  reactHooks.configs.flat["recommended-latest"],
  {
    rules: {
      // A callback that React may call before the assignment reads a `let` (a timer set after the render starts).
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
      // Adding to @types/pdfkit's global PDFKit namespace (app/plan/pdf-kit-types.ts) takes namespace syntax.
      "@typescript-eslint/no-namespace": ["error", { allowDeclarations: true }],
      // Unused names are tsc's job (noUnusedLocals, noUnusedParameters in tsconfig.json): one tool, one message.
      "@typescript-eslint/no-unused-vars": "off",
      // Remix answers early by throwing a Response (redirect, notFound) or data(); those are not errors.
      "@typescript-eslint/only-throw-error": [
        "error",
        {
          allow: [
            { from: "lib", name: "Response" },
            { from: "package", package: "@remix-run/server-runtime", name: "TypedResponse" },
            { from: "package", package: "@remix-run/router", name: "DataWithResponseInit" },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**"],
    ignores: ["app/components/link.tsx"],
    rules: {
      // Links go through app/components/link.tsx, which writes plain links on the server without the router's
      // hooks (they were a tenth of a small page's render).
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@remix-run/react", importNames: ["Link", "NavLink"], message: "Import Link and NavLink from app/components/link.tsx." }],
        },
      ],
      // An Intl formatter costs far more to construct than to use (a NumberFormat about 14 µs): made once, at
      // module level, not on every render or call.
      "no-restricted-syntax": [
        "error",
        {
          selector: ":function NewExpression[callee.object.name='Intl']",
          message: "Construct Intl formatters once, at module level (see formattersOf in app/i18n/translate.ts).",
        },
      ],
    },
  },
  {
    files: ["test/**", "scripts/**"],
    rules: {
      // Vitest's asymmetric matchers (expect.any, expect.stringMatching) are typed any, and tests and scripts
      // load the built server and untyped parsers (ical.js) whose shape is what they check. App code keeps both.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
  // Plain JavaScript (the server, start-up and CI scripts, configs) is outside tsconfig: checked without types.
  { files: ["**/*.js"], ...tseslint.configs.disableTypeChecked },
  prettier,
);
