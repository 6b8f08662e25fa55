// The public questionnaire in every published version: /questionnaire and /questionnaire.json show the
// current one, ?version=1 the earlier one, and an unknown version is a 404 with a message in the reader's
// language. Sources say their year and, when it differs from the page's, their language.
import { describe, expect, it } from "vitest";
import { loader as pageLoader } from "../../app/routes/questionnaire";
import { loader as jsonLoader } from "../../app/routes/questionnaire[.json]";
import { currentQuestionnaire } from "../../app/questionnaire/current";
import { questionnaireV1 } from "../../app/questionnaire/v1";
import { questionnaireV2 } from "../../app/questionnaire/v2";
import { sourceNote } from "../../app/questionnaire/source-note";
import { languageCookie } from "../../app/i18n/language.server";
import { getRequest, statusOf } from "../helpers/factory";

const english = async () => ({ Cookie: await languageCookie.serialize("en") });
const args = (request: Request) => ({ request, params: {}, context: {} });

describe("/questionnaire.json", () => {
  it("gives the current version exactly as the app uses it, and ?version=1 the earlier one", async () => {
    const current = await jsonLoader(args(getRequest("/questionnaire.json")));
    expect(current.status).toBe(200);
    expect(current.headers.get("Content-Type")).toContain("application/json");
    expect(await current.json()).toEqual(currentQuestionnaire);
    expect(currentQuestionnaire.version).toBe(2);
    const earlier = await jsonLoader(args(getRequest("/questionnaire.json?version=1")));
    expect(await earlier.json()).toEqual(questionnaireV1);
    expect(await (await jsonLoader(args(getRequest("/questionnaire.json?version=2")))).json()).toEqual(questionnaireV2);
  });

  it.each(["3", "0", "abc", "1.0", "", "99999999999999999999"])("answers version %j with a 404 and a message, in Dutch or English", async (version) => {
    const dutch = await jsonLoader(args(getRequest(`/questionnaire.json?version=${version}`)));
    expect(dutch.status).toBe(404);
    expect(await dutch.json()).toEqual({ error: `Versie '${version}' van de vragenlijst bestaat niet. Er zijn deze versies: 1, 2.` });
    const inEnglish = await jsonLoader(args(getRequest(`/questionnaire.json?version=${version}`, await english())));
    expect(await inEnglish.json()).toEqual({ error: `Version '${version}' of the questionnaire does not exist. These versions exist: 1, 2.` });
  });
});

describe("/questionnaire", () => {
  it("shows the current version and links to the earlier one; ?version=1 shows version 1 with a link back", async () => {
    const current = await pageLoader(args(getRequest("/questionnaire")));
    expect(statusOf(current)).toBe(200);
    expect(current).toMatchObject({ questionnaire: { version: 2 }, currentVersion: 2, others: [1] });
    const earlier = await pageLoader(args(getRequest("/questionnaire?version=1")));
    expect(earlier).toMatchObject({ questionnaire: { version: 1 }, currentVersion: 2, others: [2] });
    const text = "questionnaire" in earlier && earlier.questionnaire ? earlier.questionnaire.domains[0]?.questions[0]?.text : undefined;
    expect(text).toBe(questionnaireV1.questions[0]?.text.nl);
  });

  it("answers an unknown version with a 404 page that says so in the reader's language", async () => {
    const result = await pageLoader(args(getRequest("/questionnaire?version=7", await english())));
    expect(statusOf(result)).toBe(404);
    const payload = result && typeof result === "object" && "data" in result ? result.data : null;
    expect(payload).toMatchObject({
      questionnaire: null,
      message: "Version '7' of the questionnaire does not exist. These versions exist: 1, 2.",
      others: [1, 2],
    });
  });
});

describe("sourceNote", () => {
  const source = { id: "x", publisher: "P", title: "T", url: "https://example.org/t" };
  it("names the language only when it differs from the page's, and the year where given", () => {
    expect(sourceNote({ source: { ...source, language: "en", year: 2021 }, pageLanguage: "nl" })).toEqual({ year: 2021, otherLanguage: "en" });
    expect(sourceNote({ source: { ...source, language: "en" }, pageLanguage: "en" })).toEqual({ year: null, otherLanguage: null });
    expect(sourceNote({ source: { ...source, language: "nl" }, pageLanguage: "en" })).toEqual({ year: null, otherLanguage: "nl" });
    expect(sourceNote({ source, pageLanguage: "nl" })).toEqual({ year: null, otherLanguage: null });
  });
});
