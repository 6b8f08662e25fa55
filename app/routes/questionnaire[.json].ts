import { currentQuestionnaire } from "../questionnaire/current";

// The current version exactly as the app uses it (both languages, all ids), for anyone to read or reuse.
export function loader() {
  return new Response(JSON.stringify(currentQuestionnaire, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
