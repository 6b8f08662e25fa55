// The names the plan page's forms and rows share between server and browser. No schema here: this module
// goes to the browser, and the filter is read (with zod) on the server only, in view.server.ts.

/** The filters of the plan page, in the order they appear in the address. */
export const filterKeys = ["owner", "status", "milestone", "critical"] as const;

/** Forms carry the page's filter back under this prefix, apart from their own "owner" and "status" fields. */
export const returnPrefix = "return_";

/** The row's id, and the anchor a save without JavaScript returns to. */
export function anchorOf(key: string): string {
  return `action-${key.replace(/[^a-z0-9-]/g, "-")}`;
}

/** The fetcher of one action's form: keyed, so its result survives the row moving to another table. */
export function fetcherKeyOf(key: string): string {
  return `plan-action-${key}`;
}
