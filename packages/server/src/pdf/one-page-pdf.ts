import PDFDocument from "pdfkit";
import { pdfFontFiles, pdfFonts, type PdfFontName } from "./pdf-fonts.js";
import {
  describeCharacters,
  markMissing,
  printableText,
  undrawableCharacters,
} from "./pdf-text.js";

/** One paragraph of a document; its text may hold line breaks. */
export type PdfLine = {
  style: "title" | "subtitle" | "heading" | "text" | "bullet" | "small";
  text: string;
};

/** What a one-page document says, as lines; `shortenedBy` > 0 asks for a shorter version. */
export type OnePageDocument = {
  title: string;
  author: string;
  /** The creation instant (ISO 8601): the PDF's CreationDate and the seed of its file id. */
  createdAt: string;
  lines: (shortenedBy: number) => readonly PdfLine[];
};

export type RenderedPdf = {
  pdf: Uint8Array;
  /** Characters no embedded font could draw: each is drawn as U+FFFD and listed on the page. */
  undrawable: string[];
};

const margin = 48;
/** Font sizes tried from largest down until the document fits on one page. */
const baseSizes = [11, 10.5, 10, 9.5, 9, 8.5, 8, 7.5, 7];
/** The longest a document may be shortened before rendering gives up (a content bug). */
const maximumShortening = 1000;

const styles: Record<PdfLine["style"], { font: PdfFontName; scale: number; gap: number }> = {
  title: { font: "bold", scale: 1.6, gap: 0 },
  subtitle: { font: "regular", scale: 0.9, gap: 0.2 },
  heading: { font: "bold", scale: 1.05, gap: 0.9 },
  text: { font: "regular", scale: 1, gap: 0.15 },
  bullet: { font: "regular", scale: 1, gap: 0.15 },
  small: { font: "italic", scale: 0.85, gap: 1 },
};

type Doc = InstanceType<typeof PDFDocument>;

/** The text as drawn: printable, characters the line's font lacks marked, bullets prefixed. */
function drawnLines(lines: readonly PdfLine[]): { lines: PdfLine[]; undrawable: string[] } {
  const undrawable = new Set<string>();
  const drawn = lines.map((line) => {
    const text = printableText(line.style === "bullet" ? `• ${line.text}` : line.text);
    const missing = undrawableCharacters(text, pdfFonts()[styles[line.style].font]);
    for (const character of missing) undrawable.add(character);
    return { style: line.style, text: markMissing(text, new Set(missing)) };
  });
  if (undrawable.size === 0) return { lines: drawn, undrawable: [] };
  const warning = `This PDF cannot draw ${describeCharacters([...undrawable])}: each is shown as \uFFFD. The PainPlan app shows them as written.`;
  return { lines: [...drawn, { style: "small", text: warning }], undrawable: [...undrawable] };
}

function place(doc: Doc, line: PdfLine, base: number, width: number, draw: boolean): number {
  const { font, scale, gap } = styles[line.style];
  doc.font(font).fontSize(base * scale);
  const indent = line.style === "bullet" ? 10 : 0;
  const options = { width: width - indent };
  const height = doc.heightOfString(line.text, options) + gap * base;
  if (draw) {
    doc.y += gap * base;
    doc.text(line.text, margin + indent, doc.y, options);
  }
  return height;
}

/** The largest base size at which every line fits on the one page. */
function fittingSize(doc: Doc, lines: readonly PdfLine[], width: number, height: number) {
  for (const base of baseSizes) {
    const total = lines.reduce((sum, line) => sum + place(doc, line, base, width, false), 0);
    if (total <= height) return base;
  }
  return undefined;
}

function newDocument(document: OnePageDocument): Doc {
  const created = new Date(document.createdAt);
  const doc = new PDFDocument({
    size: "A4",
    margin,
    info: {
      Title: printableText(document.title),
      Author: printableText(document.author),
      Creator: "PainPlan",
      Producer: "PainPlan",
      CreationDate: created,
      ModDate: created,
    },
  });
  for (const [name, file] of Object.entries(pdfFontFiles)) doc.registerFont(name, file);
  return doc;
}

/**
 * A one-page A4 PDF in Noto Sans (embedded, subset), for every printout of PainPlan (the safety
 * sheet now; reports later). Text is NFC-normalised and line breaks break lines; a character the
 * font cannot draw is shown as U+FFFD and named in a note at the foot of the page, never dropped
 * in silence. Long documents shrink the type from 11 to 7 pt, then ask `lines` for a shorter
 * version (`shortenedBy` 1, 2, …) until it fits. Deterministic: the same document gives the
 * same bytes. Throws when no version fits after {@link maximumShortening} tries.
 */
export async function renderOnePagePdf(document: OnePageDocument): Promise<RenderedPdf> {
  const doc = newDocument(document);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve) => doc.on("end", resolve));

  const width = doc.page.width - 2 * margin;
  const height = doc.page.height - 2 * margin;
  for (let shortenedBy = 0; shortenedBy <= maximumShortening; shortenedBy += 1) {
    const { lines, undrawable } = drawnLines(document.lines(shortenedBy));
    const base = fittingSize(doc, lines, width, height);
    if (base === undefined) continue;
    doc.y = margin;
    for (const line of lines) place(doc, line, base, width, true);
    doc.end();
    await finished;
    return { pdf: new Uint8Array(Buffer.concat(chunks)), undrawable };
  }
  throw new Error("The document does not fit on one page even at its shortest.");
}
