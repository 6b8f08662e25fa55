// Codes from an authenticator app, computed in the test (RFC 6238: HMAC-SHA1, 30 s, 6 digits), written
// apart from the app's own implementation so the browser tests check it rather than repeat it.
import { createHmac } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** The demo admin's and analyst's secret (README; demo data only). */
export const demoTotpSecret = "WEERBAARDEMOTOTP";

/** Demo accounts that have two-step sign-in set up. */
export const twoStepDemoAccounts = new Set(["beheer@demo.test", "analist@demo.test"]);

function base32Bytes(secret: string): Buffer {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of secret.replace(/\s/g, "").toUpperCase()) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    bits += index.toString(2).padStart(5, "0");
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

export function totpAt(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac("sha1", base32Bytes(secret)).update(counter).digest();
  const offset = (mac[19] ?? 0) & 15;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

const currentStep = () => Math.floor(Date.now() / 30_000);

// The server accepts each 30-second code once per account, and every test file shares one server: the
// steps used so far are kept in a file per server, so one file does not reuse a code another just used.
function stateFile(baseUrl: string): string {
  return path.join(os.tmpdir(), `weerbaar-e2e-totp-${baseUrl.replace(/\W+/g, "_")}.json`);
}

function readUsed(baseUrl: string): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(stateFile(baseUrl), "utf8"));
    if (!parsed || typeof parsed !== "object") return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, number] => typeof entry[1] === "number"));
  } catch {
    return {};
  }
}

/** Records that the server has seen a code of this step for this account (accepted or not). */
export function markStepUsed(baseUrl: string, account: string, step: number): void {
  const used = readUsed(baseUrl);
  used[account] = Math.max(used[account] ?? 0, step);
  fs.writeFileSync(stateFile(baseUrl), JSON.stringify(used));
}

/**
 * A code for `account` the server has not accepted yet: the current one, or the next (one step of drift is
 * accepted), or, when both were used, the current one after waiting for the clock to move on.
 */
export async function nextTotp(baseUrl: string, account: string, secret = demoTotpSecret): Promise<{ code: string; step: number }> {
  for (;;) {
    const now = currentStep();
    const step = Math.max(now, (readUsed(baseUrl)[account] ?? 0) + 1);
    if (step <= now + 1) {
      markStepUsed(baseUrl, account, step);
      return { code: totpAt(secret, step), step };
    }
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 50));
  }
}
