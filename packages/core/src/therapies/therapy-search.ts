import type { Therapy } from "./therapy.js";
import type { TherapyKind } from "./therapy-ids.js";

export type TherapySearch = {
  kind?: TherapyKind | undefined;
  /**
   * Free text; every word must appear in the name, the other names, the summary or the longer
   * description (see `searchTherapies`).
   */
  text?: string | undefined;
};

/**
 * Lower case, accents removed ("Épaule" finds "epaule"), apostrophes dropped, and other
 * punctuation such as the dash in "Cat–cow" turned into spaces, so people need not type names
 * exactly.
 */
export function normalizeSearchText(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      // "child's" and "childs" should find the same pose.
      .replace(/['’]/g, "")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
  );
}

/** Plurals people type for body parts the library names in the singular, and back. */
const irregularForms: Readonly<Record<string, string>> = {
  feet: "foot",
  teeth: "tooth",
  knees: "knee",
};

/**
 * One form per word so "feet" finds "foot", "hands" finds "hand" and "toes" finds "toe": the
 * irregular plurals above, then a final "s" dropped from words of four letters or more (not
 * "ss": "stress" stays). Applied to the query and the text alike.
 */
export function searchWordForm(word: string): string {
  const irregular = irregularForms[word];
  if (irregular !== undefined) return irregular;
  if (word.length >= 4 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

function searchForms(text: string): string {
  return normalizeSearchText(text).split(" ").map(searchWordForm).join(" ");
}

/** Name, other names and the one-line summary: what a card shows. */
function headlineText(therapy: Therapy): string {
  return searchForms([therapy.name, ...therapy.searchTerms, therapy.summary].join(" | "));
}

/**
 * The longer description a person reads on the therapy's page: what it is, what to expect, the
 * supported variant, cues and steps. Cautions are left out: "not on numb feet" is not a therapy
 * for feet.
 */
function descriptionText(therapy: Therapy): string {
  const parts: string[] = [therapy.whatItIs, therapy.whatToExpect];
  if (therapy.kind === "yoga") parts.push(therapy.variantDescription, ...therapy.cues);
  if (therapy.kind === "mindfulness") parts.push(...therapy.steps);
  return searchForms(parts.join(" | "));
}

/**
 * The therapies of `catalog` that match: first those whose name, other names or summary hold
 * every word, then those where the words are only in the longer description ("feet" finds the
 * foot massage first, then poses whose cues mention the feet). Each group keeps the catalog's own
 * order (never by relevance, so a list does not jump around while someone types).
 */
export function searchTherapies(catalog: readonly Therapy[], search: TherapySearch): Therapy[] {
  const words = searchForms(search.text ?? "")
    .split(" ")
    .filter((word) => word !== "");
  const ofKind = catalog.filter(
    (therapy) => search.kind === undefined || therapy.kind === search.kind,
  );
  if (words.length === 0) return ofKind;
  const holdsAll = (text: string) => words.every((word) => text.includes(word));
  const inHeadline = ofKind.filter((therapy) => holdsAll(headlineText(therapy)));
  const inDescription = ofKind.filter(
    (therapy) =>
      !inHeadline.includes(therapy) &&
      holdsAll(`${headlineText(therapy)} | ${descriptionText(therapy)}`),
  );
  return [...inHeadline, ...inDescription];
}
