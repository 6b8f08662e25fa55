// The PDF action plan: a tagged, accessible, bilingual A4 document drawn with pdfkit. See
// docs/decisions/005-pdf.md for the choices (fonts, line breaking, determinism, the tagging model, speed).
import PDFDocument from "pdfkit";
import { formatDate, translator, type Language, type Translate } from "../i18n/translate";
import { visibleQuestions, type AnswerValue } from "../questionnaire/answers";
import { milestones, type Question, type Source } from "../questionnaire/schema";
import { sourceNote } from "../questionnaire/source-note";
import { describeLevel } from "../scoring";
import { findQuestion, questionNumbers } from "../questionnaire/numbers";
import type { PdfPlanAction, PlanPdfData } from "./pdf-data";
import { addDays, weekStartOf } from "./timeline";
import {
  artifact,
  bodySize,
  colours,
  contentWidth,
  drawBlock,
  element,
  ensureSpace,
  heading,
  headingSizes,
  leaf,
  left,
  linkedText,
  list,
  listIndent,
  listParagraph,
  paragraph,
  placeText,
  table,
  textBlock,
  type Column,
  type Doc,
  type Layout,
  type Struct,
} from "./pdf-layout.server";
import { widthOf, type Run } from "./pdf-text.server";
import type { IsoDate } from "./timeline";

export type { PdfPlanAction, PlanPdfData } from "./pdf-data";

const languageTags: Record<Language, string> = { nl: "nl-NL", en: "en-GB" };
const producer = "Weerbaar (PDFKit)";

type Ctx = Layout & {
  t: Translate;
  language: Language;
  dates: DateFormats;
  data: PlanPdfData;
  generatedOn: IsoDate;
  electionLabel: string;
  /** Where the table of contents' entries start on the cover. */
  tocTop: number;
  /** Action numbers in the order the plan shows them. */
  numbers: Map<string, number>;
};

/**
 * Renders the action plan as PDF bytes. Pure: reads nothing but its arguments (and the font files), and the same
 * data, language and date give byte-identical output.
 */
