import { acupunctureTherapies } from "./catalog/acupuncture-therapies.js";
import { massageTherapies } from "./catalog/massage-therapies.js";
import { mindfulnessPractices } from "./catalog/mindfulness-practices.js";
import { otherTherapies } from "./catalog/other-therapies.js";
import { yogaPoses } from "./catalog/yoga-poses.js";
import { findEvidenceSource, type EvidenceSource } from "./evidence-sources.js";
import type { Therapy, TherapySummary } from "./therapy.js";
import { therapyIds } from "./therapy-ids.js";

const position = new Map<string, number>(therapyIds.map((id, index) => [id, index]));

/**
 * The whole library, in the order of therapy-ids.ts (kind by kind), so every list is stable.
 * Tests check that each id has exactly one entry.
 */
export const therapyCatalog: readonly Therapy[] = [
  ...massageTherapies,
  ...acupunctureTherapies,
  ...yogaPoses,
  ...mindfulnessPractices,
  ...otherTherapies,
].sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));

const therapyById = new Map<string, Therapy>(
  therapyCatalog.map((therapy) => [therapy.id, therapy]),
);

/** `undefined` for an id that is not in the library (the API answers 404). */
export function findTherapy(id: string): Therapy | undefined {
  return therapyById.get(id);
}

export function toTherapySummary(therapy: Therapy): TherapySummary {
  return {
    id: therapy.id,
    kind: therapy.kind,
    name: therapy.name,
    summary: therapy.summary,
    typicalMinutes: therapy.typicalMinutes,
    typicalFrequency: therapy.typicalFrequency,
    deliveryMode: therapy.deliveredBy.mode,
    evidenceCertainty: therapy.evidence.certainty,
  };
}

/** The sources a therapy's evidence cites, in the order it cites them. */
export function sourcesCitedBy(therapy: Therapy): EvidenceSource[] {
  return therapy.evidence.sources.flatMap((id) => {
    const source = findEvidenceSource(id);
    return source === undefined ? [] : [source];
  });
}
