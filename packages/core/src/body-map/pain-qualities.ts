/**
 * What a pain feels like. Labels are plain words; the hint gives the clinical term a
 * clinician would use. Ids are stored: never rename one.
 */
export const painQualities = [
  { id: "burning", label: "Burning", hint: "Hot or burning pain" },
  { id: "tingling", label: "Tingling / pins and needles", hint: "Paraesthesia" },
  { id: "shooting", label: "Shooting / electric", hint: "Electric-shock-like, paroxysmal pain" },
  { id: "stabbing", label: "Stabbing", hint: "Sharp, stabbing pain" },
  { id: "numbness", label: "Numbness", hint: "Reduced feeling (hypoaesthesia)" },
  { id: "painful-cold", label: "Painful cold", hint: "Cold that hurts" },
  { id: "itching", label: "Itching", hint: "Pruritus" },
  {
    id: "touch-hypersensitivity",
    label: "Pain from light touch",
    hint: "Touch hypersensitivity (allodynia): clothes or sheets hurt",
  },
  { id: "deep-aching", label: "Deep aching", hint: "Deep, pressing or aching pain" },
] as const;

export type PainQualityId = (typeof painQualities)[number]["id"];

export const painQualityIds = painQualities.map((quality) => quality.id) as [
  PainQualityId,
  ...PainQualityId[],
];
