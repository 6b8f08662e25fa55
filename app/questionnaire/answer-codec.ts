import type { AnswerValue } from "./answers";

/** How an answer travels in a form field: "option:<id>", "not_applicable" or "dont_know". */
export function encodeAnswer(value: AnswerValue | null | undefined): string {
  if (!value) return "";
  return value.kind === "option" ? `option:${value.optionId}` : value.kind;
}

/** Reads a form field back; anything unrecognised is undefined (the caller reports it), "" is no answer. */
export function decodeAnswer(raw: string | undefined): AnswerValue | null | undefined {
  if (raw === undefined || raw === "") return null;
  if (raw === "not_applicable" || raw === "dont_know") return { kind: raw };
  const match = /^option:([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(raw);
  if (match?.[1]) return { kind: "option", optionId: match[1] };
  return undefined;
}
