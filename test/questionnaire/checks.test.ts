import { describe, expect, it } from "vitest";
import { checkQuestionnaire, countWords, isHomepage, type CheckRule, type SourceCatalogue } from "../../app/questionnaire/checks";
import { questionnaireV1 } from "../../app/questionnaire/v1";
import { domainIds, type Measure, type Question, type Questionnaire, type Source } from "../../app/questionnaire/schema";

// A small questionnaire that follows every rule; each test below breaks one rule in a copy of it.
const catalogue = {
  ncscMfa: { id: "ncscMfa", publisher: "NCSC", title: "Tweestapsverificatie", language: "nl", year: 2024, url: "https://www.ncsc.nl/tweestapsverificatie" },
  cisaMfa: { id: "cisaMfa", publisher: "CISA", title: "More than a password", language: "en", url: "https://www.cisa.gov/mfa" },
} satisfies SourceCatalogue;

function measure(name: string): Measure {
  return {
    title: { nl: `Doe ${name}`, en: `Do ${name}` },
    detail: { nl: `Zo doet u ${name} goed.`, en: `This is how you do ${name} well.` },
    owner: "it_lead",
    effort: "small",
    timeframe: "now",
  };
}

function question(id: string, extra: Partial<Question> = {}): Question {
  return {
    id,
    domain: "accounts",
    text: { nl: `Staat tweestapsverificatie aan op ${id}?`, en: `Is two-step verification on for ${id}?` },
    help: {
      why: { nl: "Een wachtwoord alleen is te zwak.", en: "A password alone is too weak." },
      how: { nl: "Zet het aan in de instellingen.", en: "Turn it on in the settings." },
    },
    options: [
      { id: "none", label: { nl: "Nee", en: "No" }, maturity: 0 },
      { id: "some", label: { nl: "Op sommige accounts", en: "On some accounts" }, maturity: 2 },
      { id: "all", label: { nl: "Op alle accounts", en: "On all accounts" }, maturity: 3 },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [catalogue.ncscMfa],
    measures: { basic: measure("basis"), next: measure("meer") },
    ...extra,
  };
}

function fixture(): Questionnaire {
  return {
    version: 2,
    title: { nl: "Proef", en: "Trial" },
    domains: domainIds.map((id) => ({ id, title: { nl: `Domein ${id}`, en: `Domain ${id}` }, intro: { nl: `Over ${id}`, en: `About ${id}` } })),
    questions: [
      question("acc-mail", { critical: true, sources: [catalogue.ncscMfa, catalogue.cisaMfa] }),
      question("acc-social", { allowNotApplicable: true }),
      question("acc-social-keys", { condition: { questionId: "acc-social", optionIds: ["some", "all"] } }),
    ],
  };
}

function firstQuestion(questionnaire: Questionnaire): Question {
  const first = questionnaire.questions[0];
  if (!first) throw new Error("fixture has no questions");
  return first;
}

function rulesOf(questionnaire: Questionnaire, sources: SourceCatalogue = catalogue): CheckRule[] {
  return checkQuestionnaire({ questionnaire, sources }).map((problem) => problem.rule);
}

describe("checkQuestionnaire", () => {
  it("finds nothing in a questionnaire that follows every rule", () => {
    expect(checkQuestionnaire({ questionnaire: fixture(), sources: catalogue })).toEqual([]);
  });

  it("reports a critical question that offers not applicable, with the question id in plain words", () => {
    const broken = fixture();
    firstQuestion(broken).allowNotApplicable = true;
    const problems = checkQuestionnaire({ questionnaire: broken, sources: catalogue });
    expect(problems).toEqual([
      {
        rule: "not_applicable_on_critical",
        questionId: "acc-mail",
        domain: "accounts",
        message: expect.stringMatching(/^acc-mail: critical question offers "not applicable"/),
      },
    ]);
  });

  it("reports a source without id and one without language", () => {
    const broken = fixture();
    const noId: Source = { publisher: "NCSC", title: "Los", language: "nl", url: "https://www.ncsc.nl/los" };
    const noLanguage: Source = { id: "cisaMfa", publisher: "CISA", title: "More than a password", url: "https://www.cisa.gov/mfa" };
    firstQuestion(broken).sources = [noId, noLanguage];
    const rules = rulesOf(broken);
    expect(rules).toContain("source_without_id");
    expect(rules).toContain("source_without_language");
  });

  it("reports a source id that is not in the catalogue, and a changed copy of an entry", () => {
    const unknown = fixture();
    firstQuestion(unknown).sources = [{ ...catalogue.ncscMfa, id: "elsewhere" }];
    expect(rulesOf(unknown)).toEqual(["source_not_in_catalogue"]);
    const copy = fixture();
    firstQuestion(copy).sources = [{ ...catalogue.ncscMfa, title: "Another title" }];
    expect(rulesOf(copy)).toEqual(["source_not_in_catalogue"]);
  });

  it("reports a catalogue whose entry id differs from its key, and two entries with the same address", () => {
    const sources: SourceCatalogue = {
      ...catalogue,
      ncscAgain: { ...catalogue.ncscMfa, id: "ncscAgain", url: "https://www.ncsc.nl/tweestapsverificatie/" },
      wrongKey: { ...catalogue.cisaMfa, url: "https://www.cisa.gov/other" },
    };
    const problems = checkQuestionnaire({ questionnaire: fixture(), sources });
    expect(problems.map((p) => p.rule).sort()).toEqual(["duplicate_source", "source_without_id"]);
    expect(problems.find((p) => p.rule === "duplicate_source")?.message).toMatch(/ncscMfa and ncscAgain/);
  });

  it("reports a source cited twice by one question", () => {
    const broken = fixture();
    firstQuestion(broken).sources = [catalogue.ncscMfa, catalogue.ncscMfa];
    expect(rulesOf(broken)).toEqual(["duplicate_source"]);
  });

  it("reports a source that links to a front page only", () => {
    const home = { id: "ncscHome", publisher: "NCSC", title: "NCSC", language: "nl", url: "https://www.ncsc.nl/" } satisfies Source;
    const broken = fixture();
    firstQuestion(broken).sources = [home];
    expect(rulesOf(broken, { ...catalogue, ncscHome: home })).toEqual(["homepage_source"]);
    expect(isHomepage("https://www.ncsc.nl")).toBe(true);
    expect(isHomepage("https://www.ncsc.nl/?page=mfa")).toBe(false);
    expect(isHomepage("https://www.cisa.gov/mfa")).toBe(false);
  });

  it("reports a Dutch question text over 20 words, counting words as a reader does", () => {
    const broken = fixture();
    const text = "Heeft u voor elk account van de partij, ook de oude en de vergeten, tweestapsverificatie aangezet en dat ook echt gecontroleerd?";
    expect(countWords(text)).toBe(21);
    const twenty = fixture();
    firstQuestion(twenty).text = { nl: text.replace(" echt", ""), en: "Is two-step verification on for every account?" };
    expect(rulesOf(twenty)).toEqual([]);
    firstQuestion(broken).text = { nl: text, en: "Is two-step verification on for every account?" };
    const problems = checkQuestionnaire({ questionnaire: broken, sources: catalogue });
    expect(problems.map((p) => p.rule)).toEqual(["question_too_long"]);
    expect(problems[0]?.message).toContain("21 words");
    expect(countWords("Staat e-mail – ook op de telefoon – aan?")).toBe(7);
  });

  it("reports a missing language anywhere: question, option, help, measure, domain", () => {
    const places: Array<(q: Questionnaire) => void> = [
      (q) => (firstQuestion(q).text = { nl: "Staat het aan?", en: " " }),
      (q) => (firstQuestion(q).help.how = { nl: "", en: "Turn it on." }),
      (q) => {
        const option = firstQuestion(q).options[0];
        if (option) option.label = { nl: "Nee", en: "" };
      },
      (q) => (firstQuestion(q).measures.next.detail = { nl: "Zo.", en: "" }),
      (q) => {
        const domain = q.domains[0];
        if (domain) domain.intro = { nl: "", en: "About" };
      },
    ];
    for (const breakIt of places) {
      const broken = fixture();
      breakIt(broken);
      const rules = rulesOf(broken);
      expect(rules).toContain("missing_text");
      expect(rules.filter((rule) => rule !== "missing_text" && rule !== "schema")).toEqual([]);
    }
  });

  it("reports a longer text left untranslated", () => {
    const broken = fixture();
    firstQuestion(broken).help.why = { nl: "A password alone is too weak.", en: "A password alone is too weak." };
    expect(rulesOf(broken)).toEqual(["untranslated_text"]);
  });

  it("reports an option without a valid maturity", () => {
    const broken = fixture();
    const option = firstQuestion(broken).options[1];
    if (option) option.maturity = 4;
    expect(rulesOf(broken)).toContain("option_maturity");
  });

  it("reports options that do not span maturity 0 to 3", () => {
    const noTop = fixture();
    firstQuestion(noTop).options = firstQuestion(noTop).options.filter((option) => option.maturity < 3);
    expect(rulesOf(noTop)).toEqual(["maturity_span"]);
    const noBottom = fixture();
    firstQuestion(noBottom).options = firstQuestion(noBottom).options.filter((option) => option.maturity > 0);
    expect(rulesOf(noBottom)).toEqual(["maturity_span"]);
  });

  it("reports a gap without a measure", () => {
    const broken = fixture();
    Reflect.deleteProperty(firstQuestion(broken).measures, "next");
    const problems = checkQuestionnaire({ questionnaire: broken, sources: catalogue });
    expect(problems.filter((p) => p.rule === "missing_measure").map((p) => p.message)).toEqual([expect.stringContaining("acc-mail: no next measure")]);
  });

  it("reports conditions that point forwards, nowhere, or at an option that does not exist", () => {
    const forwards = fixture();
    firstQuestion(forwards).condition = { questionId: "acc-social", optionIds: ["all"] };
    expect(checkQuestionnaire({ questionnaire: forwards, sources: catalogue }).map((p) => p.message)).toEqual([expect.stringContaining("comes later")]);
    const nowhere = fixture();
    firstQuestion(nowhere).condition = { questionId: "acc-gone", optionIds: ["all"] };
    expect(checkQuestionnaire({ questionnaire: nowhere, sources: catalogue }).map((p) => p.message)).toEqual([expect.stringContaining("does not exist")]);
    const option = fixture();
    const last = option.questions[2];
    if (last) last.condition = { questionId: "acc-social", optionIds: ["some", "most"] };
    expect(checkQuestionnaire({ questionnaire: option, sources: catalogue }).map((p) => p.message)).toEqual([expect.stringContaining("option most")]);
  });

  it("reports a question id or option id used twice", () => {
    const broken = fixture();
    broken.questions.push(question("acc-mail"));
    expect(rulesOf(broken)).toContain("duplicate_id");
    const options = fixture();
    firstQuestion(options).options.push({ id: "all", label: { nl: "Ja", en: "Yes" }, maturity: 3 });
    expect(rulesOf(options)).toContain("duplicate_id");
  });

  it("reports an option that kept its id but changed maturity since an earlier version", () => {
    const earlier = fixture();
    earlier.version = 1;
    const later = fixture();
    const option = firstQuestion(later).options[1];
    if (option) option.maturity = 1;
    expect(checkQuestionnaire({ questionnaire: later, sources: catalogue, earlier: [earlier] }).map((p) => p.rule)).toEqual(["changed_option"]);
  });

  it("reports schema problems with the question they belong to", () => {
    const broken = fixture();
    firstQuestion(broken).id = "Not A Slug";
    const problems = checkQuestionnaire({ questionnaire: broken, sources: catalogue });
    expect(problems.filter((p) => p.rule === "schema")).toEqual([
      { rule: "schema", questionId: "Not A Slug", domain: "accounts", message: expect.stringContaining("questions.0.id") },
    ]);
  });

  it("applies only the schema to the frozen version 1", () => {
    const v1 = fixture();
    v1.version = 1;
    firstQuestion(v1).allowNotApplicable = true;
    expect(checkQuestionnaire({ questionnaire: v1, sources: catalogue })).toEqual([]);
    expect(checkQuestionnaire({ questionnaire: questionnaireV1 })).toEqual([]);
  });

  it("uses the catalogue registered for the version when none is given", () => {
    const broken = fixture();
    expect(checkQuestionnaire({ questionnaire: broken }).map((p) => p.rule)).toContain("source_not_in_catalogue");
    broken.version = 99;
    expect(checkQuestionnaire({ questionnaire: broken }).map((p) => p.message)).toContain("version 99 has no catalogue of sources");
  });
});
