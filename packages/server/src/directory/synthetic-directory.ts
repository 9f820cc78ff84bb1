import { addCalendarDays, type Coordinates } from "@painplan/core";
import { csvColumnNames, type CsvColumnName } from "./import-csv-columns.js";

/**
 * A made-up directory for demos and benchmarks, in our CSV format (so it goes through the same
 * import as real data). Every record is fictional and says so three times: `fictional` = yes
 * (the directory labels it), "(fictional)" in the name and practice, and the bio. No record has
 * an NPI (a made-up one could be a real provider's) or a real address: places are postal-code
 * centroids with a small offset. The same seed gives the same file, byte for byte.
 */
export type SyntheticOptions = {
  count: number;
  seed: number;
  /** Postal code → centroid (e.g. `postalCentroids("US")`), in a stable order. */
  centroids: readonly (readonly [string, Coordinates])[];
  /** Verification dates are spread over the two years before this day (YYYY-MM-DD). */
  asOf: string;
};

/** mulberry32: a small, fast, well-mixed 32-bit generator; enough for made-up data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const firstNames = [
  "Avery",
  "Jordan",
  "Rosa",
  "Mei",
  "Samir",
  "Ines",
  "Tomas",
  "Priya",
  "Kofi",
  "Lena",
  "Noor",
  "Dale",
  "Yuki",
  "Ana",
  "Theo",
  "Ruth",
];
const lastNames = [
  "Example",
  "Sample",
  "Placeholder",
  "Testwood",
  "Demo",
  "Mockley",
  "Fakhri",
  "Imaginary",
  "Notreal",
  "Madeup",
];
const studios = [
  "Quiet Hands",
  "Gentle Path",
  "Still Water",
  "Open Palm",
  "Slow Breath",
  "Kind Touch",
  "North Light",
  "Cedar",
];
const conditions = [
  "diabetic neuropathy",
  "chemotherapy-induced neuropathy",
  "post-herpetic neuralgia",
  "carpal tunnel syndrome",
  "sciatica",
];
const techniques = [
  "gentle",
  "light pressure",
  "oncology massage",
  "seated massage",
  "short sessions",
];
const insurers = ["Fictional Health Plan A", "Fictional Health Plan B", "Example Mutual"];

type Kind = { taxonomy: string; modalities: readonly string[]; isOnlineLikely: boolean };
const massage: Kind = {
  taxonomy: "225700000X",
  modalities: [
    "swedish-massage",
    "deep-tissue-massage",
    "trigger-point-therapy",
    "myofascial-release",
    "oncology-massage",
    "manual-lymphatic-drainage",
  ],
  isOnlineLikely: false,
};
const acupuncture: Kind = {
  taxonomy: "171100000X",
  modalities: ["traditional-acupuncture", "electroacupuncture"],
  isOnlineLikely: false,
};
const mindBody: Kind = {
  taxonomy: "",
  modalities: ["yoga-therapy", "mindfulness-teaching"],
  isOnlineLikely: true,
};

/** 70 % massage therapists, 20 % acupuncturists, 10 % yoga therapists and mindfulness teachers. */
const kindOf = (roll: number): Kind => (roll < 0.7 ? massage : roll < 0.9 ? acupuncture : mindBody);

function dayBefore(asOf: string, days: number): string {
  return addCalendarDays(asOf, -days);
}

/** The rows of a synthetic directory (cells in `csvColumnNames` order), one at a time. */
export function* syntheticRows(options: SyntheticOptions): Generator<string[]> {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const chance = (probability: number) => random() < probability;
  const some = <T>(items: readonly T[], most: number): T[] => [
    ...new Set(Array.from({ length: 1 + Math.floor(random() * most) }, () => pick(items))),
  ];
  if (options.centroids.length === 0)
    throw new Error("No postal-code centroids to place practitioners at.");
  for (let n = 1; n <= options.count; n += 1) {
    const kind = kindOf(random());
    const [postalCode, centre] = pick(options.centroids);
    const price60 = 50 + 5 * Math.floor(random() * 21);
    const isVerified = chance(0.6);
    const cells: Partial<Record<CsvColumnName, string>> = {
      external_id: `synthetic:${options.seed}:${String(n).padStart(7, "0")}`,
      name: `${pick(firstNames)} ${pick(lastNames)} (fictional)`,
      practice_name: `${pick(studios)} Studio (fictional)`,
      taxonomy_codes: kind.taxonomy,
      modalities: some(kind.modalities, 3).join(";"),
      licences:
        kind.taxonomy === ""
          ? ""
          : `FICTIONAL|FICT-${n}|${dayBefore(options.asOf, -365 - Math.floor(random() * 700))}`,
      years_in_practice: String(Math.floor(random() * 30)),
      neuropathy_conditions: chance(0.4) ? some(conditions, 2).join(";") : "",
      neuropathy_techniques: chance(0.4) ? some(techniques, 2).join(";") : "",
      languages: ["en", ...(chance(0.2) ? ["es"] : []), ...(chance(0.05) ? ["zh"] : [])].join(";"),
      address_line1: `${1 + Math.floor(random() * 999)} Example Street (fictional)`,
      city: `Fictional town near ${postalCode}`,
      postal_code: postalCode,
      country: "US",
      latitude: (centre.latitude + (random() - 0.5) * 0.02).toFixed(5),
      longitude: (centre.longitude + (random() - 0.5) * 0.02).toFixed(5),
      home_visits: chance(0.3) ? "yes" : "no",
      online: kind.isOnlineLikely && chance(0.7) ? "yes" : "no",
      step_free: chance(0.5) ? "yes" : "no",
      lowering_table: chance(0.3) ? "yes" : "no",
      parking: chance(0.6) ? "yes" : "no",
      currency: "USD",
      price_30: String(Math.round((price60 * 0.6) / 5) * 5),
      price_60: String(price60),
      price_90: String(Math.round((price60 * 1.4) / 5) * 5),
      payment_plans: chance(0.2) ? "yes" : "no",
      insurance: chance(0.3) ? some(insurers, 2).join(";") : "",
      superbills: chance(0.4) ? "yes" : "no",
      hsa_fsa: chance(0.5) ? "yes" : "no",
      accepting_new_clients: chance(0.6) ? "yes" : "no",
      availability: pick(["weekday mornings", "weekday evenings", "weekends", "by arrangement"]),
      bio: "A fictional practitioner made up for demos and benchmarks; not a real person or practice.",
      verified_on: isVerified ? dayBefore(options.asOf, Math.floor(random() * 730)) : "",
      verified_by: isVerified ? "Synthetic data (fictional)" : "",
      fictional: "yes",
    };
    if (cells.home_visits === "yes") {
      cells.home_visit_radius_km = String(5 + Math.floor(random() * 36));
      cells.home_visit_fee = String(5 * Math.floor(random() * 7));
    }
    if (chance(0.3)) {
      cells.sliding_scale_min = String(Math.round((price60 * 0.5) / 5) * 5);
      cells.sliding_scale_max = String(price60);
      cells.sliding_scale_note = "By household income; ask on the phone (fictional).";
    }
    yield csvColumnNames.map((column) => cells[column] ?? "");
  }
}
