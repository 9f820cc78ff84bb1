/**
 * Things that can lie behind neuropathic pain, as a person would name them. Ids are stored with
 * the pain profile: never rename one. The labels are plain words, not diagnoses: the person
 * says whether a clinician has confirmed it (`isDiagnosed`).
 */
export const painCauses = [
  { id: "diabetes-type-1", label: "Diabetes, type 1" },
  { id: "diabetes-type-2", label: "Diabetes, type 2" },
  { id: "chemotherapy", label: "Chemotherapy" },
  { id: "multiple-sclerosis", label: "Multiple sclerosis" },
  { id: "spinal-cord-injury", label: "Spinal cord injury" },
  { id: "shingles", label: "Shingles (pain that stayed after it: post-herpetic neuralgia)" },
  { id: "hiv", label: "HIV" },
  { id: "vitamin-b12-deficiency", label: "Low vitamin B12" },
  { id: "alcohol", label: "Alcohol" },
  { id: "nerve-entrapment", label: "A trapped nerve (such as carpal tunnel)" },
  {
    id: "sciatica-radiculopathy",
    label: "Sciatica, or a pinched nerve root in the back or neck (radiculopathy)",
  },
  { id: "trigeminal-neuralgia", label: "Trigeminal neuralgia (sudden, shock-like face pain)" },
  { id: "unknown", label: "Not known" },
  { id: "other", label: "Something else" },
] as const;

export type PainCauseId = (typeof painCauses)[number]["id"];

export const painCauseIds = painCauses.map((cause) => cause.id) as [PainCauseId, ...PainCauseId[]];

/** Suggestions for a medication's dose unit; any short text is accepted. */
export const medicationUnitSuggestions = [
  "mg",
  "mcg",
  "g",
  "ml",
  "%",
  "IU",
  "tablet",
  "capsule",
  "patch",
  "drop",
  "spray",
] as const;

export const painProfileLimits = {
  causesMax: painCauses.length,
  medicationsMax: 50,
  otherTreatmentsMax: 50,
  nameMaxLength: 120,
  unitMaxLength: 20,
  frequencyMaxLength: 80,
  noteMaxLength: 500,
  earliestYear: 1900,
} as const;
