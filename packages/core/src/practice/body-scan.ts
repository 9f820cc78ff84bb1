import { bodyRegionIds, findBodyRegion } from "../body-map/body-regions.js";
import type { PainRegion } from "../pain-scores/pain-scores.schema.js";
import type { PainfulRegionChoice, Practice, PracticeStep } from "./practice.schema.js";
import { isGuidedLength } from "./guided-practices.js";
import { distributeSeconds } from "./step-timing.js";

/**
 * The areas a body scan moves through, from the feet up, each a group of body-map regions
 * (core/body-map). Every region id of the body map is in exactly one group (tested).
 */
export const bodyScanAreas: readonly { id: string; label: string; regionIds: readonly string[] }[] =
  [
    ...sided("foot", "foot", ["foot-top", "toes", "heel", "sole"]),
    ...sided("leg", "leg", ["shin", "knee", "thigh-front", "calf", "thigh-back"]),
    { id: "hips", label: "hips and pelvis", regionIds: ["groin", "left-buttock", "right-buttock"] },
    {
      id: "back",
      label: "back",
      regionIds: ["left-lower-back", "right-lower-back", "left-upper-back", "right-upper-back"],
    },
    {
      id: "belly-chest",
      label: "belly and chest",
      regionIds: ["abdomen", "left-chest", "right-chest"],
    },
    ...sided("hand", "hand", ["fingers", "palm", "hand-back"]),
    ...sided("arm", "arm", [
      "forearm-front",
      "forearm-back",
      "elbow",
      "upper-arm-front",
      "upper-arm-back",
      "shoulder-front",
      "shoulder-back",
    ]),
    { id: "neck", label: "neck", regionIds: ["neck-front", "neck-back"] },
    { id: "head", label: "face and head", regionIds: ["face", "head-back"] },
  ];

function sided(id: string, label: string, seeds: readonly string[]) {
  return (["left", "right"] as const).map((side) => ({
    id: `${side}-${id}`,
    label: `${side} ${label}`,
    regionIds: seeds.map((seed) => `${side}-${seed}`),
  }));
}

/** What a person chose for their body scan. */
export type BodyScanOptions = {
  /** Length in whole minutes, 1–20. */
  minutes: number;
  /** The body-map regions to scan; the whole body when undefined. Unknown ids are ignored. */
  regionIds?: readonly string[];
  /** Painful regions: scanned last with gentle words (default), or left out. */
  painfulRegions?: PainfulRegionChoice;
};

/**
 * A region is painful for the scan when the person's usual pain map (their pain profile) gives
 * it an intensity of 1 or more; 0 means listed but not hurting now.
 */
export function painfulRegionIds(profileRegions: readonly PainRegion[]): Set<string> {
  return new Set(profileRegions.filter((region) => region.intensity >= 1).map((r) => r.regionId));
}

function labelsOf(regionIds: readonly string[]): string {
  const labels = regionIds.map((id) => (findBodyRegion(id)?.label ?? id).toLowerCase());
  if (labels.length <= 1) return labels.join("");
  return `${labels.slice(0, -1).join(", ")} and ${labels.at(-1) ?? ""}`;
}

function plainText(label: string, regionIds: readonly string[]): string {
  return `Bring your attention to your ${label}: the ${labelsOf(regionIds)}. Notice whatever is there, warmth, coolness, tingling or nothing at all. Then let it rest.`;
}

function gentleText(label: string, regionIds: readonly string[]): string {
  return `Now, only as far as feels right, turn your attention toward your ${label}: the ${labelsOf(regionIds)}. This area has been hurting. Notice it from a little distance; do not push into it. You can stay with the breath instead at any time.`;
}

type Part = { id: string; text: string; regionIds: string[]; isGentle: boolean };

/**
 * A body scan built from the person's pain profile (issue 15). It moves through the chosen
 * regions from the feet up; painful regions (see `painfulRegionIds`) are taken out of their
 * place and come last, each area with gentle wording ("notice, do not push"), or are left out
 * when the person prefers ("skip"). The steps cover exactly the chosen regions (less the
 * skipped ones) and add up to `minutes * 60` seconds. Throws a RangeError for a length outside
 * 1–20 minutes (the API refuses it first).
 */
export function buildBodyScan(
  profileRegions: readonly PainRegion[],
  options: BodyScanOptions,
): Practice {
  if (!isGuidedLength(options.minutes)) {
    throw new RangeError(`A practice lasts 1 to 20 minutes, not ${options.minutes}`);
  }
  const chosen = new Set(options.regionIds ?? bodyRegionIds);
  const painful = painfulRegionIds(profileRegions);
  const isSkipping = options.painfulRegions === "skip";
  const plain: Part[] = [];
  const gentle: Part[] = [];
  for (const area of bodyScanAreas) {
    const inScan = area.regionIds.filter((id) => chosen.has(id));
    const easy = inScan.filter((id) => !painful.has(id));
    const sore = inScan.filter((id) => painful.has(id));
    if (easy.length > 0) {
      plain.push({
        id: `area-${area.id}`,
        text: plainText(area.label, easy),
        regionIds: easy,
        isGentle: false,
      });
    }
    if (sore.length > 0 && !isSkipping) {
      gentle.push({
        id: `gentle-${area.id}`,
        text: gentleText(area.label, sore),
        regionIds: sore,
        isGentle: true,
      });
    }
  }
  return {
    id: "body-scan",
    kind: "body-scan",
    title: "Body scan",
    summary: "Move your attention slowly through the body, noticing without changing anything.",
    minutes: options.minutes,
    totalSeconds: options.minutes * 60,
    steps: timeBodyScan(
      [...plain, ...gentle],
      options.minutes * 60,
      isSkipping && painful.size > 0,
    ),
  };
}

function timeBodyScan(
  parts: readonly Part[],
  totalSeconds: number,
  hasSkipped: boolean,
): PracticeStep[] {
  const edge = totalSeconds <= 120 ? 10 : 30;
  const intro =
    "Settle into a comfortable position, sitting or lying down. Let your eyes close if you like. We will move slowly through the body, just noticing, without changing anything.";
  const close = `${hasSkipped ? "Some areas were left out today, as you chose. " : ""}Now notice your body as a whole, breathing. When you are ready, move your fingers and toes and open your eyes.`;
  if (parts.length === 0) {
    return [
      { id: "intro", text: intro, seconds: edge },
      {
        id: "breath",
        text: "Rest your attention on the breath, in and out.",
        seconds: totalSeconds - 2 * edge,
      },
      { id: "close", text: close, seconds: edge },
    ];
  }
  const shares = distributeSeconds(totalSeconds - 2 * edge, parts.length);
  return [
    { id: "intro", text: intro, seconds: edge },
    ...parts.map((part, index) => ({
      id: part.id,
      text: part.text,
      seconds: Math.max(1, shares[index] ?? 1),
      regionIds: part.regionIds,
      isGentle: part.isGentle,
    })),
    { id: "close", text: close, seconds: edge },
  ];
}
