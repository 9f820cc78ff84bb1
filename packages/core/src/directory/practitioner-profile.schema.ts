import { z } from "zod";
import { isCurrencyCode, maxAmountMinor } from "../costs/money.js";
import { personText } from "../text/text.schema.js";
import { npiProblem } from "./npi.js";
import { isNuccTaxonomyCode } from "./nucc-taxonomy.js";
import { practitionerModalities } from "./practitioner-modalities.js";

/**
 * A practitioner profile (issue 13): who they are, what they offer, where, for how much, and —
 * for every credential and for "accepting new clients" — when it was last verified and by whom.
 * `practitionerProfileInputSchema` is what a practitioner (or the import) writes;
 * `practitionerProfileSchema` is what the API shows.
 */

/** Who last verified a fact: the practitioner themself, an admin with evidence, or an import file. */
export const verificationSources = ["self", "admin", "import"] as const;
export type VerificationSource = (typeof verificationSources)[number];

export const verificationOutcomes = ["confirmed", "not-confirmed"] as const;
export type VerificationOutcome = (typeof verificationOutcomes)[number];

/** When a fact was last verified and by whom; null on a profile = never verified. */
export const verificationSchema = z.object({
  source: z.enum(verificationSources),
  outcome: z.enum(verificationOutcomes),
  verifiedAt: z.iso.datetime({ offset: true }),
  /** The verifier's user id (null for an import). */
  verifiedBy: z.string().nullable(),
  /** The verifier's name as shown ("Admin Ada", "NPPES file of 2026-10-12"). */
  verifiedByName: z.string(),
  /** What the admin looked at (licence board look-up, document), or the import file's name. */
  evidence: z.string().nullable(),
});
export type Verification = z.output<typeof verificationSchema>;

/** Facts older than this are "stale": labelled and ranked lower (directories go out of date). */
export const staleAfterDays = 365;

const shortText = (label: string, maxLength = 120, minLength = 0) =>
  personText({ maxLength, label, isTrimmed: true, minLength });

const minorAmount = (label: string) =>
  z
    .number({ error: `${label} must be a number.` })
    .int({ error: `${label} is a whole number of minor units (cents).` })
    .min(0, { error: `${label} cannot be negative.` })
    .max(maxAmountMinor / 100, { error: `${label} is too large.` });

/** Highest price per session accepted: 10,000.00 in a two-digit currency (larger is a typo). */
export const maxSessionPriceMinor = 1_000_000;

const priceMinor = (label: string) =>
  z
    .number({ error: `${label} must be a number.` })
    .int({ error: `${label} is a whole number of minor units (cents).` })
    .min(0, { error: `${label} cannot be negative.` })
    .max(maxSessionPriceMinor, { error: `${label} is more than 10,000 per session; check it.` });

export const sessionLengths = [30, 60, 90] as const;
export type SessionLength = (typeof sessionLengths)[number];

export const npiSchema = z
  .string({ error: "The NPI is text." })
  .regex(/^\d{10}$/, { error: "An NPI is 10 digits." })
  .refine((value) => npiProblem(value) === undefined, {
    error: "This NPI's last digit does not match (check digit); check for a typo.",
  });

export const taxonomyCodeSchema = z
  .string({ error: "The taxonomy code is text." })
  .regex(/^[0-9A-Z]{9}X$/, { error: "A NUCC taxonomy code is 10 characters, e.g. 225700000X." })
  .refine(isNuccTaxonomyCode, { error: "Not a code of the NUCC taxonomy (version 22.0)." });

const isoDate = z.iso.date({ error: "A date as YYYY-MM-DD." });

export const licenceInputSchema = z.strictObject({
  /** Keeps a licence's verification across edits; omitted for a new licence. */
  id: z.uuid("Not a valid id.").optional(),
  number: shortText("The licence number", 40, 1),
  /** The state (e.g. "NY") or licensing body. */
  issuer: shortText("The state or licensing body", 120, 1),
  expiresOn: isoDate.nullable().default(null),
});

