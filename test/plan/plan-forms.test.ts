import { describe, expect, it } from "vitest";
import { bulkUpdateSchema, cleanOwnerName, planFilterSchema, updateActionSchema } from "../../app/utils/plan-forms";

describe("owner names", () => {
  it("keeps one trimmed line without control or bidirectional characters", () => {
    expect(cleanOwnerName({ name: "  Jan\n\tde   Vries \r\n" })).toBe("Jan de Vries");
    // A right-to-left override would make "Jan" display as something else.
    expect(cleanOwnerName({ name: "Jan\u202e seirV\u202c ed" })).toBe("Jan seirV ed");
    expect(cleanOwnerName({ name: "\u2066Marĳke\u2069 van Dĳk\u0007" })).toBe("Marĳke van Dĳk");
    expect(cleanOwnerName({ name: "\u0000\u200f" })).toBe("");
  });

  it("refuses an empty or too long name for someone else, counted after cleaning", () => {
    const base = { actionKey: "q:basic", status: "todo", owner: "other" };
    expect(updateActionSchema.safeParse({ ...base, ownerName: " \n\u202e " }).success).toBe(false);
    expect(updateActionSchema.safeParse({ ...base, ownerName: "x".repeat(121) }).success).toBe(false);
    expect(updateActionSchema.safeParse({ ...base, ownerName: `${"x".repeat(120)}\n\n` }).success).toBe(true);
  });

  it("accepts only known owner values", () => {
    const base = { actionKey: "q:basic", status: "todo" };
    for (const owner of ["", "other", "user:abc", "role:secretary", "role:treasurer"])
      expect(updateActionSchema.safeParse({ ...base, owner, ownerName: "A" }).success, owner).toBe(true);
    for (const owner of ["role:mayor", "admin", "role:"]) expect(updateActionSchema.safeParse({ ...base, owner }).success, owner).toBe(false);
  });
});

describe("changing several actions", () => {
  it("needs at least one action and something to change", () => {
    expect(bulkUpdateSchema.safeParse({ actionKeys: [], status: "done" }).success).toBe(false);
    expect(bulkUpdateSchema.safeParse({ actionKeys: ["q:basic"] }).success).toBe(false);
    expect(bulkUpdateSchema.safeParse({ actionKeys: ["q:basic"], status: "done" }).success).toBe(true);
    expect(bulkUpdateSchema.safeParse({ actionKeys: ["q:basic"], owner: "role:board" }).success).toBe(true);
    expect(bulkUpdateSchema.safeParse({ actionKeys: ["q:basic"], status: "finished" }).success).toBe(false);
  });
});

describe("plan filters", () => {
  it("ignores unknown values instead of failing", () => {
    expect(planFilterSchema.parse({ owner: "role:board", status: "late", milestone: "campaign_start", critical: "1" })).toEqual({
      owner: "role:board",
      status: "late",
      milestone: "campaign_start",
      critical: "1",
    });
    expect(planFilterSchema.parse({ owner: "", status: "nonsense", milestone: "tomorrow", critical: "yes" })).toEqual({
      owner: "",
      status: "",
      milestone: "",
      critical: "",
    });
  });
});
