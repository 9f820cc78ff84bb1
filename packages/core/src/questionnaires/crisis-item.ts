import type { InstrumentDefinition } from "./instruments.schema.js";
import type { Answers } from "./questionnaire-response.schema.js";

/**
 * Whether the answers reach the instrument's crisis item (PHQ-9 item 9 above "not at all"):
 * the crisis panel then shows at once, on the same screen (clinical reference §1.11, §8). Works
 * on answers given so far, so a page can react before the form is sent. Never a diagnosis.
 */
export function crisisItemRaised(
  instrument: Pick<InstrumentDefinition, "crisisItem">,
  answers: Readonly<Partial<Answers>>,
): boolean {
  const item = instrument.crisisItem;
  if (item === null) return false;
  const answer = answers[item.linkId];
  return answer !== undefined && answer >= item.minimumValue;
}