export const certificationInputSchema = z.strictObject({
  id: z.uuid("Not a valid id.").optional(),
  name: shortText("The certification", 120, 1),
  issuer: shortText("Who issued it", 120, 1),
  expiresOn: isoDate.nullable().default(null),
});

export const addressSchema = z.strictObject({
  line: shortText("The street address", 200),
  city: shortText("The city", 100, 1),
  region: shortText("The state or region", 100),
  postalCode: z.string().regex(/^[A-Za-z0-9 -]{3,10}$/, { error: "A postal code, e.g. 10001." }),
  /** ISO 3166-1 alpha-2, e.g. "US". */
  country: z.string().regex(/^[A-Z]{2}$/, { error: "A two-letter country code, e.g. US." }),
});

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

export const practitionerProfileInputSchema = z
  .strictObject({
    displayName: shortText("The name", 120, 1),
    practiceName: shortText("The practice name", 160).nullable().default(null),
    npi: npiSchema.nullable().default(null),
    taxonomyCodes: z.array(taxonomyCodeSchema).max(10).default([]),
    modalities: z
      .array(z.enum(practitionerModalities, { error: "Choose a modality from the library." }))
      .min(1, { error: "Choose at least one modality." })
      .max(practitionerModalities.length),
    licences: z.array(licenceInputSchema).max(10).default([]),
    certifications: z.array(certificationInputSchema).max(20).default([]),
    yearsInPractice: z.number().int().min(0).max(70).nullable().default(null),
    neuropathyConditions: z
      .array(shortText("A condition", 80, 1))
      .max(20)
      .default([]),
    neuropathyTechniques: z
      .array(shortText("A technique", 80, 1))
      .max(20)
      .default([]),
    neuropathyExperience: personText({
      maxLength: 1000,
      label: "The neuropathy experience",
      isMultiline: true,
    }).default(""),
    languages: z
      .array(shortText("A language", 40, 1))
      .max(20)
      .default([]),
    clinic: addressSchema.nullable().default(null),
    /** Coordinates of the clinic; when omitted, the server takes the postal code's centroid. */
    location: z.strictObject({ latitude, longitude }).nullable().default(null),
    homeVisits: z
      .strictObject({
        radiusKm: z.number().int().min(1).max(200),
        travelFeeMinor: minorAmount("The travel fee"),
      })
      .nullable()
      .default(null),
    offersOnline: z.boolean().default(false),
    accessibility: z
      .strictObject({
        isStepFree: z.boolean(),
        hasLoweringTable: z.boolean(),
        hasParking: z.boolean(),
      })
      .default({ isStepFree: false, hasLoweringTable: false, hasParking: false }),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: "A currency code, e.g. USD." })
      .refine(isCurrencyCode, { error: "Not a known currency code (ISO 4217, e.g. USD or EUR)." }),
    prices: z.strictObject({
      minutes30: priceMinor("The 30-minute price").nullable(),
      minutes60: priceMinor("The 60-minute price").nullable(),
      minutes90: priceMinor("The 90-minute price").nullable(),
    }),
    slidingScale: z
      .strictObject({
        fromMinor: priceMinor("The lowest sliding-scale price"),
        toMinor: priceMinor("The highest sliding-scale price"),
        howDecided: personText({ maxLength: 500, label: "How it is decided", isMultiline: true }),
      })
      .nullable()
      .default(null),
    offersPaymentPlans: z.boolean().default(false),
    packages: personText({ maxLength: 500, label: "The packages", isMultiline: true }).default(""),
    insuranceAccepted: z
      .array(shortText("An insurer", 80, 1))
      .max(30)
      .default([]),
    providesSuperbills: z.boolean().default(false),
    acceptsHsaFsa: z.boolean().default(false),
    isAcceptingNewClients: z.boolean(),
    availability: personText({
      maxLength: 500,
      label: "The availability",
      isMultiline: true,
    }).default(""),
    bio: personText({ maxLength: 4000, label: "The bio", isMultiline: true }).default(""),
  })
  .superRefine((profile, context) => {
    const scale = profile.slidingScale;
    if (scale !== null && scale.fromMinor > scale.toMinor) {
      context.addIssue({
        code: "custom",
        path: ["slidingScale", "toMinor"],
        message: "The highest sliding-scale price is below the lowest.",
      });
    }
    if (profile.clinic === null && profile.homeVisits === null && !profile.offersOnline) {
      context.addIssue({
        code: "custom",
        path: ["clinic"],
        message: "Give a clinic address, home visits or online sessions.",
      });
    }
    if (profile.homeVisits !== null && profile.clinic === null && profile.location === null) {
      context.addIssue({
        code: "custom",
        path: ["location"],
        message: "Home visits need a base: a clinic address or coordinates.",
      });
    }
  });
