import type { SafetyReason } from "./safety-assessment.schema.js";
import type { SafetySourceId } from "./safety-sources.js";
import { mostSevere, type VerdictLevel } from "./verdict-level.js";

/**
 * What an instruction is about, when several rules speak about the same thing in different
 * words. `rank`: higher is stricter. `lead` is the merged wording at that rank; `examples` are
 * the things it names ("hot stones"), kept and said once in the merged line.
 */
type InstructionTopic = {
  topic: "pressure" | "heat" | "skin-check";
  rank: number;
  lead: string;
  examples: readonly string[];
};

/**
 * The instructions of the rules (rules/*.rules.ts) that say the same thing at different
 * strengths. The rank order follows the rules' own reading of reference §3.1 (reduced sensation:
 * "light pressure, no heat"; blood thinners: "light pressure only"): light pressure is stricter
 * than light-to-moderate, which is stricter than "no deep pressure" on one limb; no heat at all
 * is stricter than no heat sources, which is stricter than no heat on the feet. An instruction
 * not listed here is its own topic: it is kept word for word (repeats said once).
 */
const topicsByInstruction: Readonly<Record<string, InstructionTopic>> = {
  "No deep pressure on the affected arm or leg.": {
    topic: "pressure",
    rank: 1,
    lead: "No deep pressure on the affected arm or leg",
    examples: [],
  },
  "No deep pressure on a limb with lymphoedema or at risk of it.": {
    topic: "pressure",
    rank: 1,
    lead: "No deep pressure on a limb with lymphoedema or at risk of it",
    examples: [],
  },
  "Light to moderate pressure.": {
    topic: "pressure",
    rank: 2,
    lead: "Light to moderate pressure",
    examples: [],
  },
  "Light pressure.": { topic: "pressure", rank: 3, lead: "Light pressure only", examples: [] },
  "Light pressure only.": { topic: "pressure", rank: 3, lead: "Light pressure only", examples: [] },
  "Gentle pressure only.": {
    topic: "pressure",
    rank: 3,
    lead: "Light pressure only",
    examples: [],
  },
  "No heat on the feet: no hot-water bottles, heating pads or soaking.": {
    topic: "heat",
    rank: 1,
    lead: "No heat on the feet",
    examples: ["hot-water bottles", "heating pads", "soaking"],
  },
  "No hot stones, heat packs or hot water.": {
    topic: "heat",
    rank: 2,
    lead: "No added heat",
    examples: ["hot stones", "heat packs", "hot water"],
  },
  "No hot stones, heat packs, sauna or hot tub.": {
    topic: "heat",
    rank: 2,
    lead: "No added heat",
    examples: ["hot stones", "heat packs", "sauna", "hot tub"],
  },
  "No heat.": { topic: "heat", rank: 3, lead: "No heat", examples: [] },
  "Check the skin before and after.": {
    topic: "skin-check",
    rank: 1,
    lead: "Check the skin before and after",
    examples: [],
  },
};

/** The topic of an instruction as the rules word it, or undefined when it stands alone. */
export function instructionTopic(instruction: string): InstructionTopic | undefined {
  return topicsByInstruction[instruction];
}

/** One instruction after merging: the strictest wording of its topic and every reason behind it. */
export type MergedInstruction = {
  /** The topic ("pressure", "heat", …), or the instruction itself when it has none. */
  topic: string;
  /** What to do, in one sentence. */
  text: string;
  /** The most severe level of the reasons behind it. */
  level: VerdictLevel;
  /** Every instruction merged into this one, word for word, strictest first. */
  merged: string[];
  /** The reasons ("why") behind it, each once, in the order met. */
  reasons: string[];
  sourceIds: SafetySourceId[];
};

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1) ?? ""}`;
}

type Gathered = {
  topic: string;
  entries: { instruction: string; rank: number; lead: string; examples: readonly string[] }[];
  reasons: SafetyReason[];
};

function wordingOf(gathered: Gathered): { text: string; merged: string[] } {
  const byRank = gathered.entries.toSorted((a, b) => b.rank - a.rank);
  const strictest = byRank[0];
  if (strictest === undefined) throw new Error("A merged instruction needs an instruction.");
  const merged = unique(byRank.map((entry) => entry.instruction));
  if (merged.length === 1) return { text: strictest.instruction, merged };
  const examples = unique(byRank.flatMap((entry) => entry.examples));
  const text =
    examples.length === 0 ? `${strictest.lead}.` : `${strictest.lead} (${listed(examples)}).`;
  return { text, merged };
}

/**
 * The instructions of some reasons, merged: one line per topic (pressure, heat, …) in the
 * strictest wording the reasons give, naming every example once ("No heat (hot stones, heat
 * packs, hot water or soaking)"); instructions with no topic are kept word for word, each once.
 * Each line keeps the texts of all its reasons and the most severe of their levels. Order: most
 * severe first, then as first met. Never longer than the instructions it merges.
 */
export function mergeInstructions(reasons: readonly SafetyReason[]): MergedInstruction[] {
  const gathered = new Map<string, Gathered>();
  for (const reason of reasons) {
    for (const instruction of reason.instructions) {
      const known = instructionTopic(instruction);
      const topic = known?.topic ?? instruction;
      const entry = gathered.get(topic) ?? { topic, entries: [], reasons: [] };
      entry.entries.push({
        instruction,
        rank: known?.rank ?? 0,
        lead: known?.lead ?? instruction,
        examples: known?.examples ?? [],
      });
      if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
      gathered.set(topic, entry);
    }
  }
  const lines = [...gathered.values()].map((entry): MergedInstruction => {
    const { text, merged } = wordingOf(entry);
    return {
      topic: entry.topic,
      text,
      level: mostSevere(entry.reasons.map((reason) => reason.level)),
      merged,
      reasons: unique(entry.reasons.map((reason) => reason.text)),
      sourceIds: unique(entry.reasons.map((reason) => reason.sourceId)),
    };
  });
  const order = ["avoid", "ask-provider-first", "caution", "ok"];
  return lines.toSorted((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
}
