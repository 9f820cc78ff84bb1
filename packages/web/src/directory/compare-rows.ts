import { distanceWords, type PlanCostLine } from "@painplan/core";
import type { PractitionerProfileView } from "./practitioner-view";
import { planCostWords, priceListWords } from "./price-words";
import { verificationWords } from "./verification-words";

export type CompareRow = { label: string; cells: string[] };

type CompareContext = {
  today: string;
  country: string | null;
  planCostFor: (practitioner: PractitionerProfileView) => readonly PlanCostLine[];
};

const none = "—";

function listOrNone(values: readonly string[]): string {
  return values.length === 0 ? none : values.join("; ");
}

/**
 * The rows of the side-by-side table, one cell per practitioner, in the order a person weighs
 * them: is it safe and a fit, where, what it costs, can they start, how sure are the facts.
 * Every cell is words (a screen reader reads the table row by row).
 */
export function compareRows(
  practitioners: readonly PractitionerProfileView[],
  { today, country, planCostFor }: CompareContext,
): CompareRow[] {
  const row = (label: string, cell: (p: PractitionerProfileView) => string): CompareRow => ({
    label,
    cells: practitioners.map(cell),
  });
  return [
    row("Fit for you", (p) =>
      p.isMatch
        ? (p.fitSummary ?? listOrNone(p.whyThisMatch))
        : `Not a match: ${listOrNone(p.cautions)}`,
    ),
    row("Therapies", (p) => listOrNone(p.modalities.map((modality) => modality.name))),
    row("Distance", (p) => (p.distanceKm === null ? none : distanceWords(p.distanceKm, country))),
    row("Where", (p) => listOrNone(p.settings)),
    row("Prices", (p) => priceListWords(p.prices)),
    row("Your plan with them", (p) => listOrNone(planCostFor(p).map(planCostWords))),
    row("Sliding scale", (p) => p.slidingScale ?? "No"),
    row("Insurance", (p) => listOrNone(p.insurance)),
    row("Payment", (p) => listOrNone(p.payments)),
    row("Taking new clients", (p) => {
      const value = p.accepting.value ? "Yes" : "No";
      return `${value} (${verificationWords(p.accepting.verification, today).text})`;
    }),
    row("Licences", (p) =>
      listOrNone(
        p.licences.map(
          (licence) => `${licence.text} (${verificationWords(licence.verification, today).text})`,
        ),
      ),
    ),
    row("Nerve pain experience", (p) => listOrNone(p.neuropathyExperience)),
    row("Years in practice", (p) =>
      p.yearsInPractice === null ? none : String(p.yearsInPractice),
    ),
    row("Languages", (p) => listOrNone(p.languages)),
    row("Access", (p) => listOrNone(p.accessibility)),
  ];
}
