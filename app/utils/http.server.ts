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

/** Reads a form body and refuses anything larger than a form of ours could be. */
export async function readForm(request: Request, maxBytes = 64 * 1024): Promise<FormData | null> {
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > maxBytes) return null;
  try {
    const text = await request.text();
    if (text.length > maxBytes) return null;
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
