import { randomBytes } from "node:crypto";
import { memberships, organisations, users } from "../../db/schema";
import { getDb } from "../../app/db.server";
import { hashPassword } from "../../app/security/password.server";
import type { MemberRole, PlatformRole } from "../../app/security/permissions";

const id = () => randomBytes(9).toString("base64url");
export const testPassword = "correct horse battery staple";
let cachedHash: string | undefined;

/** Creates an organisation directly in the test database. */
export function makeOrganisation({
  name = `Partij ${id()}`,
  kind = "national_party",
  parentId = null,
}: { name?: string; kind?: "national_party" | "local_branch" | "local_party"; parentId?: string | null } = {}) {
  const organisationId = id();
  getDb().insert(organisations).values({ id: organisationId, name, kind, parentId }).run();
  return { id: organisationId, name };
}

/** Creates a user (password `testPassword`) with an optional membership or platform role. */
export async function makeUser({
  email = `${id().toLowerCase()}@test.nl`,
  name = "Test Persoon",
  organisationId,
  role,
  platformRole = null,
}: { email?: string; name?: string; organisationId?: string; role?: MemberRole; platformRole?: PlatformRole | null } = {}) {
  cachedHash ??= await hashPassword(testPassword);
  const userId = id();
  getDb().insert(users).values({ id: userId, email, name, passwordHash: cachedHash, platformRole }).run();
  let membershipId: string | null = null;
  if (organisationId && role) {
    membershipId = id();
    getDb().insert(memberships).values({ id: membershipId, userId, organisationId, role }).run();
  }
  return { id: userId, email, membershipId };
}

/** A cookie header from a Set-Cookie value, as a browser would send it back. */
export function cookieFrom(setCookie: string | null): string {
  return (setCookie ?? "").split(";")[0] ?? "";
}

export function formRequest(url: string, fields: Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost:3000${url}`, {
    method: "POST",
    body: new URLSearchParams(fields).toString(),
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
  });
}

export function getRequest(url: string, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost:3000${url}`, { headers });
}

/** The HTTP status of what a loader or action returned: a Response, data() with a status, or else 200. */
export function statusOf(result: unknown): number {
  if (result instanceof Response) return result.status;
  if (result && typeof result === "object" && "init" in result) {
    const init: unknown = result.init;
    if (init && typeof init === "object" && "status" in init && typeof init.status === "number") return init.status;
  }
  return 200;
}

/** The status of running a loader or action, whether it returned or threw its Response (redirects, 404). */
export async function outcomeStatus(run: () => Promise<unknown>): Promise<number> {
  try {
    return statusOf(await run());
  } catch (error) {
    if (error instanceof Response) return error.status;
    throw error;
  }
}
