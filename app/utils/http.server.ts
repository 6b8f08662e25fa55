import type { AppLoadContext } from "@remix-run/node";

export function notFound(): Response {
  return new Response("Not found", { status: 404 });
}

export function forbidden(): Response {
  return new Response("Forbidden", { status: 403 });
}

/** The client's address as the server saw it (set by server.js), for audit and rate limits. */
export function getClientAddress(context: AppLoadContext | undefined): string {
  const value = context?.clientAddress;
  return typeof value === "string" && value ? value : "unknown";
}

/**
 * Where a loader hands the server's render static content that it leaves out of the page's data, or null
 * when the data must carry it: a navigation in the browser (a data request) has no server HTML to keep, and
 * neither does a server that does not say it renders a page load (`vite dev`). See StaticHtml.
 */
export function serverContentOf(context: AppLoadContext | undefined): Map<string, unknown> | null {
  const content = context?.serverContent;
  return context?.pageLoad === true && content instanceof Map ? (content as Map<string, unknown>) : null;
}

/**
 * Reads a request body up to maxBytes while it streams and stops there: a chunked body without a
 * Content-Length was read whole before the size check. Null when it is larger (or cannot be read).
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string | null> {
  const declared = request.headers.get("Content-Length");
  if (declared !== null && !(Number(declared) <= maxBytes)) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        // Not awaited: the cancel of a cloned (teed) body settles only when the other branch is cancelled too.
        reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(body);
}

/** Reads a form body and refuses anything larger than a form of ours could be. */
export async function readForm(request: Request, maxBytes = 64 * 1024): Promise<FormData | null> {
  const text = await readBodyText(request, maxBytes);
  if (text === null) return null;
  try {
    const type = request.headers.get("Content-Type") ?? "";
    if (type.startsWith("application/x-www-form-urlencoded")) {
      const form = new FormData();
      for (const [key, value] of new URLSearchParams(text)) form.append(key, value);
      return form;
    }
    return await new Request("http://local/", { method: "POST", body: text, headers: { "Content-Type": type } }).formData();
  } catch {
    return null;
  }
}

/** A form's fields as plain strings (files and repeated keys collapse to the first string value). */
export function formToObject(form: FormData): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of form) {
    if (typeof value === "string" && !(key in result)) result[key] = value;
  }
  return result;
}
