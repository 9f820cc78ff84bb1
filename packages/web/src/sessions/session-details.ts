import {
  sessionLimits,
  type RegionPain,
  type SessionCharge,
  type SessionChargeInput,
} from "@painplan/core";

/** One area's pain in the form: before and after, each 0–10 or not noted. */
export type RegionPainDraft = RegionPain;

/** A form problem next to its field (the API's field path). */
type Problem = { path: string; message: string };

/** "effleurage, trigger points," → ["effleurage", "trigger points"]: commas part them. */
export function techniquesOf(text: string): string[] {
  return text
    .split(",")
    .map((technique) => technique.trim())
    .filter((technique) => technique !== "");
}

/** What the form shows for saved techniques: the same list, parted by commas. */
export function techniquesText(techniques: readonly string[]): string {
  return techniques.join(", ");
}

/** Too many techniques or one too long, in the words the field shows; else undefined. */
export function techniquesProblem(techniques: readonly string[]): Problem | undefined {
  const { techniquesMax, techniqueMaxLength } = sessionLimits;
  if (techniques.length > techniquesMax) {
    return { path: "techniques", message: `List at most ${techniquesMax} techniques.` };
  }
  if (techniques.some((technique) => technique.length > techniqueMaxLength)) {
    return {
      path: "techniques",
      message: `Keep each technique to ${techniqueMaxLength} characters at most.`,
    };
  }
  return undefined;
}

/**
 * The pain by area a draft sends: areas with at least one score (an area added and left blank
 * says nothing), or null when none has a score (as a session logged without that detail).
 */
export function regionPainOf(list: readonly RegionPainDraft[]): RegionPain[] | null {
  const scored = list.filter((region) => region.before !== null || region.after !== null);
  return scored.length === 0 ? null : scored.map((region) => ({ ...region }));
}

/** Same areas in the same order with the same scores (null and no areas are the same). */
export function sameRegionPain(a: readonly RegionPain[] | null, b: readonly RegionPain[] | null) {
  const left = a ?? [];
  const right = b ?? [];
  return (
    left.length === right.length &&
    left.every((region, index) => {
      const other = right[index];
      return (
        other !== undefined &&
        region.regionId === other.regionId &&
        region.before === other.before &&
        region.after === other.after
      );
    })
  );
}

/** The same price in the same currency, paid the same way (from the same package). */
export function sameCharge(a: SessionChargeInput | null, b: SessionCharge | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.price.amountMinor === b.price.amountMinor &&
    a.price.currency === b.price.currency &&
    a.paidBy === b.paidBy &&
    a.packageId === b.packageId
  );
}

/**
 * The charge a changed price makes: a session paid from a package keeps its package while it
 * is still paid so, and the receipt note (not on the form) is kept as saved.
 */
export function changedCharge(
  price: { amountMinor: number; currency: string },
  paidBy: SessionChargeInput["paidBy"],
  saved: SessionCharge | null,
): SessionChargeInput {
  return {
    price,
    paidBy,
    packageId: paidBy === "package" ? (saved?.packageId ?? null) : null,
    receiptNote: saved?.receiptNote ?? null,
  };
}
