import type { InstrumentDefinition } from "./instruments.schema.js";
import type { InstrumentSpec } from "./instrument-spec.js";
import type { InstalledText } from "./licensed-questionnaire.js";

/** The spec without its scorer (fields listed so a new definition field is a type error here). */
function describe(spec: InstrumentSpec): Omit<InstrumentDefinition, "items"> {
  return {
    id: spec.id,
    version: spec.version,
    title: spec.title,
    shortTitle: spec.shortTitle,
    purpose: spec.purpose,
    instructions: spec.instructions,
    recallPeriod: spec.recallPeriod,
    licence: spec.licence,
    copyright: spec.copyright,
    source: spec.source,
    loincPanelCode: spec.loincPanelCode,
    loincScoreCode: spec.loincScoreCode,
    scoring: spec.scoring,
    usesAnchorDate: spec.usesAnchorDate,
    showsCrisisSupport: spec.showsCrisisSupport,
    crisisItem: spec.crisisItem,
  };
}

/**
 * The definition people see. A free instrument carries its own text; a licensed one needs the
 * installed wording (undefined: not installed, so there is nothing to show).
 */
export function definitionOf(
  spec: InstrumentSpec,
  installed: InstalledText | undefined,
): InstrumentDefinition | undefined {
  if (spec.licence === "free") {
    return {
      ...describe(spec),
      items: spec.items.map((item) => ({ ...item, text: item.text ?? "" })),
    };
  }
  if (installed === undefined) return undefined;
  return {
    ...describe(spec),
    version: `licensed-${installed.version}`,
    copyright: installed.copyright,
    items: spec.items.map((item) => ({
      ...item,
      text: installed.items[item.linkId]?.text ?? "",
      groupText: installed.items[item.linkId]?.groupText ?? null,
    })),
  };
}
