import { findTherapy } from "../therapies/therapy-catalog.js";
import type { TherapyId, TherapyKind } from "../therapies/therapy-ids.js";
import { describeAreas } from "./describe-areas.js";
import {
  instructionTopic,
  mergeInstructions,
  type MergedInstruction,
} from "./merge-instructions.js";
import type { SafetyAssessment, SafetyReason, TherapyVerdict } from "./safety-assessment.schema.js";
import type { SafetySourceId } from "./safety-sources.js";
import { describeTherapies } from "./therapy-names.js";
import { severityOf, type VerdictLevel } from "./verdict-level.js";

/**
 * Body areas of one level for one therapy, named by the body map's groups ("Both feet"), with
 * the reasons and instructions of that level when they say more than the card's own level.
 */
export type AreaLine = {
  text: string;
  level: VerdictLevel;
  regionIds: string[];
  why: string[];
  lines: MergedInstruction[];
};

/**
 * One therapy, said once: its level, what to do (merged instructions of that level only: an
 * "avoid" card holds no "take care" lines), where (areas by group), and why (kept for a fold).
 */
export type TherapyCard = {
  therapyId: TherapyId;
  kind: TherapyKind;
  /** The therapy's name in the library. */
  name: string;
  /** The therapy's level; "caution" when only some body areas need more. */
  level: VerdictLevel;
  /** What to do, one line per topic, only lines of the card's own level. */
  lines: MergedInstruction[];
  /** The reasons behind the card's level, each once. */
  why: string[];
  /** Areas of the card's level or stricter (none of a milder level). */
  areas: AreaLine[];
  /** How many reasons come only from questions not answered yet. */
  openQuestionCount: number;
  sourceIds: SafetySourceId[];
};

/** Therapies of one level that say the same (same lines, same areas), shown as one. */
export type TherapyGroup = Omit<TherapyCard, "therapyId" | "kind" | "name"> & {
  level: Exclude<VerdictLevel, "ok">;
  therapyIds: TherapyId[];
  names: string[];
  /** "All massage", or the names ("Deep tissue massage, Trigger point therapy"). */
  therapies: string;
};

/** One line of the summary at the top: a level and the therapies at it. */
export type SummaryLine = {
  level: VerdictLevel;
  count: number;
  /** "All yoga poses, Physical therapy"; for "ok" only the count is given. */
  therapies: string;
};

/**
 * The results in the order a person reads them: a summary that fits one phone screen, the
 * groups of therapies that say the same, and the therapies with nothing to say (to fold away).
 */
export type SafetyOverview = {
  summary: SummaryLine[];
  /** Most severe first. */
  groups: TherapyGroup[];
  cards: TherapyCard[];
  /** Therapies with nothing to say (fine from the answers, no area to mind). */
  quiet: TherapyId[];
};

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

