import type { BreathingPattern, PracticeStep } from "./practice.schema.js";

/**
 * Splits `total` whole seconds into `count` parts that differ by at most one second and add up
 * to `total` exactly (the earlier parts get the extra seconds). Throws when `count` < 1.
 */
export function distributeSeconds(total: number, count: number): number[] {
  if (count < 1) throw new Error("distributeSeconds needs at least one part");
  const base = Math.floor(total / count);
  const extra = total - base * count;
  return Array.from({ length: count }, (_, index) => base + (index < extra ? 1 : 0));
}

/** One part of a repeated unit: fixed seconds (a short tensing) or a share of what is left. */
export type UnitPart = {
  suffix: string;
  text: string;
  fixedSeconds?: number;
  breathing?: BreathingPattern;
};

/** A unit of a practice's body (a scene, a muscle group, a block of breaths). */
export type PracticeUnit = { id: string; parts: readonly UnitPart[] };

/** The words of a guided practice, before timing. */
export type PracticeScript = {
  intro: string;
  close: string;
  units: readonly PracticeUnit[];
  /** The length a unit aims for; longer practices repeat units rather than stretch them. */
  unitSeconds: number;
};

/**
 * Times a script to exactly `totalSeconds`: a short opening and closing (10 s each up to two
 * minutes, 30 s from three minutes), then as many units as fit at about `unitSeconds` each,
 * cycling through the script's units. Fixed parts keep their length; flexible parts share the
 * rest of their unit. Every step lasts at least one second.
 */
export function timeScript(script: PracticeScript, totalSeconds: number): PracticeStep[] {
  const edge = totalSeconds <= 120 ? 10 : 30;
  const available = totalSeconds - 2 * edge;
  const unitCount = Math.max(1, Math.round(available / script.unitSeconds));
  const shares = distributeSeconds(available, unitCount);
  const body = shares.flatMap((share, index) => {
    const unit = script.units[index % script.units.length];
    if (unit === undefined) throw new Error("A practice script needs at least one unit");
    const round = Math.floor(index / script.units.length);
    return timeUnit(unit, share, round);
  });
  return [
    { id: "intro", text: script.intro, seconds: edge },
    ...body,
    { id: "close", text: script.close, seconds: edge },
  ];
}

function timeUnit(unit: PracticeUnit, share: number, round: number): PracticeStep[] {
  const fixed = unit.parts.reduce((sum, part) => sum + (part.fixedSeconds ?? 0), 0);
  const flexibleParts = unit.parts.filter((part) => part.fixedSeconds === undefined);
  // A unit too short for its fixed parts (a one-minute practice) shortens them proportionally.
  const scale = fixed >= share ? share / (fixed + flexibleParts.length) : 1;
  const flexibleSeconds = distributeSeconds(
    Math.max(flexibleParts.length, share - Math.floor(fixed * scale)),
    Math.max(1, flexibleParts.length),
  );
  let flexibleIndex = 0;
  const steps = unit.parts.map((part) => {
    const seconds =
      part.fixedSeconds === undefined
        ? (flexibleSeconds[flexibleIndex++] ?? 1)
        : Math.max(1, Math.floor(part.fixedSeconds * scale));
    const step: PracticeStep = {
      id: `${unit.id}${round > 0 ? `-${round + 1}` : ""}-${part.suffix}`,
      text: part.text,
      seconds,
    };
    return part.breathing === undefined ? step : { ...step, breathing: part.breathing };
  });
  return fitTo(steps, share);
}

/** Adjusts the last step so the unit's steps add up to `share` exactly (never below 1 s). */
function fitTo(steps: PracticeStep[], share: number): PracticeStep[] {
  const sum = steps.reduce((total, step) => total + step.seconds, 0);
  const last = steps.at(-1);
  if (last === undefined || sum === share) return steps;
  return [...steps.slice(0, -1), { ...last, seconds: Math.max(1, last.seconds + share - sum) }];
}