export type PractitionerProfileInput = z.input<typeof practitionerProfileInputSchema>;
export type PractitionerProfileValues = z.output<typeof practitionerProfileInputSchema>;

export const licenceSchema = z.object({
  id: z.string(),
  number: z.string(),
  issuer: z.string(),
  expiresOn: z.string().nullable(),
  verification: verificationSchema.nullable(),
});
export type Licence = z.output<typeof licenceSchema>;

export const certificationSchema = z.object({
  id: z.string(),
  name: z.string(),
  issuer: z.string(),
  expiresOn: z.string().nullable(),
  verification: verificationSchema.nullable(),
});
export type Certification = z.output<typeof certificationSchema>;

export const taxonomyViewSchema = z.object({ code: z.string(), label: z.string() });

/** A profile as the API shows it. */
export const practitionerProfileSchema = z.object({
  id: z.string(),
  /** The practitioner's own account, when self-registered (null for an imported profile). */
  userId: z.string().nullable(),
  /** Synthetic records for demos and benchmarks: always shown as fictional. */
  isFictional: z.boolean(),
  displayName: z.string(),
  practiceName: z.string().nullable(),
  npi: z.string().nullable(),
  npiVerification: verificationSchema.nullable(),
  taxonomies: z.array(taxonomyViewSchema),
  modalities: z.array(z.enum(practitionerModalities)),
  licences: z.array(licenceSchema),
  certifications: z.array(certificationSchema),
  yearsInPractice: z.number().nullable(),
  neuropathyConditions: z.array(z.string()),
  neuropathyTechniques: z.array(z.string()),
  neuropathyExperience: z.string(),
  languages: z.array(z.string()),
  clinic: z
    .object({
      line: z.string(),
      city: z.string(),
      region: z.string(),
      postalCode: z.string(),
      country: z.string(),
    })
    .nullable(),
  location: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
  homeVisits: z.object({ radiusKm: z.number(), travelFeeMinor: z.number() }).nullable(),
  offersOnline: z.boolean(),
  accessibility: z.object({
    isStepFree: z.boolean(),
    hasLoweringTable: z.boolean(),
    hasParking: z.boolean(),
  }),
  currency: z.string(),
  prices: z.object({
    minutes30: z.number().nullable(),
    minutes60: z.number().nullable(),
    minutes90: z.number().nullable(),
  }),
  slidingScale: z
    .object({ fromMinor: z.number(), toMinor: z.number(), howDecided: z.string() })
    .nullable(),
  offersPaymentPlans: z.boolean(),
  packages: z.string(),
  insuranceAccepted: z.array(z.string()),
  providesSuperbills: z.boolean(),
  acceptsHsaFsa: z.boolean(),
  isAcceptingNewClients: z.boolean(),
  acceptingVerification: verificationSchema.nullable(),
  availability: z.string(),
  bio: z.string(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type PractitionerProfile = z.output<typeof practitionerProfileSchema>;
