import type { Therapy } from "./therapy.js";
import type { TherapyKind } from "./therapy-ids.js";

export type TherapySearch = {
  kind?: TherapyKind | undefined;
  /** Free text; every word must appear in the name, the other names or the summary. */
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

function searchableText(therapy: Therapy): string {
  return normalizeSearchText([therapy.name, ...therapy.searchTerms, therapy.summary].join(" | "));
}

/**
 * The therapies of `catalog` that match, in the catalog's own order (never by relevance, so a
 * list does not jump around while someone types).
 */
export function searchTherapies(catalog: readonly Therapy[], search: TherapySearch): Therapy[] {
  const words = normalizeSearchText(search.text ?? "")
    .split(" ")
    .filter((word) => word !== "");
  return catalog.filter((therapy) => {
    if (search.kind !== undefined && therapy.kind !== search.kind) return false;
    if (words.length === 0) return true;
    const haystack = searchableText(therapy);
    return words.every((word) => haystack.includes(word));
  });
}
