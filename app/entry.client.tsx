import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { registerCatalogue } from "./i18n/registry";

// Only the page's language is downloaded, as its own long-cached chunk, before hydration.
const language = document.documentElement.lang === "en" ? "en" : "nl";
registerCatalogue(language, language === "en" ? (await import("./i18n/en")).en : (await import("./i18n/nl")).nl);

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <RemixBrowser />
    </StrictMode>,
  );
});
