import { describe, expect, it } from "vitest";
import { idPainWeights } from "./definitions/id-pain.js";
import { readLicensedQuestionnaire } from "./licensed-questionnaire.js";

/** Placeholder wording only: the real ID Pain text is copyrighted. */
function idPainFile(linkIds: readonly string[] = Object.keys(idPainWeights)) {
  return {
    resourceType: "Questionnaire",
    status: "active",
    version: "2024-test",
    copyright: "Placeholder copyright line",
    item: [
      { linkId: "intro", type: "display", text: "Placeholder introduction" },
      {
        linkId: "group-1",
        type: "group",
        text: "Placeholder shared question",
        item: linkIds.map((linkId) => ({ linkId, type: "boolean", text: `Placeholder ${linkId}` })),
      },
    ],
  };
}

describe("readLicensedQuestionnaire", () => {
  it("finds the instrument from the linkIds and keeps the text, group text and copyright", () => {
    const outcome = readLicensedQuestionnaire(idPainFile());
    expect(outcome).toMatchObject({
      outcome: "matched",
      installed: {
        instrumentId: "id-pain",
        version: "2024-test",
        copyright: "Placeholder copyright line",
        items: {
          numbness: { text: "Placeholder numbness", groupText: "Placeholder shared question" },
        },
      },
    });
  });

  it("refuses a file whose linkIds do not match, saying which are missing and unexpected", () => {
    const linkIds = [...Object.keys(idPainWeights).filter((id) => id !== "numbness"), "numb"];
    const outcome = readLicensedQuestionnaire(idPainFile(linkIds));
    expect(outcome).toEqual({
      outcome: "refused",
      problems: [
        "closest instrument: id-pain: missing linkIds: numbness",
        "closest instrument: id-pain: unexpected linkIds: numb",
      ],
    });
  });

  it("checks against the instrument the admin names", () => {
    const outcome = readLicensedQuestionnaire(idPainFile(), "dn4");
    expect(outcome.outcome).toBe("refused");
    if (outcome.outcome === "refused") expect(outcome.problems[0]).toMatch(/^dn4: missing linkIds/);
  });

  it("refuses something that is not a FHIR Questionnaire, and items without text", () => {
    expect(readLicensedQuestionnaire({ resourceType: "Patient" }).outcome).toBe("refused");
    const file = idPainFile();
    const group = file.item[1];
    if (group?.item !== undefined)
      group.item[0] = { linkId: "pins-and-needles", type: "boolean", text: " " };
    expect(readLicensedQuestionnaire(file)).toMatchObject({
      outcome: "refused",
      problems: ["closest instrument: id-pain: item pins-and-needles has no text"],
    });
  });
});
