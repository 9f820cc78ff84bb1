import type { SafetyAssessment } from "./safety-assessment.schema.js";
import { therapyIdsByKind, type TherapyId, type TherapyKind } from "../therapies/therapy-ids.js";
import type { VerdictLevel } from "./verdict-level.js";

const kindNames: Record<TherapyKind, string> = {
  massage: "All massage",
  acupuncture: "All acupuncture",
  yoga: "All yoga poses",
  mindfulness: "All mindfulness practices",
  other: "All other therapies",
};

const specialNames: Partial<Record<TherapyId, string>> = { tens: "TENS" };

const levelWords: Record<Exclude<VerdictLevel, "ok">, string> = {
  avoid: "Do not use",
  "ask-provider-first": "Only after the person's provider agrees",
  caution: "With care",
};

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

/**
 * One short line per rule that limits a whole therapy, most severe first, and one line for the
 * questions still open. Area limits are listed separately on the sheet.
 */
export function sheetPrecautions(assessment: SafetyAssessment): string[] {
  const lines = new Map<string, { level: VerdictLevel; therapyIds: TherapyId[]; line: string }>();
  let hasOpenQuestions = false;
  for (const therapy of assessment.therapies) {
    for (const reason of therapy.reasons) {
      if (reason.basis === "open-question") {
        hasOpenQuestions = true;
        continue;
      }
      const key = `${reason.ruleId}|${reason.level}|${reason.text}`;
      const entry = lines.get(key) ?? {
        level: reason.level,
        therapyIds: [],
        line: [reason.text, ...reason.instructions].join(" "),
      };
      entry.therapyIds.push(therapy.therapyId);
      lines.set(key, entry);
    }
  }
  const order: VerdictLevel[] = ["avoid", "ask-provider-first", "caution", "ok"];
  const sorted = [...lines.values()].sort(
    (a, b) => order.indexOf(a.level) - order.indexOf(b.level),
  );
  return [
    ...sorted.map(({ level, therapyIds, line }) =>
      level === "ok" ? line : `${describeTherapies(therapyIds)}: ${levelWords[level]}. ${line}`,
    ),
    ...(hasOpenQuestions
      ? ["Some safety questions are not answered yet: ask the person before you start."]
      : []),
  ];
}
