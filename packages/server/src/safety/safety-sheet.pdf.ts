import type { SafetySheet } from "@painplan/core";
import PDFDocument from "pdfkit";
import { sheetLines, type SheetLine } from "./safety-sheet-lines.js";
import { toWinAnsi } from "./win-ansi.js";

const margin = 48;
/** Font sizes tried from largest down until the sheet fits on one page. */
const baseSizes = [11, 10.5, 10, 9.5, 9, 8.5, 8, 7.5, 7];

const fonts: Record<SheetLine["style"], { font: string; scale: number; gap: number }> = {
  title: { font: "Helvetica-Bold", scale: 1.6, gap: 0 },
  subtitle: { font: "Helvetica", scale: 0.9, gap: 0.2 },
  heading: { font: "Helvetica-Bold", scale: 1.05, gap: 0.9 },
  text: { font: "Helvetica", scale: 1, gap: 0.15 },
  bullet: { font: "Helvetica", scale: 1, gap: 0.15 },
  small: { font: "Helvetica-Oblique", scale: 0.85, gap: 1 },
};

type Doc = InstanceType<typeof PDFDocument>;

function shown(line: SheetLine): string {
  return toWinAnsi(line.style === "bullet" ? `- ${line.text}` : line.text);
}

function place(doc: Doc, line: SheetLine, base: number, width: number, draw: boolean): number {
  const { font, scale, gap } = fonts[line.style];
  doc.font(font).fontSize(base * scale);
  const indent = line.style === "bullet" ? 10 : 0;
  const options = { width: width - indent };
  const height = doc.heightOfString(shown(line), options) + gap * base;
  if (draw) {
    doc.y += gap * base;
    doc.text(shown(line), margin + indent, doc.y, options);
  }
  return height;
}

/** The largest base size at which every line fits on the one page. */
function fittingSize(doc: Doc, lines: readonly SheetLine[], width: number, height: number) {
  for (const base of baseSizes) {
    const total = lines.reduce((sum, line) => sum + place(doc, line, base, width, false), 0);
    if (total <= height) return base;
  }
  return undefined;
}

/**
 * The safety sheet as a one-page A4 PDF in the standard Helvetica fonts (no font files). It is
 * deterministic: the creation date comes from the sheet (the injected clock), which also seeds
 * the file id. Long sheets shrink the type, then shorten the precaution list, never spill over.
 */
export async function renderSafetySheetPdf(sheet: SafetySheet): Promise<Uint8Array> {
  const created = new Date(sheet.generatedAt);
  const doc = new PDFDocument({
    size: "A4",
    margin,
    info: {
      Title: toWinAnsi(`Safety sheet: ${sheet.personName}`),
      Author: toWinAnsi(sheet.personName),
      Creator: "PainPlan",
      Producer: "PainPlan",
      CreationDate: created,
      ModDate: created,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve) => doc.on("end", resolve));

  const width = doc.page.width - 2 * margin;
  const height = doc.page.height - 2 * margin;
  let dropped = 0;
  let lines = sheetLines(sheet, 0);
  let base = fittingSize(doc, lines, width, height);
  while (base === undefined) {
    dropped += 1;
    lines = sheetLines(sheet, dropped);
    base = fittingSize(doc, lines, width, height);
  }
  doc.y = margin;
  for (const line of lines) place(doc, line, base, width, true);
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}
