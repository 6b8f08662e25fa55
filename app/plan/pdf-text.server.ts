// Fonts and line breaking for the PDF plan. pdfkit can wrap text itself, but its wrapper runs the Unicode line
// breaking algorithm per character and every heightOfString() lays the text out again; breaking at spaces with a
// table of character widths is several times faster and lets a block be measured once and drawn from the same
// lines (docs/decisions/005-pdf.md).
import fs from "node:fs";
import { createRequire } from "node:module";
import { create, type Font, type Glyph, type GlyphPosition, type GlyphRun } from "fontkit";

// DejaVu Sans, embedded as TrueType subsets with Unicode maps: it has every glyph Dutch needs ("ĳ", "€", curly
// quotes), which the standard PDF fonts lack. Two weights only: each embedded font costs time in every document.
const require = createRequire(import.meta.url);
const fontFiles = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
} as const;
export type FontName = keyof typeof fontFiles;

/** The names pdfkit caches the fonts under within a document. */
export const fontFamilies: Record<FontName, string> = { regular: "DejaVuSans", bold: "DejaVuSans-Bold" };

let loaded: Record<FontName, Font> | undefined;

/** The parsed fonts, read from disk once per process and shared by every document. */
export function fonts(): Record<FontName, Font> {
  loaded ??= { regular: loadFont(fontFiles.regular), bold: loadFont(fontFiles.bold) };
  return loaded;
}

/**
 * A parsed font whose layout maps characters straight to glyphs. fontkit's own layout runs the OpenType shaping
 * engine (ligatures, kerning) at about 70 µs per word, which alone would take the plan past its time budget; for
 * Dutch and English text in DejaVu Sans the plain mapping looks the same, and text extraction meets no ligatures.
 */
function loadFont(file: string): Font {
  const parsed = create(fs.readFileSync(file));
  if (!("glyphForCodePoint" in parsed)) throw new Error(`${file} is a font collection, not a single font`);
  const font: Font = parsed;
  const { ascent, descent } = font;
  // fontkit looks a character up in the cmap table on every call; a font has a few thousand glyphs at most.
  const glyphs = new Map<number, Glyph>();
  const glyphFor = (codePoint: number) => {
    let glyph = glyphs.get(codePoint);
    if (!glyph) {
      glyph = font.glyphForCodePoint(codePoint);
      if (glyphs.size < 10_000) glyphs.set(codePoint, glyph);
    }
    return glyph;
  };
  font.layout = (text: string) => plainRun(glyphFor, text, ascent, descent);
  return font;
}

function plainRun(glyphFor: (codePoint: number) => Glyph, text: string, ascent: number, descent: number): GlyphRun {
  const glyphs: Glyph[] = [];
  const positions: GlyphPosition[] = [];
  let width = 0;
  for (const character of text) {
    const glyph = glyphFor(character.codePointAt(0) ?? 0);
    glyphs.push(glyph);
    positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
    width += glyph.advanceWidth;
  }
  return {
    glyphs,
    positions,
    script: "latn",
    language: "dflt",
    direction: "ltr",
    features: {},
    // pdfkit scales the positions in place after layout, so the width is summed when asked, as fontkit does.
    get advanceWidth() {
      return positions.reduce((sum, position) => sum + position.xAdvance, 0);
    },
    advanceHeight: 0,
    bbox: { minX: 0, minY: descent, maxX: width, maxY: ascent, width, height: ascent - descent },
  };
}

// Character widths in thousandths of the font size, per font, looked up by code point: a table for the Basic
// Multilingual Plane (filled as characters are met), a map beyond it.
type WidthTable = { basic: Float64Array; astral: Map<number, number>; font: Font };
let widthTables: Record<FontName, WidthTable> | undefined;

function widthTable(fontName: FontName): WidthTable {
  widthTables ??= {
    regular: { basic: new Float64Array(0x10000).fill(-1), astral: new Map(), font: fonts().regular },
    bold: { basic: new Float64Array(0x10000).fill(-1), astral: new Map(), font: fonts().bold },
  };
  return widthTables[fontName];
}

function characterWidthOf(table: WidthTable, codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = table.basic[codePoint] ?? -1;
    if (known >= 0) return known;
  } else {
    const known = table.astral.get(codePoint);
    if (known !== undefined) return known;
  }
  const width = (table.font.glyphForCodePoint(codePoint).advanceWidth * 1000) / table.font.unitsPerEm;
  // Code points beyond the plane come from free text (notes); a glyph-less font has a few hundred at most worth keeping.
  if (codePoint < 0x10000) table.basic[codePoint] = width;
  else if (table.astral.size < 1000) table.astral.set(codePoint, width);
  return width;
}

/** The width in points of text set in one font and size. */
export function widthOf(text: string, font: FontName, size: number): number {
  const table = widthTable(font);
  let units = 0;
  for (let index = 0; index < text.length; index += 1) {
    const codePoint = text.codePointAt(index) ?? 0;
    if (codePoint > 0xffff) index += 1;
    units += characterWidthOf(table, codePoint);
  }
  return (units * size) / 1000;
}

// fontkit reads these from the font's tables on every access.
let ascenders: Record<FontName, number> | undefined;
let lineHeightRatio: number | undefined;

/** The height above the baseline, as a fraction of the font size. */
export function ascenderOf(fontName: FontName): number {
  ascenders ??= {
    regular: fonts().regular.ascent / fonts().regular.unitsPerEm,
    bold: fonts().bold.ascent / fonts().bold.unitsPerEm,
  };
  return ascenders[fontName];
}

