import { therapyIdsByKind, type TherapyId, type TherapyKind } from "../therapies/therapy-ids.js";

const kindNames: Record<TherapyKind, string> = {
  massage: "All massage",
  acupuncture: "All acupuncture",
  yoga: "All yoga poses",
  mindfulness: "All mindfulness practices",
  other: "All other therapies",
};

const specialNames: Partial<Record<TherapyId, string>> = { tens: "TENS" };

function therapyName(id: TherapyId): string {
  const words = id.replaceAll("-", " ");
  return specialNames[id] ?? words.charAt(0).toUpperCase() + words.slice(1);
}

/** "All massage", or the names when only some therapies of a kind are concerned. */
export function describeTherapies(ids: readonly TherapyId[]): string {
  const chosen = new Set(ids);
  return (Object.entries(therapyIdsByKind) as [TherapyKind, readonly TherapyId[]][])
    .flatMap(([kind, kindIds]) => {
      const inKind = kindIds.filter((id) => chosen.has(id));
      if (inKind.length === 0) return [];
      return inKind.length === kindIds.length ? [kindNames[kind]] : inKind.map(therapyName);
    })
    .join(", ");
}
