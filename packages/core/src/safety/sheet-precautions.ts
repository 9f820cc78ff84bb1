import type { SafetyAssessment } from "./safety-assessment.schema.js";
import { safetyOverview, type TherapyGroup } from "./safety-overview.js";
import type { VerdictLevel } from "./verdict-level.js";

export { describeTherapies } from "./therapy-names.js";

const levelWords: Record<Exclude<VerdictLevel, "ok">, string> = {
  avoid: "Do not use",
  "ask-provider-first": "Only after the person's provider agrees",
  caution: "With care",
};

/**
 * One group's line: "All yoga poses: With care. No hot or heated yoga. …". A "with care" line
 * gives what to do; a stricter one also says why. Areas come in only when nothing else is said
 * (where not to work is listed on the sheet by area).
 */
function groupLine(group: TherapyGroup): string | undefined {
  const said = [
    ...(group.level === "caution" ? [] : group.why),
    ...group.lines.map((line) => line.text),
  ];
  const areas = group.areas.map(
    (area) => `${area.text}: ${levelWords[area.level as Exclude<VerdictLevel, "ok">]}.`,
  );
  const words = said.length > 0 ? said : areas;
  if (words.length === 0) return undefined;
  return `${group.therapies}: ${levelWords[group.level]}. ${words.join(" ")}`;
}

/**
 * One short line per group of therapies that say the same, in the merged wording of the results
 * page (`safetyOverview`), most severe first; and one line for the questions still open.
 */
export function sheetPrecautions(assessment: SafetyAssessment): string[] {
  const { groups } = safetyOverview(assessment);
  const hasOpenQuestions = assessment.therapies.some((therapy) =>
    therapy.reasons.some((reason) => reason.basis === "open-question"),
  );
  return [
    ...groups.flatMap((group) => groupLine(group) ?? []),
    ...(hasOpenQuestions
      ? ["Some safety questions are not answered yet: ask the person before you start."]
      : []),
  ];
}
