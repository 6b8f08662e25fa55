import { nl } from "./nl";
import { en } from "./en";
import { formatMessage } from "./format";

export const languages = ["nl", "en"] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = "nl";

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;

const catalogues: Record<Language, Messages> = { nl, en };

export function isLanguage(value: unknown): value is Language {
  return value === "nl" || value === "en";
}

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(nl, value);
}

/** Looks a message up and fills `{name}` placeholders. Server side; pages get their catalogue from the root loader. */
export function translate(language: Language, key: MessageKey, values?: Record<string, string | number>): string {
  return formatMessage(catalogues[language][key], values);
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  return (key, values) => translate(language, key, values);
}

const locales: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };

/**
 * A date formatter per language, for module level: constructing an Intl.DateTimeFormat costs far more than
 * formatting with it, and pages format a date for every answer.
 */
export function formattersOf(options: Intl.DateTimeFormatOptions): Record<Language, Intl.DateTimeFormat> {
  // eslint-disable-next-line no-restricted-syntax -- its callers run at module level
  return { nl: new Intl.DateTimeFormat(locales.nl, options), en: new Intl.DateTimeFormat(locales.en, options) };
}
const numberFormats: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat(locales.nl, { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(locales.en, { maximumFractionDigits: 1 }),
};
const percentFormats: Record<Language, Intl.NumberFormat> = {
  nl: new Intl.NumberFormat(locales.nl, { style: "percent", maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat(locales.en, { style: "percent", maximumFractionDigits: 0 }),
};

/** Numbers as pages show them: at most one decimal, in the language's notation. */
export function numberFormatOf(language: Language): Intl.NumberFormat {
  return numberFormats[language];
}

/** Shares (0.25) as whole percentages in the language's notation. */
export function percentFormatOf(language: Language): Intl.NumberFormat {
  return percentFormats[language];
}

const dateTimeFormats = formattersOf({ dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });
const dateFormats = formattersOf({ dateStyle: "long", timeZone: "Europe/Amsterdam" });
const timeFormats = formattersOf({ timeStyle: "short", timeZone: "Europe/Amsterdam" });

// Formatting itself is the slow part of Intl, and a page shows the same moments on every load (each
// answer's last change, the election date), so each formatter remembers what it wrote, up to a bound.
const formatted = new Map<Intl.DateTimeFormat, Map<number, string>>();
const maxFormatted = 5_000;

// A stored value that is no date (an impossible election date from an old import) must not take the
// page down: Intl throws a RangeError on it. Such a value is shown as it was stored.
function formatWith(format: Intl.DateTimeFormat, value: Date | string | number): string {
  const time = new Date(value).getTime();
  if (Number.isNaN(time)) return String(value).replace(/T12:00:00Z$/, "");
  let memo = formatted.get(format);
  if (!memo) formatted.set(format, (memo = new Map<number, string>()));
  let text = memo.get(time);
  if (text === undefined) {
    text = format.format(time);
    if (memo.size >= maxFormatted) memo.clear();
    memo.set(time, text);
  }
  return text;
}

/** A date and time in the Dutch time zone, formatted for the language. */
export function formatDateTime(language: Language, value: Date | string | number): string {
  return formatWith(dateTimeFormats[language], value);
}

/** A date in the Dutch time zone, written out for the language. */
export function formatDate(language: Language, value: Date | string | number): string {
  return formatWith(dateFormats[language], value);
}

/** A time of day (hours and minutes) in the Dutch time zone. */
export function formatTime(language: Language, value: Date | string | number): string {
  return formatWith(timeFormats[language], value);
}
