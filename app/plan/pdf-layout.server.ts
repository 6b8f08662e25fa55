// Layout primitives for the tagged PDF plan. Everything drawn is either the marked content of a structure element
// (real content, in reading order) or an artifact (backgrounds, rules, running headers) that assistive technology
// skips. The structure tree stays attached to the document while it is built, so a content closure added to an
// element runs at once: drawing order, content order and reading order are the same.
import type {} from "./pdf-kit-types";
import { ascenderOf, fontFamilies, fonts, layoutText, widthOf, type FontName, type Line, type Run, type TextBlock } from "./pdf-text.server";

export type Doc = PDFKit.PDFDocument;
export type Struct = PDFKit.PDFStructureElement;
export type StructOptions = PDFKit.Mixins.StructureElementOptions;

export const colours = {
  text: "#1a1a1a",
  muted: "#4d4d4d",
  heading: "#12355b",
  accent: "#1f5fa8",
  link: "#0b4f9c",
  danger: "#a4161a",
  rule: "#c9d1dc",
  tableHead: "#e3ebf5",
  zebra: "#f4f6f9",
  track: "#e6e9ee",
  bar: "#1f5fa8",
  panel: "#eef3f9",
  white: "#ffffff",
} as const;

export const bodySize = 10;
export const headingSizes = { H1: 19, H2: 14, H3: 11.5, H4: 10 } as const;
export type HeadingLevel = keyof typeof headingSizes;

/** A table-of-contents line, collected while drawing and written once every page number is known. */
export type TocEntry = { title: string; destination: string; page: number; level: 1 | 2 };

/** What the primitives share while one document is drawn. */
export type Layout = { doc: Doc; toc: TocEntry[] };

