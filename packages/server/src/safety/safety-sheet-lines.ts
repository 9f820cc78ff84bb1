import { formatCalendarDate, type SafetySheet } from "@painplan/core";
import type { PdfLine } from "../pdf/one-page-pdf.js";

type SheetLine = PdfLine;

const none = (text = "None noted."): SheetLine[] => [{ style: "text", text }];
const bullets = (texts: readonly string[]): SheetLine[] =>
  texts.length === 0 ? none() : texts.map((text) => ({ style: "bullet", text }));

function section(heading: string, body: SheetLine[]): SheetLine[] {
  return [{ style: "heading", text: heading }, ...body];
}

function subtitle(sheet: SafetySheet): string {
  const day = formatCalendarDate(sheet.generatedOn);
  if (sheet.intakeVersion === null) return `Made on ${day}. No safety answers saved yet.`;
  const answers =
    sheet.intakeStatus === "complete" ? "safety answers" : "unfinished safety answers";
  return `Made on ${day} from your ${answers}.`;
}

/** The last `dropped` precautions give way to one line that says how many are left out. */
function precautions(sheet: SafetySheet, dropped: number): SheetLine[] {
  const kept = sheet.precautions.slice(0, Math.max(0, sheet.precautions.length - dropped));
  const left = sheet.precautions.length - kept.length;
  return [
    ...bullets(kept),
    ...(left > 0 ? [{ style: "text" as const, text: `${left} more in the PainPlan app.` }] : []),
  ];
}

/**
 * The sheet's text, top to bottom, in the order a therapist needs it: where not to go first,
 * then how to touch, then what else to know. Shared by the PDF and its tests.
 */
export function sheetLines(sheet: SafetySheet, droppedPrecautions: number): SheetLine[] {
  const contact = sheet.emergencyContact;
  return [
    { style: "title", text: "Safety sheet for my therapist" },
    { style: "subtitle", text: `For ${sheet.personName}. ${subtitle(sheet)}` },
    ...section(
      "Areas to avoid",
      bullets(sheet.areasToAvoid.map((area) => `${area.text}: ${area.reason}`)),
    ),
    ...section("Reduced feeling", none(sheet.reducedSensationAreas.text || "None noted.")),
    ...section(
      "Pain from light touch",
      none(sheet.touchHypersensitivityAreas.text || "None noted."),
    ),
    ...section("Pressure I prefer", none(sheet.pressurePreferenceText)),
    ...section("Medicines and conditions that matter", bullets(sheet.medications)),
    ...section("Implanted devices", bullets(sheet.implantedDevices)),
    ...section("Precautions", precautions(sheet, droppedPrecautions)),
    ...section(
      "How I will signal discomfort",
      none(sheet.discomfortSignal ?? "Not given: agree on a signal before you start."),
    ),
    ...section(
      "Emergency contact",
      none(
        contact === null
          ? "Not given."
          : `${contact.name}${contact.relationship === null ? "" : ` (${contact.relationship})`}: ${contact.phone}`,
      ),
    ),
    { style: "small", text: sheet.disclaimer },
  ];
}
