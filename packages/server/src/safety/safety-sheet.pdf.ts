import type { SafetySheet } from "@painplan/core";
import { renderOnePagePdf, type RenderedPdf } from "../pdf/one-page-pdf.js";
import { sheetLines } from "./safety-sheet-lines.js";

/**
 * The safety sheet as a one-page A4 PDF (the shared renderer, `pdf/one-page-pdf.ts`: embedded
 * Noto Sans, NFC text, line breaks kept, undrawable characters listed on the page). The same
 * sheet gives the same bytes: the creation date is the sheet's (the injected clock). A long sheet
 * shrinks its type, then gives up its last precautions to "N more in the PainPlan app".
 */
export async function renderSafetySheetPdf(sheet: SafetySheet): Promise<RenderedPdf> {
  return renderOnePagePdf({
    title: `Safety sheet: ${sheet.personName}`,
    author: sheet.personName,
    createdAt: sheet.generatedAt,
    lines: (shortenedBy) => sheetLines(sheet, shortenedBy),
  });
}
