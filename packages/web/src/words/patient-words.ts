/**
 * Phrases that are for us, not for patients: our review process ("checked against the source",
 * "not yet fully confirmed") and record bookkeeping ("version 11"). Issue 14 asks that no screen,
 * sheet or PDF a patient sees says them. Each is a case-insensitive pattern with the reason.
 */
export const phrasesNotForPatients: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /checked against (the|a) source/i, why: "our review process, not the reader's" },
  { pattern: /not yet fully confirmed/i, why: "says we are unsure without saying how to act" },
  { pattern: /\bversion (\d+|\$\{)/i, why: "a record number means nothing to a person" },
];

/** The phrases a piece of text contains ([] when it is fine to show a patient). */
export function phrasesNotForPatientsIn(text: string): string[] {
  return phrasesNotForPatients.flatMap(({ pattern }) => {
    const match = pattern.exec(text);
    return match === null ? [] : [match[0]];
  });
}
