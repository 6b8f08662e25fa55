// The plan page's types in the browser, and the small hooks its parts share.
import type { useLoaderData } from "@remix-run/react";
import { useSyncExternalStore } from "react";
import { formatDate } from "../../i18n/translate";
import { useLanguage } from "../../i18n/use-t";
import type { PlanFormReply, PlanPageView } from "./view.server";

// Typed from the view model rather than from the route module, so the route's parts do not import the route.
export type LoaderData = ReturnType<typeof useLoaderData<() => PlanPageView>>;
export type ActionData = PlanFormReply | undefined;
export type Row = LoaderData["thisWeek"][number];
export type Member = LoaderData["members"][number];

/** True once React runs in the browser: forms then go through a fetcher and say so, so the server answers with data. */
export function useHydrated(): boolean {
  // The server's snapshot says false, the browser's true: React renders false while hydrating, then true.
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

function subscribeToNothing(): () => void {
  return () => {};
}

/** A plan day ("2030-01-15") as the page language writes dates. */
export function useDayText(): (day: string) => string {
  const language = useLanguage();
  return (day) => formatDate(language, `${day}T12:00:00Z`);
}