/** Extra space between lines, on top of the font's own line height. */
export const lineGap = 1.6;

/** The distance from one baseline to the next for a font size. */
export function lineHeightOf(size: number): number {
  if (lineHeightRatio === undefined) {
    const font = fonts().regular;
    lineHeightRatio = (font.ascent - font.descent + font.lineGap) / font.unitsPerEm;
  }
  return lineHeightRatio * size + lineGap;
}

export type Run = { text: string; font?: FontName; colour?: string };
export type Segment = { text: string; font: FontName; colour: string; width: number };
export type Line = { segments: Segment[]; width: number };
/** Text broken into lines for one width, ready to draw; its height is known before it is drawn. */
export type TextBlock = { lines: Line[]; size: number; lineHeight: number; height: number };

type Piece = { text: string; font: FontName; colour: string; width: number };

/**
 * Breaks runs of text into lines no wider than `width`: at spaces and line feeds, and inside a word that is too
 * long (a web address). Runs join without a break opportunity unless the text has a space there.
 */
export function layoutText(
  text: string | Run[],
  { size, width, font = "regular", colour = "#000000" }: { size: number; width: number; font?: FontName; colour?: string },
): TextBlock {
  const runs = typeof text === "string" ? [{ text }] : text;
  const scale = size / 1000;
  const lines: Line[] = [];
  let line: Line = { segments: [], width: 0 };
  // The space before the word being read, if any, and the word itself (in pieces when it spans runs).
  let space: Piece | null = null;
  const word: Piece[] = [];
  let wordWidth = 0;

  const append = (piece: Piece) => {
    const last = line.segments[line.segments.length - 1];
    if (last && last.font === piece.font && last.colour === piece.colour) {
      last.text += piece.text;
      last.width += piece.width;
    } else {
      line.segments.push({ ...piece });
    }
    line.width += piece.width;
  };
  // A line that ends at a space or a line feed keeps a space at its end, in its text but not in its width: it is
  // invisible, and text extraction and screen readers then read "kan gebruiken", not "kangebruiken".
  const newLine = (endsWord: boolean) => {
    const last = line.segments[line.segments.length - 1];
    if (endsWord && last) last.text += " ";
    lines.push(line);
    line = { segments: [], width: 0 };
  };
  const placeWord = () => {
    if (word.length === 0) return;
    const spaceWidth = space && line.segments.length > 0 ? space.width : 0;
    if (line.segments.length > 0 && line.width + spaceWidth + wordWidth > width) newLine(space !== null);
    else if (space && line.segments.length > 0) append(space);
    space = null;
    if (wordWidth <= width) {
      for (const piece of word) append(piece);
    } else {
      for (const piece of word) breakInside(piece);
    }
    word.length = 0;
    wordWidth = 0;
  };
  const breakInside = (piece: Piece) => {
    const table = widthTable(piece.font);
    let start = 0;
    let chunkWidth = 0;
    for (let index = 0; index < piece.text.length; index += 1) {
      const codePoint = piece.text.codePointAt(index) ?? 0;
      const characterEnd = codePoint > 0xffff ? index + 2 : index + 1;
      const characterWidth = characterWidthOf(table, codePoint) * scale;
      if (index > start && line.width + chunkWidth + characterWidth > width) {
        append({ ...piece, text: piece.text.slice(start, index), width: chunkWidth });
        newLine(false);
        start = index;
        chunkWidth = 0;
      }
      chunkWidth += characterWidth;
      index = characterEnd - 1;
    }
    if (start < piece.text.length) append({ ...piece, text: piece.text.slice(start), width: chunkWidth });
  };

  for (const run of runs) {
    const runFont = run.font ?? font;
    const runColour = run.colour ?? colour;
    const table = widthTable(runFont);
    const value = run.text;
    let start = -1;
    let pieceWidth = 0;
    const endPiece = (end: number) => {
      if (start < 0) return;
      word.push({ text: value.slice(start, end), font: runFont, colour: runColour, width: pieceWidth });
      wordWidth += pieceWidth;
      start = -1;
      pieceWidth = 0;
    };
    for (let index = 0; index < value.length; index += 1) {
      const code = value.charCodeAt(index);
      if (code === 10 || code === 32 || code === 9 || code === 13) {
        endPiece(index);
        placeWord();
        if (code === 10) {
          newLine(true);
          space = null;
        } else if (line.segments.length > 0) {
          space = { text: " ", font: runFont, colour: runColour, width: characterWidthOf(table, 32) * scale };
        }
        continue;
      }
      if (start < 0) start = index;
      const codePoint = value.codePointAt(index) ?? code;
      if (codePoint > 0xffff) index += 1;
      pieceWidth += characterWidthOf(table, codePoint) * scale;
      // A hyphen inside a word ("IT-verantwoordelijke") is a break opportunity too; the next part follows without a space.
      const next = value.charCodeAt(index + 1);
      if (code === 45 && index > start && index + 1 < value.length && next !== 32 && next !== 10 && next !== 9 && next !== 13) {
        endPiece(index + 1);
        placeWord();
      }
    }
    endPiece(value.length);
  }
  placeWord();
  if (line.segments.length > 0 || lines.length === 0) lines.push(line);
  const lineHeight = lineHeightOf(size);
  return { lines, size, lineHeight, height: lines.length * lineHeight };
}
