// The question page's autosave, in the browser: keeps typed input in localStorage until the server has it,
// and posts one question to the answers endpoint, whose reply is read with that endpoint's schema.
import { parseAutosaveReply, type AutosaveReply } from "../assessments.$id.answers/reply";

export type PendingInput = { answer: string; note: string; revision: number };

function storageKey({ assessmentId, questionId }: { assessmentId: string; questionId: string }): string {
  return `weerbaar:${assessmentId}:${questionId}`;
}

/** Input typed but not (yet) saved, kept in the browser; null when there is none or storage is unavailable. */
export function readPending({ assessmentId, questionId }: { assessmentId: string; questionId: string }): PendingInput | null {
  try {
    const raw = window.localStorage.getItem(storageKey({ assessmentId, questionId }));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === "object" && "answer" in parsed && "note" in parsed && "revision" in parsed) {
      const { answer, note, revision } = parsed;
      if (typeof answer === "string" && typeof note === "string" && typeof revision === "number") return { answer, note, revision };
    }
  } catch {
    // storage unavailable (private mode): nothing to restore
  }
  return null;
}

/** Keeps input in the browser on every keystroke, so a reload before the (debounced) save loses nothing. */
export function rememberPending({ assessmentId, questionId, input }: { assessmentId: string; questionId: string; input: PendingInput }): void {
  try {
    window.localStorage.setItem(storageKey({ assessmentId, questionId }), JSON.stringify(input));
  } catch {
    // storage may be unavailable (private mode); saving still proceeds
  }
}

/** Forgets kept input once the server has it, or once the person takes a colleague's answer. */
export function forgetPending({ assessmentId, questionId }: { assessmentId: string; questionId: string }): void {
  try {
    window.localStorage.removeItem(storageKey({ assessmentId, questionId }));
  } catch {
    // nothing to clean up
  }
}

/** Posts one question's answer; "offline" when the request did not get through at all. */
export async function postAnswer({
  assessmentId,
  questionId,
  answer,
  note,
  revision,
  confirm,
}: {
  assessmentId: string;
  questionId: string;
  answer: string;
  note: string;
  revision: number;
  confirm: boolean;
}): Promise<AutosaveReply | { status: "offline" }> {
  const body = new URLSearchParams({ questionId, answer, note, revision: String(revision), confirm: confirm ? "yes" : "" });
  let response: Response;
  try {
    response = await fetch(`/assessments/${assessmentId}/answers`, { method: "POST", body, headers: { Accept: "application/json" } });
  } catch {
    return { status: "offline" };
  }
  const payload: unknown = await response.json().catch(() => null);
  return parseAutosaveReply({ payload });
}
