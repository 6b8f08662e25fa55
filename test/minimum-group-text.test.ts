// The pages that promise "at least K parties" say the K this installation uses, not a fixed five.
import { describe, expect, it } from "vitest";

process.env.INSIGHTS_MIN_GROUP = "7";

describe("the minimum group in page text", () => {
  it("is the configured K on the landing page, in both languages", async () => {
    const { loader } = await import("../app/routes/_index");
    const { translate } = await import("../app/i18n/translate");
    const data = await loader({ request: new Request("http://localhost/"), params: {}, context: {} });
    expect(data).toEqual({ minGroup: 7 });
    expect(translate("nl", "landing.trustBody", { k: data.minGroup })).toContain("minstens 7 partijen");
    expect(translate("en", "landing.trustBody", { k: data.minGroup })).toContain("at least 7 parties");
    expect(translate("nl", "insights.noRelease.body", { k: 7 })).toContain("minstens 7 organisaties");
    expect(translate("en", "insights.noRelease.body", { k: 7 })).toContain("at least 7 organisations");
  });
});
