import { useRouteLoaderData } from "@remix-run/react";
import { defaultLanguage, isLanguage, translator, type Language, type Translate } from "./translate";

/** The page language from the root loader (Dutch if the root has no data, e.g. in an error boundary). */
export function useLanguage(): Language {
  const data = useRouteLoaderData<{ language?: unknown }>("root");
  return isLanguage(data?.language) ? data.language : defaultLanguage;
}

export function useT(): Translate {
  return translator(useLanguage());
}