export function left(doc: Doc): number {
  return doc.page.margins.left;
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

export function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** The zero-based index of the current page (every page stays buffered until the end). */
export function pageIndex(doc: Doc): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

/** Starts a new page when less than `height` points are left. Only call it outside marked content. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

/** A child structure element; `draw` (if given) becomes its content right away. */
export function element(parent: Struct, doc: Doc, type: string, draw?: () => void, options: StructOptions = {}): Struct {
  const child = doc.struct(type, options);
  parent.add(child);
  if (draw) child.add(draw);
  return child;
}

/** A structure element with one piece of content, closed at once. */
export function leaf(parent: Struct, doc: Doc, type: string, draw: () => void, options: StructOptions = {}): void {
  element(parent, doc, type, draw, options).end();
}

/** Drawing that is not content (backgrounds, rules, decoration, running headers). Never inside marked content. */
export function artifact(doc: Doc, draw: () => void, type: "Layout" | "Pagination" = "Layout"): void {
  doc.markContent("Artifact", { type });
  draw();
  doc.endMarkedContent();
}

export function setFont(doc: Doc, font: FontName, size: number): void {
  doc.font(fonts()[font], fontFamilies[font], size);
}

export type TextStyle = { size?: number; font?: FontName; colour?: string; indent?: number; width?: number };

/** Text laid out for the content width (less the indent) or a given width. */
export function textBlock(doc: Doc, text: string | Run[], style: TextStyle = {}): TextBlock {
  return layoutText(text, {
    size: style.size ?? bodySize,
    width: style.width ?? contentWidth(doc) - (style.indent ?? 0),
    font: style.font,
    colour: style.colour ?? colours.text,
  });
}

// Text is written as content-stream operators here rather than with doc.text(): pdfkit's text() lays every line
// out again glyph by glyph and wraps each call in half a dozen operators, which made it the largest cost of the
// whole plan. pdfkit still owns the fonts: each character goes through its encode() once per document, which adds
// the glyph to the embedded subset with its width and Unicode mapping (so text stays extractable), and its code is
// remembered for the rest of the document.
type PdfFont = PDFKit.PDFDocument["_font"];
type FontState = { font: PdfFont; codes: Map<number, string> };
const documentFonts = new WeakMap<Doc, Partial<Record<FontName, FontState>>>();

function fontState(doc: Doc, font: FontName): FontState {
  let states = documentFonts.get(doc);
  if (!states) {
    states = {};
    documentFonts.set(doc, states);
  }
  let state = states[font];
  if (!state) {
    setFont(doc, font, bodySize);
    state = { font: doc._font, codes: new Map() };
    states[font] = state;
  }
  return state;
}

/**
 * The glyph codes of text in one font as the bytes of a PDF literal string: two bytes per glyph (the font is
 * Identity-H encoded), with the bytes that are special inside a literal string escaped. Half the size of hex.
 */
function encodeText(state: FontState, text: string): string {
  let bytes = "";
  for (let index = 0; index < text.length; index += 1) {
    const codePoint = text.codePointAt(index) ?? 0;
    if (codePoint > 0xffff) index += 1;
    let code = state.codes.get(codePoint);
    if (code === undefined) {
      const hex = state.font.encode(String.fromCodePoint(codePoint))[0].join("");
      code = "";
      for (let offset = 0; offset < hex.length; offset += 2) code += literalByte(Number.parseInt(hex.slice(offset, offset + 2), 16));
      state.codes.set(codePoint, code);
    }
    bytes += code;
  }
  return bytes;
}

function literalByte(byte: number): string {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
  if (byte === 0x0a) return "\\n";
  if (byte === 0x0d) return "\\r";
  return String.fromCharCode(byte);
}

/** A number in a content stream: at most two decimals, no exponent. */
function pdfNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

const rgbCache = new Map<string, string>();

/** "#1a1a1a" as a fill-colour operator. */
function fillOperator(colour: string): string {
  let operator = rgbCache.get(colour);
  if (operator === undefined) {
    const channel = (offset: number) => pdfNumber(Number.parseInt(colour.slice(offset, offset + 2), 16) / 255);
    operator = `${channel(1)} ${channel(3)} ${channel(5)} rg`;
    rgbCache.set(colour, operator);
  }
  return operator;
}

/** A line to draw: y is the top of the line, as everywhere in pdfkit. */
export type PlacedLine = { line: Line; x: number; y: number };

/** The page's font resources by name (pdfkit's own dictionary, typed `any` in @types/pdfkit). */
function fontDictionaryOf(page: { fonts: unknown }): Record<string, PDFKit.PDFKitReference | undefined> {
  const fonts = page.fonts;
  if (!isFontDictionary(fonts)) throw new Error("pdfkit page without a font dictionary");
  return fonts;
}

function isFontDictionary(value: unknown): value is Record<string, PDFKit.PDFKitReference | undefined> {
  return typeof value === "object" && value !== null;
}

/** Writes lines of one size on the current page as one text object. */
export function drawLines(doc: Doc, lines: PlacedLine[], size: number): void {
  if (lines.length === 0) return;
  const pageHeight = doc.page.height;
  const fontsOnPage = fontDictionaryOf(doc.page);
  let operators = `q 1 0 0 -1 0 ${pdfNumber(pageHeight)} cm\nBT`;
  let currentFont: FontName | null = null;
  let currentColour: string | null = null;
  for (const { line, x, y } of lines) {
    let cursor = x;
    for (const segment of line.segments) {
      const state = fontState(doc, segment.font);
      if (segment.font !== currentFont) {
        fontsOnPage[state.font.id] ??= state.font.ref();
        operators += `\n/${state.font.id} ${pdfNumber(size)} Tf`;
        currentFont = segment.font;
      }
      if (segment.colour !== currentColour) {
        operators += `\n${fillOperator(segment.colour)}`;
        currentColour = segment.colour;
      }
      const baseline = pageHeight - y - ascenderOf(segment.font) * size;
      operators += `\n1 0 0 1 ${pdfNumber(cursor)} ${pdfNumber(baseline)} Tm (${encodeText(state, segment.text)}) Tj`;
      cursor += segment.width;
    }
  }
  // A Buffer goes into the content stream as it is (a string would be copied byte by byte in JavaScript).
  doc.addContent(Buffer.from(`${operators}\nET\nQ\n`, "latin1"));
}

/**
 * Draws a block from the current y (or `y`), continuing on a new page when a line does not fit; inside marked
 * content pdfkit closes and reopens the marking on the new page, so the element spans both pages.
 */
export function drawBlock(
  doc: Doc,
  block: TextBlock,
  { x, y = doc.y, align = "left", breakPages = true }: { x: number; y?: number; align?: "left" | "right"; breakPages?: boolean },
): void {
  let top = y;
  let pending: PlacedLine[] = [];
  for (const line of block.lines) {
    if (breakPages && top + block.lineHeight > bottom(doc) && top > doc.page.margins.top) {
      drawLines(doc, pending, block.size);
      pending = [];
      doc.continueOnNewPage();
      top = doc.page.margins.top;
    }
    pending.push({ line, x: align === "right" ? x - line.width : x, y: top });
    top += block.lineHeight;
  }
  drawLines(doc, pending, block.size);
  doc.x = x;
  doc.y = top;
}

/** A paragraph (P) at the left margin plus the indent, and the space after it. */
export function paragraph(layout: Layout, parent: Struct, text: string | Run[], style: TextStyle & { gap?: number; type?: string } = {}): void {
  const { doc } = layout;
  const block = textBlock(doc, text, style);
  // Keep at least two lines together, so a paragraph never starts on the last line of a page.
  ensureSpace(doc, Math.min(block.height, 2 * block.lineHeight));
  leaf(parent, doc, style.type ?? "P", () => drawBlock(doc, block, { x: left(doc) + (style.indent ?? 0) }));
  doc.y += style.gap ?? 6;
}

/**
 * A heading: a named destination for links, an outline entry (bookmark) and, when asked, a table-of-contents line.
 * `keep` is the height that must follow on the same page.
 */
export function heading(
  layout: Layout,
  parent: Struct,
  level: HeadingLevel,
  text: string,
  {
    destination,
    outline,
    toc,
    keep = 60,
    newPage = false,
  }: { destination?: string; outline?: PDFKit.PDFOutline; toc?: 1 | 2; keep?: number; newPage?: boolean } = {},
): PDFKit.PDFOutline | undefined {
  const { doc } = layout;
  const block = textBlock(doc, text, { size: headingSizes[level], font: "bold", colour: colours.heading });
  if (newPage) doc.addPage();
  else {
    doc.y += level === "H3" || level === "H4" ? 4 : 8;
    ensureSpace(doc, block.height + keep);
  }
  const top = doc.y;
  if (destination) doc.addNamedDestination(destination, "XYZ", null, top, null);
  if (destination && toc) layout.toc.push({ title: text, destination, page: pageIndex(doc), level: toc });
  leaf(parent, doc, level, () => drawBlock(doc, block, { x: left(doc) }));
  if (level === "H1") {
    const y = doc.y + 3;
    artifact(doc, () => {
      doc
        .moveTo(left(doc), y)
        .lineTo(left(doc) + contentWidth(doc), y)
        .lineWidth(1)
        .strokeColor(colours.rule)
        .stroke();
    });
    doc.y = y + 10;
  } else {
    doc.y += level === "H2" ? 5 : 3;
  }
  return outline ? outlineItem(doc, outline, text, top) : undefined;
}

/** A bookmark to `top` on the current page. */
export function outlineItem(doc: Doc, outline: PDFKit.PDFOutline, title: string, top: number): PDFKit.PDFOutline {
  // pdfkit 0.20 writes the destination's left edge as (page width − left): passing the page width puts it at 0.
  return outline.addItem(title, { top, left: doc.page.width, expanded: true });
}

export const listIndent = 16;

/** A list (L) of items, each a label (Lbl) and a body (LBody) that the callback fills, indented by listIndent. */
export function list(layout: Layout, parent: Struct, items: Array<{ label: string; body: (lbody: Struct) => void; keep?: number }>): void {
  const { doc } = layout;
  const container = element(parent, doc, "L");
  for (const item of items) {
    ensureSpace(doc, item.keep ?? 28);
    const li = element(container, doc, "LI");
    const y = doc.y;
    const label = textBlock(doc, item.label, { width: listIndent });
    leaf(li, doc, "Lbl", () => drawBlock(doc, label, { x: left(doc), y, breakPages: false }));
    doc.y = y;
    const body = element(li, doc, "LBody");
    item.body(body);
    body.end();
    li.end();
    doc.y += 4;
  }
  container.end();
}

/** A paragraph inside a list body, indented past the label. */
export function listParagraph(layout: Layout, parent: Struct, text: string | Run[], style: TextStyle = {}): void {
  const { doc } = layout;
  const block = textBlock(doc, text, { indent: listIndent, ...style });
  leaf(parent, doc, "P", () => drawBlock(doc, block, { x: left(doc) + listIndent }));
}

/**
 * A Link element around text, with its annotation (an OBJR in the structure tree, and the text as the link's
 * alternate description). The caller makes room first, so the text never spans two pages.
 */
export function linkedText(
  layout: Layout,
  parent: Struct,
  text: string | Run[],
  target: { url: string } | { destination: string },
  style: TextStyle & { x?: number; y?: number; description?: string },
): void {
  const { doc } = layout;
  const x = style.x ?? left(doc) + (style.indent ?? 0);
  const y = style.y ?? doc.y;
  const block = textBlock(doc, text, { colour: colours.link, ...style });
  const link = element(parent, doc, "Link");
  link.add(() => drawBlock(doc, block, { x, y, breakPages: false }));
  const width = Math.max(...block.lines.map((line) => line.width));
  const description = style.description ?? (typeof text === "string" ? text : text.map((run) => run.text).join(""));
  const options = { structParent: link, Contents: new String(description) };
  if ("url" in target) doc.link(x, y, width, block.height, target.url, options);
  else doc.goTo(x, y, width, block.height, target.destination, options);
  link.end();
}

// Tables: Table > THead/TBody > TR > TH (scope Column) / TD. A row never splits; on a new page the header row is
// drawn again as an artifact, so assistive technology reads it once.

export type Column = { header: string; width: number };
export type Cell = { text: string | Run[]; font?: FontName; destination?: string };

const tableSize = 8.6;
const cellPadding = 4;

export function table(layout: Layout, parent: Struct, { columns, rows }: { columns: Column[]; rows: Cell[][] }): void {
  const { doc } = layout;
  const x0 = left(doc);
  const totalWidth = columns.reduce((sum, column) => sum + column.width, 0);
  const lefts = columns.map((_, index) => x0 + columns.slice(0, index).reduce((sum, column) => sum + column.width, 0));
  const blockOf = (cell: Cell, index: number) =>
    textBlock(doc, cell.text, {
      size: tableSize,
      font: cell.font,
      colour: cell.destination ? colours.link : colours.text,
      width: (columns[index]?.width ?? 0) - 2 * cellPadding,
    });
  const header = columns.map((column, index) => blockOf({ text: column.header, font: "bold" }, index));
  const headerHeight = Math.max(...header.map((block) => block.height)) + 2 * cellPadding;
  const body = rows.map((cells) => cells.map(blockOf));
  const heights = body.map((blocks) => Math.max(...blocks.map((block) => block.height)) + 2 * cellPadding);

  const rowBackground = (y: number, height: number, fill: string | null) =>
    artifact(doc, () => {
      if (fill) doc.rect(x0, y, totalWidth, height).fill(fill);
      doc
        .moveTo(x0, y + height)
        .lineTo(x0 + totalWidth, y + height)
        .lineWidth(0.5)
        .strokeColor(colours.rule)
        .stroke();
    });
  const drawCell = (block: TextBlock, index: number, y: number) =>
    drawBlock(doc, block, { x: (lefts[index] ?? x0) + cellPadding, y: y + cellPadding, breakPages: false });

  ensureSpace(doc, headerHeight + (heights[0] ?? 0));
  const tableElement = element(parent, doc, "Table");
  const head = element(tableElement, doc, "THead");
  const headerY = doc.y;
  rowBackground(headerY, headerHeight, colours.tableHead);
  const headerRow = element(head, doc, "TR");
  header.forEach((block, index) => leaf(headerRow, doc, "TH", () => drawCell(block, index, headerY), { scope: "Column" }));
  headerRow.end();
  head.end();
  doc.y = headerY + headerHeight;

  const tbody = element(tableElement, doc, "TBody");
  body.forEach((blocks, rowIndex) => {
    const height = heights[rowIndex] ?? 0;
    if (doc.y + height > bottom(doc)) {
      doc.addPage();
      const y = doc.y;
      rowBackground(y, headerHeight, colours.tableHead);
      artifact(doc, () => header.forEach((block, index) => drawCell(block, index, y)), "Pagination");
      doc.y = y + headerHeight;
    }
    const y = doc.y;
    rowBackground(y, height, rowIndex % 2 === 1 ? colours.zebra : null);
    const row = element(tbody, doc, "TR");
    blocks.forEach((block, index) => {
      const td = element(row, doc, "TD");
      const destination = rows[rowIndex]?.[index]?.destination;
      if (destination) {
        const link = element(td, doc, "Link");
        link.add(() => drawCell(block, index, y));
        const width = Math.max(...block.lines.map((line) => line.width));
        const description = block.lines.map((line) => line.segments.map((segment) => segment.text).join("")).join(" ");
        doc.goTo((lefts[index] ?? x0) + cellPadding, y + cellPadding, width, block.height, destination, {
          structParent: link,
          Contents: new String(description),
        });
        link.end();
      } else {
        td.add(() => drawCell(block, index, y));
      }
      td.end();
    });
    row.end();
    doc.y = y + height;
  });
  tbody.end();
  tableElement.end();
  doc.y += 10;
}

/** A line of text at a fixed place, e.g. in a running header; right-aligned when `align` is "right" (x is then the right edge). */
export function placeText(
  doc: Doc,
  text: string,
  {
    x,
    y,
    size,
    font = "regular",
    colour = colours.text,
    align = "left",
  }: { x: number; y: number; size: number; font?: FontName; colour?: string; align?: "left" | "right" },
): void {
  const width = widthOf(text, font, size);
  drawLines(doc, [{ line: { segments: [{ text, font, colour, width }], width }, x: align === "right" ? x - width : x, y }], size);
}
