import { z } from "zod";
import { isCurrencyCode } from "../costs/money.js";
import { personText } from "../text/text.schema.js";
import { practitionerModalities, type PractitionerModality } from "./practitioner-modalities.js";
import { practitionerProfileSchema, sessionLengths } from "./practitioner-profile.schema.js";

/** Farthest search radius (km); beyond this "near me" means nothing. */
export const maxRadiusKm = 500;
export const defaultRadiusKm = 25;

/** "true" / "false" in a query string (a bare boolean coercion would read "false" as true). */
const queryFlag = z
  .enum(["true", "false"], { error: "Use true or false." })
  .transform((value) => value === "true")
  .optional();

/** A cursor this server made (base64url), decoded and checked by the server. */
const cursorSchema = z
  .string()
  .max(300)
  .regex(/^[A-Za-z0-9_-]*$/, {
    error: "This page link is not valid. Start again from the first page.",
  });

/** An ISO 4217 code in upper case, known to this runtime. */
export const currencyFieldSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: "A currency code, e.g. USD." })
  .refine(isCurrencyCode, { error: "Not a known currency code (ISO 4217, e.g. USD or EUR)." });

const modalityList = z
  .string()
  .max(400)
  .regex(/^[a-z, -]*$/, { error: "Modalities as a comma-separated list, e.g. swedish-massage." })
  .transform((value, context) => {
    const items = value
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
    const unknown = items.filter(
      (item) => !(practitionerModalities as readonly string[]).includes(item),
    );
    if (unknown.length > 0) {
      context.addIssue({ code: "custom", message: `Unknown modality: ${unknown.join(", ")}.` });
      return z.NEVER;
    }
    return [...new Set(items)] as PractitionerModality[];
  });

const coordinate = (min: number, max: number, label: string) =>
  z.coerce
    .number({ error: `${label} is a number.` })
    .min(min, { error: `${label} is between ${min} and ${max}.` })
    .max(max, { error: `${label} is between ${min} and ${max}.` });

export const searchSorts = ["fit", "distance", "price"] as const;
export type SearchSort = (typeof searchSorts)[number];

/**
 * Where to search from and what to filter on (issue 13). Distance needs a postal code (US
 * centroids) or coordinates; without either, only online practitioners and the other filters apply.
 */