export function renderPlanPdf(data: PlanPdfData, { language, generatedOn }: { language: Language; generatedOn: IsoDate }): Promise<Buffer> {
  const t = translator(language);
  const dates = dateFormats(language);
  const electionLabel = `${t(`election.type.${data.assessment.electionType}`)} — ${dates.long(data.assessment.electionDate)}`;
  const title = t("pdf.documentTitle", { organisation: data.organisationName, election: electionLabel });
  const subject = t("pdf.subject", { organisation: data.organisationName, date: dates.long(data.assessment.electionDate) });
  // A fixed moment on the document's date: creation and modification date and the file /ID (pdfkit takes an MD5 of
  // the info dictionary) then depend only on the input.
  const stamp = new Date(`${generatedOn}T12:00:00Z`);

  const doc: Doc = new PDFDocument({
    size: "A4",
    margins: { top: 68, bottom: 62, left: 56, right: 56 },
    pdfVersion: "1.7",
    tagged: true,
    lang: languageTags[language],
    displayTitle: true,
    bufferPages: true,
    info: { Title: title, Subject: subject, Creator: "Weerbaar", Producer: producer, CreationDate: stamp, ModDate: stamp },
  });
  writeOwnXmp(doc, { title, subject, stamp, language });

  const chunks: Uint8Array[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const ctx: Ctx = { doc, toc: [], t, language, dates, data, generatedOn, electionLabel, tocTop: 0, numbers: actionNumbers(data.actions) };
  const root = doc.struct("Document");
  doc.addStructure(root);
  const { cover, toc } = drawCover(ctx, root);
  drawWhoDoesWhat(ctx, root);
  drawSummary(ctx, root);
  drawPlan(ctx, root);
  drawAppendix(ctx, root);
  drawTableOfContents(ctx, toc);
  toc.end();
  cover.end();
  drawRunningHeadersAndFooters(ctx);
  root.end();
  doc.end();
  return finished;
}

/** Action numbers in the order the plan shows them: by milestone, then by priority. */
function actionNumbers(actions: PdfPlanAction[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const milestone of milestones) {
    for (const action of actions) if (action.timeframe === milestone) numbers.set(action.key, numbers.size + 1);
  }
  return numbers;
}

function isLate(action: PdfPlanAction, today: IsoDate): boolean {
  // Late is strictly after the due date, never on it.
  return action.status !== "done" && action.dueDate < today;
}

function questionById(data: PlanPdfData, questionId: string): Question | undefined {
  return findQuestion({ questionnaire: data.questionnaire, questionId });
}

// ---------------------------------------------------------------------------------------------------------
// Cover: the marking, title, organisation and election, the facts as a table, and the table of contents.

function drawCover(ctx: Ctx, root: Struct): { cover: Struct; toc: Struct } {
  const { doc, t, data, dates } = ctx;
  const cover = element(root, doc, "Sect");
  const x = left(doc);
  const width = contentWidth(doc);
  const draft = data.assessment.status === "draft";

  artifact(doc, () => {
    doc.rect(0, 0, doc.page.width, 10).fill(colours.heading);
  });

  // The markings are real content (paragraphs), drawn as labels: framed for confidential, filled for draft.
  const markY = doc.page.margins.top + 20;
  let markX = x;
  const marks: Array<{ text: string; filled: boolean }> = [{ text: t("pdf.confidential"), filled: false }];
  if (draft) marks.push({ text: t("pdf.draft"), filled: true });
  for (const mark of marks) {
    const block = textBlock(doc, mark.text, { size: 11, font: "bold", colour: mark.filled ? colours.white : colours.danger, width: width });
    const markWidth = (block.lines[0]?.width ?? 0) + 20;
    const boxX = markX;
    artifact(doc, () => {
      if (mark.filled) doc.roundedRect(boxX, markY, markWidth, 24, 3).fill(colours.danger);
      else doc.roundedRect(boxX, markY, markWidth, 24, 3).lineWidth(1.5).strokeColor(colours.danger).stroke();
    });
    leaf(cover, doc, "P", () => drawBlock(doc, block, { x: boxX + 10, y: markY + 5, breakPages: false }));
    markX += markWidth + 10;
  }
  doc.y = markY + 58;

  leaf(cover, doc, "H1", () => drawBlock(doc, textBlock(doc, t("pdf.title"), { size: 26, font: "bold", colour: colours.heading }), { x }));
  doc.y += 6;
  leaf(cover, doc, "P", () => drawBlock(doc, textBlock(doc, data.organisationName, { size: 17 }), { x }));
  doc.y += 2;
  leaf(cover, doc, "P", () => drawBlock(doc, textBlock(doc, ctx.electionLabel, { size: 12, colour: colours.muted }), { x }));
  doc.y += 22;

  // The facts: a two-column table whose first column holds row headers.
  const facts: Array<[string, string]> = [
    [t("pdf.cover.organisation"), data.organisationName],
    [
      t("pdf.cover.assessment"),
      data.assessment.status === "submitted" && data.assessment.submittedAt
        ? t("pdf.cover.submitted", { date: formatDate(ctx.language, data.assessment.submittedAt) })
        : t("pdf.cover.draft"),
    ],
    [t("pdf.cover.election"), ctx.electionLabel],
    [t("pdf.cover.documentDate"), dates.long(ctx.generatedOn)],
  ];
  leaf(cover, doc, "H2", () => drawBlock(doc, textBlock(doc, t("pdf.cover.facts"), { size: headingSizes.H2, font: "bold", colour: colours.heading }), { x }));
  doc.y += 6;
  const factsTable = element(cover, doc, "Table");
  const factsBody = element(factsTable, doc, "TBody");
  const labelWidth = 170;
  for (const [label, value] of facts) {
    const y = doc.y;
    const labelBlock = textBlock(doc, label, { font: "bold", width: labelWidth - 8 });
    const valueBlock = textBlock(doc, value, { width: width - labelWidth });
    const height = Math.max(labelBlock.height, valueBlock.height) + 8;
    artifact(doc, () => {
      doc
        .moveTo(x, y + height)
        .lineTo(x + width, y + height)
        .lineWidth(0.5)
        .strokeColor(colours.rule)
        .stroke();
    });
    const row = element(factsBody, doc, "TR");
    leaf(row, doc, "TH", () => drawBlock(doc, labelBlock, { x, y: y + 4, breakPages: false }), { scope: "Row" });
    leaf(row, doc, "TD", () => drawBlock(doc, valueBlock, { x: x + labelWidth, y: y + 4, breakPages: false }));
    row.end();
    doc.y = y + height;
  }
  factsBody.end();
  factsTable.end();
  doc.y += 14;

  const notes = [textBlock(doc, t("pdf.confidentialNote", { organisation: data.organisationName }), { width: width - 30 })];
  if (draft) notes.push(textBlock(doc, t("pdf.draftNotice"), { width: width - 30, font: "bold" }));
  const noteY = doc.y;
  const noteHeight = notes.reduce((sum, note) => sum + note.height + 4, 0) + 16;
  artifact(doc, () => {
    doc.rect(x, noteY, width, noteHeight).fill(colours.panel);
    doc.rect(x, noteY, 4, noteHeight).fill(draft ? colours.danger : colours.accent);
  });
  doc.y = noteY + 10;
  for (const note of notes) {
    leaf(cover, doc, "P", () => drawBlock(doc, note, { x: x + 16, breakPages: false }));
    doc.y += 4;
  }
  doc.y = noteY + noteHeight + 22;

  // The table of contents: its heading now, its entries once every page number is known (drawTableOfContents).
  const toc = element(cover, doc, "TOC");
  leaf(toc, doc, "H2", () => drawBlock(doc, textBlock(doc, t("pdf.contents"), { size: headingSizes.H2, font: "bold", colour: colours.heading }), { x }));
  doc.y += 8;
  ctx.tocTop = doc.y;
  return { cover, toc };
}

/** Fills in the table of contents on the cover: TOC > TOCI > Reference > Link, with the page number in the link. */
function drawTableOfContents(ctx: Ctx, toc: Struct): void {
  const { doc, t } = ctx;
  doc.switchToPage(0);
  const x = left(doc);
  const width = contentWidth(doc);
  const pages = doc.bufferedPageRange().count;
  let y = ctx.tocTop;
  for (const entry of ctx.toc) {
    const indent = entry.level === 1 ? 0 : 18;
    const size = entry.level === 1 ? 11 : 10;
    const font = entry.level === 1 ? "bold" : "regular";
    const titleBlock = textBlock(doc, entry.title, { size, font, width: width - indent - 60 });
    const titleEnd = x + indent + (titleBlock.lines[titleBlock.lines.length - 1]?.width ?? 0);
    const numberWidth = widthOf(` ${entry.page + 1}`, font, size);
    const item = element(toc, doc, "TOCI");
    const reference = element(item, doc, "Reference");
    const link = element(reference, doc, "Link");
    link.add(() => {
      drawBlock(doc, titleBlock, { x: x + indent, y, breakPages: false });
      // The leading space separates title and number in the text ("Samenvatting 2"); it is invisible.
      placeText(doc, ` ${entry.page + 1}`, { x: x + width, y: y + titleBlock.height - titleBlock.lineHeight, size, font, align: "right" });
    });
    const leaderY = y + titleBlock.height - titleBlock.lineHeight * 0.3;
    artifact(doc, () => {
      doc
        .moveTo(titleEnd + 6, leaderY)
        .lineTo(x + width - numberWidth - 6, leaderY)
        .lineWidth(0.8)
        .dash(1, { space: 2.5 })
        .strokeColor(colours.muted)
        .stroke()
        .undash();
    });
    doc.goTo(x + indent, y, width - indent, titleBlock.height, entry.destination, {
      structParent: link,
      Contents: new String(`${entry.title}, ${t("pdf.footer.page", { page: entry.page + 1, pages })}`),
    });
    link.end();
    reference.end();
    item.end();
    y += titleBlock.height + (entry.level === 1 ? 6 : 3);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Who does what when: per owner, the open actions that start or are due this week and the next four weeks.

/** Weeks shown in "who does what when": this week and the four after it. */
const whoWeeks = 5;

function drawWhoDoesWhat(ctx: Ctx, root: Struct): void {
  const { doc, t, data, language, dates } = ctx;
  const section = element(root, doc, "Sect");
  heading(ctx, section, "H1", t("pdf.who"), { destination: "who", outline: doc.outline, toc: 1, newPage: true });
  const start = weekStartOf({ date: ctx.generatedOn });
  const end = addDays({ date: start, days: 7 * whoWeeks - 1 });
  paragraph(ctx, section, t("pdf.who.lead", { start: dates.long(start), end: dates.long(end) }));
  const inWindow = data.actions.filter(
    (action) =>
      action.status !== "done" &&
      ((action.startDate >= start && action.startDate <= end) || (action.dueDate >= start && action.dueDate <= end) || isLate(action, ctx.generatedOn)),
  );
  if (inWindow.length === 0) {
    paragraph(ctx, section, t("pdf.who.empty"));
    section.end();
    return;
  }
  const owners = [...new Set(inWindow.map((action) => action.ownerLabel))].sort((a, b) => a.localeCompare(b, language));
  const width = contentWidth(doc);
  const columns: Column[] = [
    { header: t("pdf.table.action"), width: width - 62 - 72 - 62 },
    { header: t("pdf.who.start"), width: 62 },
    { header: t("plan.dueDate"), width: 72 },
    { header: t("plan.status"), width: 62 },
  ];
  for (const owner of owners) {
    const ownerSection = element(section, doc, "Sect");
    heading(ctx, ownerSection, "H2", owner, { keep: 70 });
    const rows = inWindow.filter((action) => action.ownerLabel === owner).sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
    table(ctx, ownerSection, {
      columns,
      rows: rows.map((action) => {
        const number = ctx.numbers.get(action.key) ?? 0;
        const due: Run[] = [{ text: dates.short(action.dueDate) }];
        if (isLate(action, ctx.generatedOn)) due.push({ text: ` (${t("pdf.late")})`, colour: colours.danger, font: "bold" });
        return [
          { text: `${number}. ${action.title[language]}`, destination: `action-${number}` },
          { text: dates.short(action.startDate) },
          { text: due },
          { text: t(`plan.status.${action.status}`) },
        ];
      }),
    });
    ownerSection.end();
  }
  section.end();
}

// ---------------------------------------------------------------------------------------------------------
// Summary: level and score, the domain scores as a bar chart, critical findings, the first three steps.

function drawSummary(ctx: Ctx, root: Struct): void {
  const { doc, t, data, language } = ctx;
  const section = element(root, doc, "Sect");
  // No almost-empty pages: the summary follows "who does what when" on its last page while more than half of
  // that page is free, and keeps its heading together with the level and the start of the chart.
  const halfFree = doc.y < doc.page.height / 2;
  heading(ctx, section, "H1", t("pdf.summary"), { destination: "summary", outline: doc.outline, toc: 1, newPage: !halfFree, keep: 260 });

  const overall = data.score.overall;
  const x = left(doc);
  const width = contentWidth(doc);
  const lines: Array<{ text: string; size: number; font: "bold" | "regular"; colour: string }> = [];
  if (overall.level !== null && overall.rounded !== null) {
    const level = describeLevel({ level: overall.level });
    lines.push({ text: t("pdf.summary.level", { level: level.name[language] }), size: 16, font: "bold", colour: colours.heading });
    lines.push({ text: t("pdf.summary.score", { score: overall.rounded }), size: 12, font: "bold", colour: colours.text });
    lines.push({ text: level.meaning[language], size: bodySize, font: "regular", colour: colours.text });
    if (overall.cappedByCriticalFinding && overall.uncappedLevel) {
      const uncapped = describeLevel({ level: overall.uncappedLevel }).name[language];
      lines.push({ text: t("pdf.summary.capped", { level: uncapped }), size: bodySize, font: "regular", colour: colours.danger });
    }
    if ("cappedBy" in overall && overall.cappedBy === "critical_not_highest" && overall.uncappedLevel) {
      const uncapped = describeLevel({ level: overall.uncappedLevel }).name[language];
      lines.push({ text: t("pdf.summary.cappedNotHighest", { level: uncapped }), size: bodySize, font: "regular", colour: colours.danger });
    }
  } else if ("status" in overall && overall.status === "not_enough_answers") {
    lines.push({ text: t("pdf.summary.notEnough"), size: 12, font: "bold", colour: colours.text });
    lines.push({ text: t("results.coverage", { ...overall.coverage }), size: bodySize, font: "regular", colour: colours.text });
  } else {
    lines.push({ text: t("pdf.summary.noScore"), size: 12, font: "bold", colour: colours.text });
  }
  lines.push({ text: t("results.dontKnowCount", { count: data.score.findOut.length }), size: bodySize, font: "regular", colour: colours.text });
  const blocks = lines.map((line) => textBlock(doc, line.text, { size: line.size, font: line.font, colour: line.colour, width: width - 34 }));
  const panelHeight = blocks.reduce((sum, block) => sum + block.height + 3, 0) + 20;
  const panelY = doc.y;
  artifact(doc, () => {
    doc.rect(x, panelY, width, panelHeight).fill(colours.panel);
    doc.rect(x, panelY, 5, panelHeight).fill(colours.accent);
  });
  doc.y = panelY + 11;
  for (const block of blocks) {
    leaf(section, doc, "P", () => drawBlock(doc, block, { x: x + 18, breakPages: false }));
    doc.y += 3;
  }
  doc.y = panelY + panelHeight + 6;

  heading(ctx, section, "H2", t("pdf.summary.chart"), { keep: 190 });
  drawChart(ctx, section);

  const benchmark = data.benchmark;
  if (benchmark) {
    heading(ctx, section, "H2", t("pdf.benchmark.title"), { keep: 120 });
    paragraph(ctx, section, t("pdf.benchmark.lead", { n: benchmark.n }), { gap: 4 });
    const number = (value: number | null | undefined) => (value === null || value === undefined ? "—" : String(Math.round(value)));
    const width = contentWidth(doc);
    table(ctx, section, {
      columns: [
        { header: t("pdf.benchmark.domain"), width: width * 0.4 },
        { header: t("pdf.benchmark.yours"), width: width * 0.18 },
        { header: t("pdf.benchmark.median"), width: width * 0.18 },
        { header: t("pdf.benchmark.quartiles"), width: width * 0.24 },
      ],
      rows: data.score.domains.map((own) => {
        const figure = benchmark.domains.find((candidate) => candidate.domain === own.domain);
        const domain = data.questionnaire.domains.find((candidate) => candidate.id === own.domain);
        return [
          { text: domain?.title[language] ?? own.domain },
          { text: number(own.rounded) },
          { text: number(figure?.median) },
          { text: figure ? `${number(figure.q1)}–${number(figure.q3)}` : "—" },
        ];
      }),
    });
  }

  heading(ctx, section, "H2", t("pdf.summary.critical"));
  const findings = data.score.criticalFindings;
  if (findings.length === 0) {
    paragraph(ctx, section, t("pdf.summary.noCritical"));
  } else {
    paragraph(ctx, section, t("pdf.summary.criticalLead"), { gap: 4 });
    list(
      ctx,
      section,
      findings.map((finding) => {
        const question = questionById(data, finding.questionId);
        const option = question?.options.find((candidate) => candidate.id === finding.optionId);
        const domain = data.questionnaire.domains.find((candidate) => candidate.id === finding.domain);
        const detail = [domain?.title[language], option ? t("pdf.summary.criticalAnswer", { answer: option.label[language] }) : undefined]
          .filter(Boolean)
          .join(" · ");
        return {
          label: "•",
          keep: 36,
          body: (lbody: Struct) => {
            listParagraph(ctx, lbody, [{ text: question?.text[language] ?? finding.questionId, font: "bold" }], { size: 9.5 });
            doc.y += 1;
            if (detail) listParagraph(ctx, lbody, detail, { size: 8.6, colour: colours.muted });
          },
        };
      }),
    );
  }

  heading(ctx, section, "H2", t("pdf.summary.firstSteps"));
  const firstSteps = data.actions.filter((action) => action.status !== "done").slice(0, 3);
  if (firstSteps.length === 0) {
    paragraph(ctx, section, t("pdf.summary.noSteps"));
  } else {
    paragraph(ctx, section, t("pdf.summary.firstStepsLead"), { gap: 4 });
    list(
      ctx,
      section,
      firstSteps.map((action, index) => ({
        label: `${index + 1}.`,
        keep: 34,
        body: (lbody: Struct) => {
          const number = ctx.numbers.get(action.key) ?? 0;
          linkedText(ctx, lbody, action.title[language], { destination: `action-${number}` }, { indent: listIndent, font: "bold", size: 9.5 });
          doc.y += 1;
          listParagraph(ctx, lbody, `${t("plan.owner")}: ${action.ownerLabel} · ${t("plan.dueDate")}: ${ctx.dates.long(action.dueDate)}`, {
            size: 8.6,
            colour: colours.muted,
          });
        },
      })),
    );
  }
  section.end();
}

/** The domain scores as horizontal bars on a 0–100 scale, each value printed; one Figure with the values as its alt text. */
function drawChart(ctx: Ctx, parent: Struct): void {
  const { doc, t, data, language } = ctx;
  const bars = data.questionnaire.domains.map((domain) => {
    const own = data.score.domains.find((candidate) => candidate.domain === domain.id);
    const notEnough = own !== undefined && "status" in own && own.status === "not_enough_answers";
    return { title: domain.title[language], score: own?.rounded ?? null, noScore: t(notEnough ? "pdf.summary.notEnoughDomain" : "pdf.summary.noDomainScore") };
  });
  const x = left(doc);
  const width = contentWidth(doc);
  const rowHeight = 21;
  const labelWidth = 180;
  const barX = x + labelWidth + 10;
  const barWidth = width - labelWidth - 10 - 30;
  const barHeight = 11;
  const height = bars.length * rowHeight + 16;
  ensureSpace(doc, height + 10);
  const top = doc.y;
  const alt = t("pdf.summary.chartAlt", { scores: bars.map((bar) => `${bar.title} ${bar.score ?? bar.noScore}`).join(", ") });
  leaf(
    parent,
    doc,
    "Figure",
    () => {
      const chartBottom = top + bars.length * rowHeight;
      for (let tick = 0; tick <= 100; tick += 20) {
        const tickX = barX + (barWidth * tick) / 100;
        doc.moveTo(tickX, top).lineTo(tickX, chartBottom).lineWidth(0.5).strokeColor(colours.rule).stroke();
        const label = textBlock(doc, String(tick), { size: 7.5, colour: colours.muted });
        drawBlock(doc, label, { x: tickX - (label.lines[0]?.width ?? 0) / 2, y: chartBottom + 3, breakPages: false });
      }
      bars.forEach((bar, index) => {
        const rowTop = top + index * rowHeight;
        const label = textBlock(doc, bar.title, { size: 9, width: labelWidth });
        drawBlock(doc, label, { x: x + labelWidth, y: rowTop + (rowHeight - label.height) / 2, align: "right", breakPages: false });
        const barY = rowTop + (rowHeight - barHeight) / 2;
        doc.rect(barX, barY, barWidth, barHeight).fill(colours.track);
        if (bar.score === null) {
          placeText(doc, bar.noScore, { x: barX + 6, y: barY + 0.5, size: 8.5, colour: colours.muted });
        } else {
          const length = (barWidth * Math.max(0, Math.min(100, bar.score))) / 100;
          if (length > 0) doc.rect(barX, barY, length, barHeight).fill(colours.bar);
          placeText(doc, String(bar.score), { x: barX + length + 4, y: barY + 0.5, size: 9, font: "bold" });
        }
      });
    },
    { alt, bbox: [x, top, x + width, top + height], placement: "Block" },
  );
  doc.y = top + height + 10;
}

// ---------------------------------------------------------------------------------------------------------
// The plan: per milestone a table, then a section per action.

function drawPlan(ctx: Ctx, root: Struct): void {
  const { doc, t, data, language, dates } = ctx;
  const section = element(root, doc, "Sect");
  // The plan follows the summary on the same page when there is room, so "De eerste drie stappen" never sits alone.
  const outline = heading(ctx, section, "H1", t("pdf.plan"), { destination: "plan", outline: doc.outline, toc: 1, keep: 160 });
  if (data.actions.length === 0) {
    paragraph(ctx, section, t("pdf.plan.empty"));
    section.end();
    return;
  }
  paragraph(ctx, section, t("pdf.plan.lead", { count: data.actions.length }));
  const width = contentWidth(doc);
  const columns: Column[] = [
    // The owner column fits "communicatieverantwoordelijke" on one line.
    { header: t("pdf.table.action"), width: width - 148 - 62 - 56 - 62 },
    { header: t("plan.owner"), width: 148 },
    { header: t("plan.dueDate"), width: 62 },
    { header: t("plan.effort"), width: 56 },
    { header: t("plan.status"), width: 62 },
  ];
  for (const milestone of milestones) {
    const group = data.actions.filter((action) => action.timeframe === milestone);
    if (group.length === 0) continue;
    const milestoneSection = element(section, doc, "Sect");
    const title = t("pdf.milestone.heading", { milestone: t(`milestone.${milestone}`), date: dates.long(data.milestones[milestone]) });
    heading(ctx, milestoneSection, "H2", title, { destination: `milestone-${milestone}`, outline, toc: 2, keep: 90 });
    table(ctx, milestoneSection, {
      columns,
      rows: group.map((action) => {
        const number = ctx.numbers.get(action.key) ?? 0;
        const due: Run[] = [{ text: dates.short(action.dueDate) }];
        if (isLate(action, ctx.generatedOn)) due.push({ text: ` (${t("pdf.late")})`, colour: colours.danger, font: "bold" });
        return [
          { text: `${number}. ${action.title[language]}`, destination: `action-${number}` },
          { text: action.ownerLabel },
          { text: due },
          { text: t(`effort.${action.effort}`) },
          { text: t(`plan.status.${action.status}`) },
        ];
      }),
    });
    for (const action of group) drawAction(ctx, milestoneSection, action);
    milestoneSection.end();
  }
  section.end();
}

function drawAction(ctx: Ctx, parent: Struct, action: PdfPlanAction): void {
  const { doc, t, data, language, dates } = ctx;
  const number = ctx.numbers.get(action.key) ?? 0;
  const question = questionById(data, action.questionId);
  const section = element(parent, doc, "Sect");
  heading(ctx, section, "H3", `${number}. ${action.title[language]}`, { destination: `action-${number}`, keep: 60 });
  const flags = [
    action.critical ? t("pdf.action.critical") : null,
    action.quickWin ? t("plan.quickWin") : null,
    isLate(action, ctx.generatedOn) ? t("pdf.late") : null,
  ].filter((flag): flag is string => flag !== null);
  const meta: Run[] = [
    {
      text: t("pdf.action.meta", {
        owner: action.ownerLabel,
        date: dates.long(action.dueDate),
        effort: t(`effort.${action.effort}`),
        status: t(`plan.status.${action.status}`),
      }),
    },
  ];
  if (flags.length > 0) meta.push({ text: ` · ${flags.join(" · ")}`, font: "bold", colour: colours.danger });
  paragraph(ctx, section, meta, { size: 8.6, colour: colours.muted, gap: 5 });
  if (question) paragraph(ctx, section, [{ text: t("pdf.action.why"), font: "bold" }, { text: question.help.why[language] }]);
  paragraph(ctx, section, [{ text: t("pdf.action.how"), font: "bold" }, { text: action.detail[language] }]);
  if (question) {
    paragraph(ctx, section, t("pdf.action.question", { question: question.text[language] }), { size: 8.6, colour: colours.muted, gap: 3 });
    heading(ctx, section, "H4", t("pdf.action.sources"), { keep: 26 });
    list(
      ctx,
      section,
      question.sources.map((source) => {
        const name = `${source.title} — ${source.publisher}${sourceDetails(ctx, source)}`;
        return {
          label: "•",
          keep: 24,
          // One link over the source's name and, on the next line, its address (for readers of a printed copy).
          body: (lbody: Struct) =>
            linkedText(
              ctx,
              lbody,
              [{ text: `${name}\n` }, { text: source.url, colour: colours.muted }],
              { url: source.url },
              {
                indent: listIndent,
                size: 8.6,
                description: `${name}: ${source.url}`,
              },
            ),
        };
      }),
    );
  }
  doc.y += 6;
  section.end();
}

/** " (2021, Engelstalig)": the year where known, and the language when it is not the PDF's, as on the pages. */
function sourceDetails(ctx: Ctx, source: Source): string {
  const note = sourceNote({ source, pageLanguage: ctx.language });
  const parts = [note.year ? String(note.year) : null, note.otherLanguage ? ctx.t(`source.language.${note.otherLanguage}`) : null].filter(
    (part): part is string => part !== null,
  );
  return parts.length ? ` (${parts.join(", ")})` : "";
}

// ---------------------------------------------------------------------------------------------------------
// Appendix: every question with the chosen answer and the note.

function answerLabel(ctx: Ctx, question: Question, value: AnswerValue | null | undefined, asked: boolean): string {
  if (!asked) return ctx.t("pdf.appendix.notAsked");
  if (!value) return ctx.t("pdf.appendix.noAnswer");
  if (value.kind === "not_applicable") return ctx.t("answer.notApplicable");
  if (value.kind === "dont_know") return ctx.t("answer.dontKnow");
  return question.options.find((option) => option.id === value.optionId)?.label[ctx.language] ?? value.optionId;
}

function drawAppendix(ctx: Ctx, root: Struct): void {
  const { doc, t, data, language } = ctx;
  const section = element(root, doc, "Sect");
  const outline = heading(ctx, section, "H1", t("pdf.appendix"), { destination: "appendix", outline: doc.outline, toc: 1, newPage: true });
  paragraph(ctx, section, t(data.includeNotes ? "pdf.appendix.lead" : "pdf.appendix.leadNoNotes", { version: data.questionnaire.version }));
  const numbers = questionNumbers({ questionnaire: data.questionnaire });
  const answerMap: Record<string, AnswerValue | undefined> = {};
  for (const [questionId, answer] of Object.entries(data.answers)) if (answer?.value) answerMap[questionId] = answer.value;
  const asked = new Set(visibleQuestions(data.questionnaire, answerMap).map((question) => question.id));
  for (const domain of data.questionnaire.domains) {
    const domainSection = element(section, doc, "Sect");
    heading(ctx, domainSection, "H2", domain.title[language], { destination: `appendix-${domain.id}`, outline, keep: 70 });
    for (const question of data.questionnaire.questions) {
      if (question.domain !== domain.id) continue;
      const stored = data.answers[question.id];
      const note = data.includeNotes ? (stored?.note.trim() ?? "") : "";
      // The same number as on the questionnaire and domain pages ("3.2").
      const questionBlock = textBlock(doc, `${numbers.get(question.id) ?? ""} ${question.text[language]}`, { font: "bold", size: 9.5 });
      ensureSpace(doc, questionBlock.height + 26);
      leaf(domainSection, doc, "P", () => drawBlock(doc, questionBlock, { x: left(doc) }));
      doc.y += 2;
      paragraph(
        ctx,
        domainSection,
        [{ text: t("pdf.appendix.answer"), font: "bold" }, { text: answerLabel(ctx, question, stored?.value, asked.has(question.id)) }],
        {
          indent: listIndent,
          size: 9.5,
          gap: note ? 2 : 8,
        },
      );
      if (note) paragraph(ctx, domainSection, [{ text: t("pdf.appendix.note"), font: "bold" }, { text: note }], { indent: listIndent, size: 9.5, gap: 8 });
    }
    domainSection.end();
  }
  section.end();
}

// ---------------------------------------------------------------------------------------------------------
// Running header and footer on every page, as pagination artifacts.

function drawRunningHeadersAndFooters(ctx: Ctx): void {
  const { doc, t, data } = ctx;
  const range = doc.bufferedPageRange();
  const draft = data.assessment.status === "draft";
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    const x = left(doc);
    const right = x + contentWidth(doc);
    const footerY = doc.page.height - 40;
    artifact(
      doc,
      () => {
        if (index > 0) {
          placeText(doc, t("pdf.header", { organisation: data.organisationName }), { x, y: 30, size: 8, colour: colours.muted });
          let labelRight = right;
          if (draft) {
            const draftText = t("pdf.draft");
            const draftWidth = textBlock(doc, draftText, { size: 8, font: "bold" }).lines[0]?.width ?? 0;
            doc.roundedRect(right - draftWidth - 12, 26, draftWidth + 12, 15, 2).fill(colours.danger);
            placeText(doc, draftText, { x: right - 6, y: 29.5, size: 8, font: "bold", colour: colours.white, align: "right" });
            labelRight = right - draftWidth - 22;
          }
          placeText(doc, t("pdf.confidential"), { x: labelRight, y: 30, size: 8, font: "bold", colour: colours.danger, align: "right" });
          doc.moveTo(x, 47).lineTo(right, 47).lineWidth(0.5).strokeColor(colours.rule).stroke();
        }
        doc
          .moveTo(x, footerY - 8)
          .lineTo(right, footerY - 8)
          .lineWidth(0.5)
          .strokeColor(colours.rule)
          .stroke();
        placeText(doc, draft ? `${ctx.electionLabel} · ${t("pdf.draft")}` : ctx.electionLabel, { x, y: footerY, size: 8, colour: colours.muted });
        placeText(doc, t("pdf.footer.page", { page: index + 1, pages: range.count }), { x: right, y: footerY, size: 8, colour: colours.muted, align: "right" });
      },
      "Pagination",
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
// Dates and metadata.

type DateFormats = { long: (date: IsoDate) => string; short: (date: IsoDate) => string };
const dateFormatCache = new Map<Language, DateFormats>();

/** Calendar dates (YYYY-MM-DD) as "18 maart 2026" and "18 mrt 2026"; the formatters are made once per language. */
function dateFormats(language: Language): DateFormats {
  const cached = dateFormatCache.get(language);
  if (cached) return cached;
  const locale = languageTags[language];
  // eslint-disable-next-line no-restricted-syntax -- made once per language and kept in dateFormatCache
  const long = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  // eslint-disable-next-line no-restricted-syntax -- made once per language and kept in dateFormatCache
  const short = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const formats: DateFormats = {
    long: (date) => long.format(new Date(`${date}T00:00:00Z`)),
    short: (date) => short.format(new Date(`${date}T00:00:00Z`)),
  };
  dateFormatCache.set(language, formats);
  return formats;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * The XMP metadata: title and description (escaped; pdfkit 0.20 writes its own unescaped, so an organisation named
 * "A & B" would break the XML), language, dates, producer and the PDF/UA identification (what pdfkit's `subset:
 * "PDF/UA"` adds). pdfkit calls `_addInfo` once while ending the document; this replaces it for this document.
 */
function writeOwnXmp(doc: Doc, { title, subject, stamp, language }: { title: string; subject: string; stamp: Date; language: Language }): void {
  const date = stamp.toISOString().replace(/\.\d{3}Z$/, "Z");
  const xml = `
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:CreateDate>${date}</xmp:CreateDate>
            <xmp:ModifyDate>${date}</xmp:ModifyDate>
            <xmp:MetadataDate>${date}</xmp:MetadataDate>
            <xmp:CreatorTool>Weerbaar</xmp:CreatorTool>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:format>application/pdf</dc:format>
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(title)}</rdf:li></rdf:Alt></dc:title>
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(subject)}</rdf:li></rdf:Alt></dc:description>
            <dc:language><rdf:Bag><rdf:li>${languageTags[language]}</rdf:li></rdf:Bag></dc:language>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Producer>${escapeXml(producer)}</pdf:Producer>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>`;
  Object.defineProperty(doc, "_addInfo", { value: () => doc.appendXML(xml) });
}
