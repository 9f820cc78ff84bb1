import {
  assessSafetyIntake,
  buildSafetySheet,
  bodyRegionIds,
  type SafetyIntake,
} from "@painplan/core";
import { describe, expect, it } from "vitest";
import { renderSafetySheetPdf } from "./safety-sheet.pdf.js";
import { pdfFonts, pdfPageCount, pdfText } from "../pdf/testing/poppler.js";

const now = new Date("2026-03-29T00:30:00.000Z");

function sheetFor(intake: SafetyIntake) {
  return buildSafetySheet({
    personName: "Alex Martin",
    timeZone: "Europe/Paris",
    intake,
    assessment: assessSafetyIntake(intake),
    now,
  });
}

const typicalIntake: SafetyIntake = {
  version: 3,
  status: "complete",
  savedAt: "2026-03-28T10:00:00.000Z",
  answers: {
    bloodThinners: "yes",
    bloodThinnerNames: "apixaban",
    implantedDevice: "yes",
    implantedDeviceKinds: ["pacemaker"],
    diabetesFootProblems: "yes",
    reducedSensationRegionIds: ["left-sole", "right-sole", "left-toes", "right-toes"],
  },
  preferences: {
    touchHypersensitivityRegionIds: ["left-shin"],
    pressurePreference: "light",
    discomfortSignal: "I will lift my hand.",
    emergencyContact: { name: "Sam Martin", phone: "+33 6 12 34 56 78", relationship: "partner" },
  },
};

describe("safety sheet PDF", () => {
  it("holds the key lines on one A4 page", async () => {
    const { pdf } = await renderSafetySheetPdf(sheetFor(typicalIntake));
    expect(pdfPageCount(pdf)).toBe(1);
    const text = pdfText(pdf);
    for (const line of [
      "Safety sheet for my therapist",
      "For Alex Martin. Made on 29 March 2026 from your safety answers.",
      "Areas to avoid",
      "Both feet: Rubbing a foot with a wound",
      "Reduced feeling",
      "Left toes, Right toes, Left sole of foot, Right sole of foot",
      "Pain from light touch",
      "Left shin",
      "Light pressure",
      "Takes a blood thinner: apixaban",
      "Pacemaker",
      "I will lift my hand.",
      "Sam Martin (partner): +33 6 12 34 56 78",
      "It is not a medical assessment or a diagnosis.",
    ]) {
      expect(text.replace(/\s+/g, " ")).toContain(line);
    }
  });

  it("is the same file, byte for byte, for the same sheet at the same time", async () => {
    const sheet = sheetFor(typicalIntake);
    const { pdf: first } = await renderSafetySheetPdf(sheet);
    const { pdf: second } = await renderSafetySheetPdf(sheet);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Buffer.from(first).toString("latin1")).toContain("(D:20260329003000Z)");
  });

  it("stays on one page when every question raises something", async () => {
    const everything: SafetyIntake = {
      ...typicalIntake,
      answers: {
        ...typicalIntake.answers,
        bleedingDisorder: "yes",
        lowPlatelets: "yes",
        bloodClot: "yes",
        recentSurgery: "yes",
        recentSurgeryRegionIds: ["abdomen", "right-knee"],
        fragileSkin: "yes",
        lymphoedema: "yes",
        lymphoedemaSide: "left",
        chemotherapyNow: "yes",
        lowBloodCounts: "yes",
        chemotherapyPortRegionIds: ["right-chest"],
        multipleSclerosisHeatSensitivity: "yes",
        epilepsy: "yes",
        pregnancy: "yes",
        feverOrInfection: "yes",
        fallsOrPoorBalance: "yes",
        boneWeakness: "yes",
        boneWeaknessRegionIds: ["left-lower-back"],
        reducedSensationRegionIds: [...bodyRegionIds],
      },
      preferences: {
        ...typicalIntake.preferences,
        touchHypersensitivityRegionIds: [...bodyRegionIds],
      },
    };
    const { pdf } = await renderSafetySheetPdf(sheetFor(everything));
    expect(pdfPageCount(pdf)).toBe(1);
    expect(pdfText(pdf)).toContain("It is not a medical assessment");
  });

  it("prints a name typed with decomposed accents as one accented letter (NFC)", async () => {
    const sheet = { ...sheetFor(typicalIntake), personName: "Jose\u0301 Nu\u0301n\u0303ez" };
    const text = pdfText((await renderSafetySheetPdf(sheet)).pdf);
    expect(text).toContain("For José Núñez.");
    expect(text).not.toContain("?");
  });

  it("prints Greek and Cyrillic names as written", async () => {
    for (const personName of ["Γιώργος Παπαδόπουλος", "Анна Кузнецова", "Zoë Ørsted-Łukasz"]) {
      const text = pdfText(
        (await renderSafetySheetPdf({ ...sheetFor(typicalIntake), personName })).pdf,
      );
      expect(text).toContain(`For ${personName}.`);
    }
  });

  it("prints a line break in the discomfort signal as a new line", async () => {
    const sheet = {
      ...sheetFor(typicalIntake),
      discomfortSignal: "I will lift my hand.\r\nOr say “stop”.",
    };
    const lines = pdfText((await renderSafetySheetPdf(sheet)).pdf)
      .split("\n")
      .map((line) => line.trim());
    expect(lines).toContain("I will lift my hand.");
    expect(lines).toContain("Or say “stop”.");
  });

  it("embeds a subset of one Unicode font family, not the standard Helvetica", async () => {
    const fonts = pdfFonts((await renderSafetySheetPdf(sheetFor(typicalIntake))).pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      // name +subset tag, then "emb sub uni" columns: yes yes yes
      expect(font).toMatch(/^[A-Z]{6}\+NotoSans-\S+ .* yes\s+yes\s+yes\s/);
    }
  });

  it("lists characters the font cannot draw on the sheet instead of hiding them", async () => {
    const sheet = { ...sheetFor(typicalIntake), personName: "李雷 Zoë" };
    const { pdf, undrawable } = await renderSafetySheetPdf(sheet);
    expect(undrawable).toEqual(["李", "雷"]);
    const text = pdfText(pdf).replace(/\s+/g, " ");
    expect(text).toContain("For \uFFFD\uFFFD Zoë.");
    expect(text).toContain("This PDF cannot draw 2 characters (U+674E, U+96F7)");
  });
});
