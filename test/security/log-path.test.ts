import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logPathOf } from "../../app/utils/log-path";

const token = "Xy7_kQ2mZ9aB4cD6eF8gH0iJ1kL3mN5oP7qR9sT1uV3";

describe("logPathOf", () => {
  it.each([
    `/invitations/${token}`,
    `/INVITATIONS/${token}`,
    `/%69nvitations/${token}`,
    `/%2569nvitations/${token}`,
    `//invitations/${token}`,
    `/\\invitations/${token}`,
    `/invitations//${token}/`,
    `/InViTaTiOnS/${encodeURIComponent(token)}`,
  ])("hides the token of %s", (path) => {
    for (const status of [200, 404, 410]) {
      const logged = logPathOf({ path, status });
      expect(logged).toBe("/invitations/[token]");
    }
  });

  it("never writes a 404 path with a token in it, nor control characters", () => {
    expect(logPathOf({ path: `/nothing/${token}`, status: 404 })).toBe("/nothing/[…]");
    expect(logPathOf({ path: `/${token}`, status: 404 })).toBe("/[redacted]");
    expect(logPathOf({ path: "/a%0d%0aFAKE LOG LINE", status: 404 })).not.toMatch(/[\r\n ]/);
  });

  it("keeps ordinary paths readable and replaces ids", () => {
    expect(logPathOf({ path: "/assessments", status: 200 })).toBe("/assessments");
    expect(logPathOf({ path: "/assessments/cl9abcdefghijklmnopqrstu/plan", status: 200 })).toBe("/assessments/[id]/plan");
  });

  it("never lets a token through, whatever the spelling", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("invitations", "INVITATIONS", "%69nvitations", "inv%69tations"),
        fc.constantFrom("/", "//", "/\\", "/./"),
        fc.integer({ min: 100, max: 599 }),
        (name, slash, status) => {
          const logged = logPathOf({ path: `${slash}${name}${slash}${token}`, status });
          expect(logged).not.toContain(token.slice(0, 16));
        },
      ),
    );
  });
});
