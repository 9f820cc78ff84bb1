import {
  acupuncturistTaxonomy,
  practitionerProfileInputSchema,
  type PractitionerProfileInput,
  type PractitionerProfileValues,
} from "@painplan/core";
import type { ImportedPractitioner } from "./import-practitioner.js";
import type { RowProblem } from "./import-row-problems.js";

/**
 * An imported practitioner as the directory's own profile input, checked by the same schema
 * that checks a practitioner's self-registration (core `practitionerProfileInputSchema`), so an
 * import can never store what the app would refuse. What a file leaves unsaid becomes the
 * schema's "no" (not accepting new clients, no parking…) and stays unverified, so it is labelled
 * and ranked lower rather than shown as fact.
 */
export type ImportedProfile = { values: PractitionerProfileValues; imported: ImportedPractitioner };

/** Where a schema path points in the file, for the report (CSV column names). */
const columnOfPath: Record<string, string> = {
  displayName: "name",
  practiceName: "practice_name",
  taxonomyCodes: "taxonomy_codes",
  modalities: "modalities",
  licences: "licences",
  certifications: "certifications",
  clinic: "address_line1",
  location: "latitude",
  homeVisits: "home_visit_radius_km",
  currency: "currency",
  prices: "price_60",
  slidingScale: "sliding_scale_max",
  neuropathyExperience: "neuropathy_note",
};

/**
 * NPPES says nothing of modalities; an acupuncturist does acupuncture, a massage therapist's
 * kind of massage is not stated, so none is claimed (they match no modality filter).
 */
function modalitiesOf(imported: ImportedPractitioner): string[] {
  if (imported.modalities.length > 0) return imported.modalities;
  return imported.taxonomyCodes.includes(acupuncturistTaxonomy) ? ["traditional-acupuncture"] : [];
}

export function toProfileInput(imported: ImportedPractitioner): PractitionerProfileInput {
  const { address, currency } = imported;
  const hasClinic = address.city !== null && address.postalCode !== null;
  return {
    displayName: imported.name,
    practiceName: imported.practiceName,
    npi: imported.npi,
    taxonomyCodes: imported.taxonomyCodes,
    modalities: modalitiesOf(imported) as PractitionerProfileInput["modalities"],
    licences: imported.licences.map((licence) => ({
      number: licence.number,
      issuer: licence.region,
      expiresOn: licence.expiresOn,
    })),
    certifications: imported.certifications.map((certification) => {
      const [name = "", issuer = "", expiresOn = ""] = certification
        .split("|")
        .map((part) => part.trim());
      return { name, issuer, expiresOn: expiresOn === "" ? null : expiresOn };
    }),
    yearsInPractice: imported.yearsInPractice,
    neuropathyConditions: imported.neuropathyConditions,
    neuropathyTechniques: imported.neuropathyTechniques,
    neuropathyExperience: imported.neuropathyNote ?? "",
    languages: imported.languages,
    clinic: hasClinic
      ? {
          line: [address.line1, address.line2].filter((line) => line !== null).join(", "),
          city: address.city ?? "",
          region: address.region ?? "",
          postalCode: address.postalCode ?? "",
          country: address.country,
        }
      : null,
    location: imported.location,
    homeVisits:
      imported.homeVisits === true
        ? {
            radiusKm: imported.homeVisitRadiusKm ?? 0,
            travelFeeMinor: imported.homeVisitFeeMinor ?? 0,
          }
        : null,
    offersOnline: imported.online ?? false,
    accessibility: {
      isStepFree: imported.stepFree ?? false,
      hasLoweringTable: imported.loweringTable ?? false,
      hasParking: imported.parking ?? false,
    },
    currency: currency ?? (address.country === "US" ? "USD" : ""),
    prices: {
      minutes30: imported.price30Minor,
      minutes60: imported.price60Minor,
      minutes90: imported.price90Minor,
    },
    slidingScale:
      imported.slidingScaleMinMinor !== null && imported.slidingScaleMaxMinor !== null
        ? {
            fromMinor: imported.slidingScaleMinMinor,
            toMinor: imported.slidingScaleMaxMinor,
            howDecided: imported.slidingScaleNote ?? "",
          }
        : null,
    offersPaymentPlans: imported.paymentPlans ?? false,
    packages: imported.packages ?? "",
    insuranceAccepted: imported.insurance,
    providesSuperbills: imported.superbills ?? false,
    acceptsHsaFsa: imported.hsaFsa ?? false,
    isAcceptingNewClients: imported.acceptingNewClients ?? false,
    availability: imported.availability ?? "",
    bio: imported.bio ?? "",
  };
}

/** The profile the directory would store, or the schema's objections as row problems. */
export function checkImportedProfile(
  imported: ImportedPractitioner,
): ImportedProfile | RowProblem[] {
  const input = toProfileInput(imported);
  // NPPES massage therapists state no modality: checked with one, stored with none.
  const checked = practitionerProfileInputSchema.safeParse(
    input.modalities.length === 0 && imported.source === "nppes"
      ? { ...input, modalities: ["swedish-massage"] }
      : input,
  );
  if (!checked.success) {
    return checked.error.issues.map((issue) => {
      const [head] = issue.path;
      const column = typeof head === "string" ? (columnOfPath[head] ?? head) : null;
      return { column, message: issue.message };
    });
  }
  const values = {
    ...checked.data,
    modalities: checked.data.modalities.filter(() => input.modalities.length > 0),
  };
  return { values, imported };
}
