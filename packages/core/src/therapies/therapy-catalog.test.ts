import { describe, expect, it } from "vitest";
import { therapySchema, therapySummarySchema } from "./therapies.schema.js";
import { evidenceSources, findEvidenceSource, primarySourceHosts } from "./evidence-sources.js";
import type { Therapy } from "./therapy.js";
import {
  findTherapy,
  sourcesCitedBy,
  therapyCatalog,
  toTherapySummary,
} from "./therapy-catalog.js";
import { kindOfTherapy, therapyIds, therapyIdsByKind } from "./therapy-ids.js";

/** Every piece of text a person reads for this entry. */
function textsOf(therapy: Therapy): string[] {
  const own = [
    therapy.name,
    therapy.summary,
    therapy.whatItIs,
    therapy.whatToExpect,
    therapy.typicalFrequency.label,
    therapy.deliveredBy.who,
    therapy.deliveredBy.detail,
    therapy.evidence.summary,
    ...therapy.precautions,
    ...therapy.searchTerms,
  ];
  switch (therapy.kind) {
    case "yoga":
      return [...own, therapy.variantDescription, ...therapy.cues, ...therapy.avoidIf];
    case "mindfulness":
      return [...own, ...therapy.steps];
    case "massage":
    case "acupuncture":
    case "other":
      return own;
  }
}

describe("therapy catalog", () => {
  it("has exactly one entry for every therapy id, in the order of therapy-ids.ts", () => {
    expect(therapyCatalog.map((therapy) => therapy.id)).toEqual([...therapyIds]);
  });

  it.each(therapyCatalog)("$id: has the kind its id belongs to", (therapy) => {
    expect(therapy.kind).toBe(kindOfTherapy(therapy.id));
  });

  it.each(therapyCatalog)("$id: fills every field with text", (therapy) => {
    expect(therapySchema.parse(therapy)).toEqual(therapy);
    for (const text of textsOf(therapy)) expect(text.trim().length).toBeGreaterThan(1);
    expect(therapy.precautions.length).toBeGreaterThanOrEqual(1);
    expect(therapy.searchTerms.length).toBeGreaterThanOrEqual(1);
  });

  it.each(therapyCatalog)("$id: gives sensible times", (therapy) => {
    const minutes = therapy.typicalMinutes;
    // Only medication has no timed session; every other entry must say how long it takes.
    expect(minutes === null).toBe(therapy.id === "medication");
    if (minutes !== null) expect(minutes.min).toBeLessThanOrEqual(minutes.max);
    const frequency = therapy.typicalFrequency;
    if (frequency.basis !== "as-prescribed") {
      expect(frequency.min).toBeLessThanOrEqual(frequency.max);
      if (frequency.basis === "times-per-week") expect(frequency.max).toBeLessThanOrEqual(7);
    }
  });

  it("books massage and acupuncture sessions of 30 to 90 minutes (REFERENCE §6.1)", () => {
    const booked = therapyCatalog.filter((t) => t.kind === "massage" || t.kind === "acupuncture");
    expect(booked).toHaveLength(8);
    for (const therapy of booked) {
      expect(therapy.typicalMinutes?.min, therapy.id).toBeGreaterThanOrEqual(30);
      expect(therapy.typicalMinutes?.max, therapy.id).toBeLessThanOrEqual(90);
    }
  });

  it("lets practices done alone at home be short (under 30 minutes is allowed)", () => {
    for (const id of therapyIdsByKind.mindfulness) {
      expect(findTherapy(id)?.deliveredBy.mode).toBe("self-guided");
    }
  });

  it.each(therapyCatalog)(
    "$id: cites sources that exist, or says it is not assessed",
    (therapy) => {
      const { certainty, sources, summary } = therapy.evidence;
      for (const id of sources) expect(findEvidenceSource(id), id).toBeDefined();
      expect(sourcesCitedBy(therapy).map((source) => source.id)).toEqual(sources);
      expect(new Set(sources).size).toBe(sources.length);
      if (certainty !== "not-assessed") expect(sources.length).toBeGreaterThanOrEqual(1);
      if (certainty === "not-assessed") expect(summary).toMatch(/not yet|no study|do not rate/i);
    },
  );

  it.each(therapyCatalog)("$id: says the evidence in one or two sentences", (therapy) => {
    const sentences = therapy.evidence.summary.split(/[.!?](?:\s|$)/).filter((s) => s.trim());
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(2);
  });

  it.each(therapyCatalog)("$id: promises no cure and makes no diagnosis", (therapy) => {
    for (const text of textsOf(therapy)) {
      expect(text).not.toMatch(/\b(cure[sd]?|guarantee[sd]?|proven|diagnos\w*)\b/i);
    }
  });

  it("summarises an entry for lists without its long texts", () => {
    const summary = toTherapySummary(findTherapy("yoga-tree") as Therapy);
    expect(therapySummarySchema.parse(summary)).toEqual(summary);
    expect(summary).toEqual({
      id: "yoga-tree",
      kind: "yoga",
      name: "Tree pose",
      summary: expect.any(String) as string,
      typicalMinutes: { min: 5, max: 15 },
      typicalFrequency: expect.objectContaining({ basis: "times-per-week" }) as object,
      deliveryMode: "self-guided",
      evidenceCertainty: "low",
    });
  });

  it("finds nothing for an unknown id", () => {
    expect(findTherapy("reiki")).toBeUndefined();
  });
});

