// What pdfkit 0.20 accepts but @types/pdfkit 0.17 does not describe yet: a parsed fontkit font as a font source,
// measured text, tagged-PDF options on structure elements and annotations, and the position of an outline item.
// Declared here (declaration merging) so the renderer needs no casts. Compare with node_modules/pdfkit/js/pdfkit.js
// when pdfkit is upgraded.
import type { Font } from "fontkit";
import type {} from "pdfkit";

declare global {
  namespace PDFKit {
    namespace Mixins {
      interface PDFFont {
        /** A parsed font (anything with fontkit's layout), cached in the document under `family`. */
        font(src: Font, family: string, size?: number): this;
      }

      interface TextOptions {
        /** The width of the text, when the caller measured it already (pdfkit then does not measure again). */
        textWidth?: number;
        /** The number of words, likewise. */
        wordCount?: number;
      }

      interface StructureElementOptions {
        /** Table header cells: which cells the header applies to (attribute /Scope). */
        scope?: "Row" | "Column" | "Both";
        /** Layout attributes for figures: the box in page coordinates from the top-left (x1, y1, x2, y2). */
        bbox?: [number, number, number, number];
        placement?: "Block" | "Inline";
      }

      /** A link annotation that belongs to a Link structure element, with its alternate description. */
      interface TaggedAnnotationOptions {
        structParent: PDFKit.PDFStructureElement;
        // eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- pdfkit writes a String object as a PDF text string, a primitive as a name
        Contents: String;
      }

      interface PDFAnnotation {
        link(x: number, y: number, w: number, h: number, url: string, options: TaggedAnnotationOptions): this;
        goTo(x: number, y: number, w: number, h: number, name: string, options: TaggedAnnotationOptions): this;
      }
    }

    interface PDFDocument {
      /**
       * pdfkit's current font (internal in 0.20): its resource name, encode() (adds the glyphs to the embedded
       * subset and returns their hex codes) and ref() (its font dictionary). Used by drawLine in pdf-layout.server.ts.
       */
      _font: { id: string; encode(text: string): [string[], unknown[]]; ref(): PDFKitReference };
    }

    interface PDFOutline {
      /** top: the y position (from the top of the page) to show; left: see outlineItem in pdf.server.ts. */
      addItem(title: string, options: { expanded?: boolean; top?: number; left?: number }): PDFOutline;
    }
  }
}