export const directorySearchQuerySchema = z
  .strictObject({
    q: personText({ maxLength: 100, label: "The search", isTrimmed: true }).optional(),
    postalCode: z
      .string()
      .regex(/^[A-Za-z0-9 -]{3,10}$/, { error: "A postal code, e.g. 10001." })
      .optional(),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, { error: "A two-letter country code, e.g. US." })
      .default("US"),
    latitude: coordinate(-90, 90, "The latitude").optional(),
    longitude: coordinate(-180, 180, "The longitude").optional(),
    radiusKm: z.coerce
      .number({ error: "The radius is a number of km." })
      .gt(0, { error: "The radius is more than 0 km." })
      .max(maxRadiusKm, { error: `The radius is at most ${maxRadiusKm} km.` })
      .default(defaultRadiusKm),
    modalities: modalityList.optional(),
    hasNeuropathyExperience: queryFlag,
    /** Words looked for in the techniques and conditions (e.g. "gentle", "oncology"). */
    technique: personText({ maxLength: 60, label: "The technique", isTrimmed: true }).optional(),
    language: personText({ maxLength: 40, label: "The language", isTrimmed: true }).optional(),
    /** An insurer's name, or any insurance when "any". */
    insurer: personText({ maxLength: 80, label: "The insurer", isTrimmed: true }).optional(),
    hasSlidingScale: queryFlag,
    /** Takes insurance or offers a sliding scale (either will do). */
    isInsuranceOrSlidingScale: queryFlag,
    providesSuperbills: queryFlag,
    acceptsHsaFsa: queryFlag,
    offersPaymentPlans: queryFlag,
    /** Comes to the person's home (their point within the practitioner's home-visit radius). */
    offersHomeVisits: queryFlag,
    offersOnline: queryFlag,
    isStepFree: queryFlag,
    hasLoweringTable: queryFlag,
    hasParking: queryFlag,
    isAcceptingNewClients: queryFlag,
    /** Only practitioners with a licence an admin confirmed. */
    hasVerifiedLicence: queryFlag,
    /** Most a session of `sessionMinutes` may cost, in minor units of `currency`. */
    maxPriceMinor: z.coerce
      .number({ error: "The price is a number." })
      .int({ error: "The price is a whole number of minor units (cents)." })
      .min(0, { error: "The price cannot be negative." })
      .max(1_000_000, { error: "The price is more than 10,000 per session; check it." })
      .optional(),
    sessionMinutes: z.coerce
      .number()
      .pipe(z.union(sessionLengths.map((length) => z.literal(length))))
      .default(60),
    currency: currencyFieldSchema.default("USD"),
    sort: z.enum(searchSorts, { error: "Sort by fit, distance or price." }).default("fit"),
    cursor: cursorSchema.optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .superRefine((query, context) => {
    const hasLatitude = query.latitude !== undefined;
    if (hasLatitude !== (query.longitude !== undefined)) {
      context.addIssue({
        code: "custom",
        path: [hasLatitude ? "longitude" : "latitude"],
        message: "Give both latitude and longitude.",
      });
    }
    if (hasLatitude && query.postalCode !== undefined) {
      context.addIssue({
        code: "custom",
        path: ["postalCode"],
        message: "Give a postal code or coordinates, not both.",
      });
    }
    const hasPlace = hasLatitude || query.postalCode !== undefined;
    if (!hasPlace && (query.sort === "distance" || query.offersHomeVisits === true)) {
      context.addIssue({
        code: "custom",
        path: ["postalCode"],
        message: "Give a postal code (or coordinates) to search by distance or home visits.",
      });
    }
  });
export type DirectorySearchQuery = z.output<typeof directorySearchQuerySchema>;
export type DirectorySearchQueryInput = z.input<typeof directorySearchQuerySchema>;

export const fitReasonKinds = ["match", "mismatch", "caution", "unverified", "stale"] as const;

/** One reason in "why this match", in words. */
export const fitReasonSchema = z.object({
  kind: z.enum(fitReasonKinds),
  text: z.string(),
});
export type FitReason = z.output<typeof fitReasonSchema>;

export const fitLevels = ["good", "fair", "weak", "not-a-match"] as const;
export type FitLevel = (typeof fitLevels)[number];

/** The fit score explained (core `scoreFit`). */
export const fitSchema = z.object({
  /** 0–100; always 0 when `level` is "not-a-match". */
  score: z.number().int().min(0).max(100),
  level: z.enum(fitLevels),
  /** One line: "8 km · neuropathy experience · sliding scale from 50 USD · licence verified 3 months ago". */
  summary: z.string(),
  reasons: z.array(fitReasonSchema),
  /** Modalities the person's safety intake says to avoid: shown, never ranked as a match. */
  avoidModalities: z.array(
    z.object({ modality: z.enum(practitionerModalities), label: z.string(), why: z.string() }),
  ),
  /** How current the credentials and "accepting" are. */
  dataStatus: z.enum(["verified", "stale", "unverified"]),
});
export type Fit = z.output<typeof fitSchema>;

export const searchResultSchema = z.object({
  practitioner: practitionerProfileSchema,
  /** Exact (haversine) km from the search point; null without a point. */
  distanceKm: z.number().nullable(),
  /** "less than 1 km away", "8 km (5 miles) away" (core `distanceWords`); null without a point. */
  distanceText: z.string().nullable(),
  /** Price of a session of the chosen length, minor units of the practitioner's currency. */
  sessionPriceMinor: z.number().nullable(),
  fit: fitSchema,
  /** Whether the person saved this practitioner. */
  isSaved: z.boolean(),
});
export type SearchResult = z.output<typeof searchResultSchema>;

export const directorySearchResponseSchema = z.object({
  items: z.array(searchResultSchema),
  nextCursor: z.string().nullable(),
  /** The point distances are measured from (the postal code's centroid or the coordinates). */
  origin: z
    .object({ latitude: z.number(), longitude: z.number(), postalCode: z.string().nullable() })
    .nullable(),
});
export type DirectorySearchResponse = z.output<typeof directorySearchResponseSchema>;

export const maxCompared = 3;

export const compareQuerySchema = z.strictObject({
  ids: z
    .string()
    .max(200)
    .regex(/^[0-9A-Fa-f, -]*$/, { error: "Practitioner ids, separated by commas." })
    .transform((value) => [
      ...new Set(
        value
          .split(",")
          .map((id) => id.trim())
          .filter((id) => id !== ""),
      ),
    ])
    .pipe(
      z
        .array(z.uuid("Not a valid id."))
        .min(1, { error: "Choose at least one practitioner." })
        .max(maxCompared, { error: `Compare at most ${maxCompared} practitioners.` }),
    ),
  postalCode: z
    .string()
    .regex(/^[A-Za-z0-9 -]{3,10}$/, { error: "A postal code, e.g. 10001." })
    .optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: "A two-letter country code, e.g. US." })
    .default("US"),
  sessionMinutes: z.coerce
    .number()
    .pipe(z.union(sessionLengths.map((length) => z.literal(length))))
    .default(60),
});

export const compareResponseSchema = z.object({ items: z.array(searchResultSchema) });
