import type { Answers, InstrumentDefinition } from "@painplan/core";

/**
 * The answers a person sends about themself: the self-report items only. A clinician's
 * examination items (DN4) are never sent from this form, even from an old saved draft: the
 * server refuses them with 403 (reference §7).
 */
export function patientAnswers(definition: InstrumentDefinition, answers: Answers): Answers {
  const own = new Set(
    definition.items.filter((item) => item.part === "self-report").map((item) => item.linkId),
  );
  return Object.fromEntries(Object.entries(answers).filter(([linkId]) => own.has(linkId)));
}
