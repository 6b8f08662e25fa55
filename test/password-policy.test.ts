import { describe, expect, it } from "vitest";
import { checkPassword } from "../app/security/password-policy";
import { hashPassword, verifyPassword } from "../app/security/password.server";

describe("password policy", () => {
  it("requires at least 12 characters", () => {
    expect(checkPassword("elf-tekens!")).toBe("too_short");
    expect(checkPassword("twaalf tekens")).toBeNull();
  });
  it("refuses common passwords regardless of case", () => {
    expect(checkPassword("Wachtwoord123")).toBe("too_common");
    expect(checkPassword("PASSWORD1234")).toBe("too_common");
    expect(checkPassword("aaaaaaaaaaaaaaaa")).toBe("too_common");
  });
  it("refuses a password containing the e-mail name", () => {
    expect(checkPassword("ilse.devries-2026", "ilse.devries@partij.nl")).toBe("contains_email");
  });
  it("caps the length", () => {
    expect(checkPassword("x".repeat(300))).toBe("too_long");
  });
});

describe("password hashing", () => {
  it("uses argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("een lange zin als wachtwoord");
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, "een lange zin als wachtwoord")).toBe(true);
    expect(await verifyPassword(hash, "een lange zin als wachtwoord!")).toBe(false);
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });
});