function cardLevel(verdict: TherapyVerdict): VerdictLevel {
  if (verdict.level !== "ok") return verdict.level;
  return verdict.areas.length > 0 ? "caution" : "ok";
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "No ice or cold packs here." said of some areas becomes "… on both feet." */
function placed(text: string, areas: string): string {
  return text.endsWith(" here.") ? `${text.slice(0, -" here.".length)} on ${areas}.` : text;
}

/**
 * An area's instruction said where it applies: "here" becomes the areas; an instruction that
 * does not name its place gets the areas in front ("Left shin: let the person set the
 * pressure."), unless it merges into a whole-therapy topic (pressure, heat), which is stricter.
 */
function placedInstruction(instruction: string, areas: string): string {
  if (instruction.endsWith(" here.")) return placed(instruction, areas);
  if (instructionTopic(instruction) !== undefined) return instruction;
  const lastWord = areas.split(" ").at(-1) ?? "";
  if (instruction.toLowerCase().includes(lastWord)) return instruction;
  return `${areas.charAt(0).toUpperCase()}${areas.slice(1)}: ${lowerFirst(instruction)}`;
}

/** The reasons of a therapy's areas, each once, with "here" replaced by the areas' names. */
function areaReasons(verdict: TherapyVerdict): SafetyReason[] {
  const regionsByReason = new Map<string, { reason: SafetyReason; regionIds: string[] }>();
  for (const area of verdict.areas) {
    for (const reason of area.reasons) {
      const key = `${reason.ruleId}|${reason.level}|${reason.text}`;
      const entry = regionsByReason.get(key) ?? { reason, regionIds: [] };
      entry.regionIds.push(area.regionId);
      regionsByReason.set(key, entry);
    }
  }
  return [...regionsByReason.values()].map(({ reason, regionIds }) => {
    const areas = lowerFirst(describeAreas(regionIds));
    return {
      ...reason,
      text: placed(reason.text, areas),
      instructions: reason.instructions.map((instruction) => placedInstruction(instruction, areas)),
    };
  });
}

/** Areas grouped by level (of the card's level or stricter), named by body-map groups. */
function areaLines(verdict: TherapyVerdict, level: VerdictLevel): AreaLine[] {
  const byLevel = new Map<VerdictLevel, string[]>();
  for (const area of verdict.areas) {
    if (severityOf(area.level) < severityOf(level)) continue;
    byLevel.set(area.level, [...(byLevel.get(area.level) ?? []), area.regionId]);
  }
  return [...byLevel]
    .toSorted(([a], [b]) => severityOf(b) - severityOf(a))
    .map(([areaLevel, regionIds]) => {
      const stricter = severityOf(areaLevel) > severityOf(level);
      const reasons = verdict.areas
        .filter((area) => area.level === areaLevel)
        .flatMap((area) => area.reasons)
        .filter((reason) => stricter && reason.level === areaLevel && reason.basis === "answer");
      return {
        text: describeAreas(regionIds),
        level: areaLevel,
        regionIds,
        why: unique(reasons.map((reason) => reason.text)),
        lines: mergeInstructions(reasons),
      };
    });
}

/**
 * A therapy's verdict as a card: the reasons of the therapy and of its areas merged into one
 * line per topic, the strictest wording winning; lines of other levels left out (an "avoid"
 * card says what to avoid, not how to do it with care).
 */
export function therapyCard(verdict: TherapyVerdict): TherapyCard {
  const level = cardLevel(verdict);
  const all: SafetyReason[] = [...verdict.reasons, ...areaReasons(verdict)];
  const fromAnswers = all.filter((reason) => reason.basis === "answer");
  const ofLevel = fromAnswers.filter((reason) => reason.level === level);
  return {
    therapyId: verdict.therapyId,
    kind: verdict.kind,
    name: findTherapy(verdict.therapyId)?.name ?? verdict.therapyId,
    level,
    lines: mergeInstructions(fromAnswers).filter((line) => line.level === level),
    why: unique(ofLevel.map((reason) => reason.text)),
    areas: areaLines(verdict, level),
    openQuestionCount: verdict.reasons.filter((reason) => reason.basis === "open-question").length,
    sourceIds: unique(ofLevel.map((reason) => reason.sourceId)),
  };
}

function sameAs(card: TherapyCard): string {
  const areas = card.areas.map((area) => `${area.level}:${area.text}:${area.why.join(" ")}`);
  return [card.level, card.openQuestionCount, ...card.lines.map((l) => l.text), ...areas].join("|");
}

/** Cards that say exactly the same become one group ("All yoga poses"). */
export function groupCards(cards: readonly TherapyCard[]): TherapyGroup[] {
  const groups = new Map<string, TherapyGroup>();
  for (const card of cards) {
    if (card.level === "ok") continue;
    const key = sameAs(card);
    const group = groups.get(key) ?? {
      level: card.level,
      lines: card.lines,
      areas: card.areas,
      openQuestionCount: card.openQuestionCount,
      why: [],
      sourceIds: [],
      therapyIds: [],
      names: [],
      therapies: "",
    };
    group.therapyIds.push(card.therapyId);
    group.names.push(card.name);
    group.why = unique([...group.why, ...card.why]);
    group.sourceIds = unique([...group.sourceIds, ...card.sourceIds]);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, therapies: describeTherapies(group.therapyIds) }))
    .toSorted((a, b) => severityOf(b.level) - severityOf(a.level));
}

/**
 * The safety results said once (issue 14, shared/UX.md "Length"): a summary by level, the
 * therapies that say the same grouped, one merged line per topic, and the therapies with nothing
 * to say folded into one list. Used by the results page, the safety sheet and its PDF, so all
 * three use the same merged wording.
 */
export function safetyOverview(assessment: SafetyAssessment): SafetyOverview {
  const all = assessment.therapies
    .map(therapyCard)
    .toSorted((a, b) => severityOf(b.level) - severityOf(a.level));
  const cards = all.filter((card) => card.level !== "ok");
  const quiet = all.filter((card) => card.level === "ok").map((card) => card.therapyId);
  const levels: VerdictLevel[] = ["avoid", "ask-provider-first", "caution", "ok"];
  const summary = levels.flatMap((level): SummaryLine[] => {
    const ids = all.filter((card) => card.level === level).map((card) => card.therapyId);
    if (ids.length === 0) return [];
    return [{ level, count: ids.length, therapies: level === "ok" ? "" : describeTherapies(ids) }];
  });
  return { summary, groups: groupCards(cards), cards, quiet };
}