describe("yoga poses", () => {
  const poses = therapyCatalog.filter((therapy) => therapy.kind === "yoga");

  it("has at least 10, including cat-cow and the standing and seated forward folds", () => {
    expect(poses.length).toBeGreaterThanOrEqual(10);
    expect(poses.map((pose) => pose.id)).toEqual(
      expect.arrayContaining([
        "yoga-cat-cow",
        "yoga-standing-forward-fold",
        "yoga-seated-forward-fold",
      ]),
    );
  });

  it.each(poses)("$id: has a chair or wall variant and at least two cues", (pose) => {
    expect(["chair", "wall"]).toContain(pose.supportedVariant);
    expect(pose.variantDescription.toLowerCase()).toContain(pose.supportedVariant);
    expect(pose.cues.length).toBeGreaterThanOrEqual(2);
  });
});

describe("mindfulness practices", () => {
  it.each(therapyCatalog.filter((therapy) => therapy.kind === "mindfulness"))(
    "$id: has at least three short steps",
    (practice) => {
      expect(practice.steps.length).toBeGreaterThanOrEqual(3);
      for (const step of practice.steps) expect(step.length).toBeLessThanOrEqual(160);
    },
  );
});

describe("evidence sources", () => {
  it("have unique ids that name their section of the clinical reference", () => {
    expect(new Set(evidenceSources.map((source) => source.id)).size).toBe(evidenceSources.length);
    for (const source of evidenceSources) {
      expect(source.referenceSection).toMatch(/^\d+\.\d+$/);
      expect(source.id.startsWith(`ref-${source.referenceSection}-`), source.id).toBe(true);
      expect(source.url).toMatch(/^https:\/\/[^\s/]+\.[^\s]+$/);
    }
  });

  it("link to primary records in English, never copies, corpus dumps or translated pages", () => {
    const hosts: readonly string[] = primarySourceHosts;
    for (const source of evidenceSources) {
      const [, hostname = "", pathname = ""] =
        /^https:\/\/([^/]+)(\/[^?#]*)?/.exec(source.url) ?? [];
      expect(hosts, `${source.id}: ${source.url}`).toContain(hostname);
      // The Cochrane Library picks the language from the path: the English page has none.
      if (hostname === "www.cochranelibrary.com") {
        expect(pathname, source.id).toMatch(
          /^\/cdsr\/doi\/10\.1002\/14651858\.CD\d+\.pub\d+\/full$/,
        );
      }
    }
  });

  it("are each cited by at least one therapy (no dead entries)", () => {
    const cited = new Set(therapyCatalog.flatMap((therapy) => therapy.evidence.sources));
    expect(evidenceSources.filter((source) => !cited.has(source.id))).toEqual([]);
  });
});
