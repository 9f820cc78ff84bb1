import { modalityMask, type Coordinates, type PractitionerProfileValues } from "@painplan/core";
import type { Insertable } from "kysely";
import type { PractitionerProfilesTable } from "./directory.tables.js";

/**
 * Stand-in until branch `directory` commits `practitioner-rows.ts` (`profileColumns`, the one
 * mapping of profile values to columns that self-registration and the import share): the same
 * mapping, to be deleted at that merge.
 */
const flag = (value: boolean) => (value ? 1 : 0);

export function searchTextOf(values: PractitionerProfileValues): string {
  return [
    values.displayName,
    values.practiceName ?? "",
    ...values.neuropathyConditions,
    ...values.neuropathyTechniques,
    ...values.languages,
    ...values.insuranceAccepted,
    values.clinic?.city ?? "",
    values.neuropathyExperience,
  ]
    .join(" ")
    .toLowerCase()
    .slice(0, 4000);
}

export function profileColumns(
  values: PractitionerProfileValues,
  location: Coordinates | null,
): Omit<
  Insertable<PractitionerProfilesTable>,
  "id" | "user_id" | "external_id" | "origin" | "is_fictional" | "created_at" | "updated_at"
> {
  return {
    npi: values.npi,
    display_name: values.displayName,
    practice_name: values.practiceName,
    taxonomy_codes: JSON.stringify(values.taxonomyCodes),
    modality_mask: modalityMask(values.modalities),
    years_in_practice: values.yearsInPractice,
    neuropathy_conditions: JSON.stringify(values.neuropathyConditions),
    neuropathy_techniques: JSON.stringify(values.neuropathyTechniques),
    neuropathy_experience: values.neuropathyExperience,
    has_neuropathy_experience: flag(
      values.neuropathyConditions.length > 0 || values.neuropathyExperience.trim() !== "",
    ),
    languages: JSON.stringify(values.languages),
    clinic: values.clinic === null ? null : JSON.stringify(values.clinic),
    postal_code: values.clinic?.postalCode ?? null,
    country: values.clinic?.country ?? null,
    latitude: location?.latitude ?? null,
    longitude: location?.longitude ?? null,
    home_visit_radius_km: values.homeVisits?.radiusKm ?? null,
    home_visit_fee_minor: values.homeVisits?.travelFeeMinor ?? null,
    offers_online: flag(values.offersOnline),
    is_step_free: flag(values.accessibility.isStepFree),
    has_lowering_table: flag(values.accessibility.hasLoweringTable),
    has_parking: flag(values.accessibility.hasParking),
    currency: values.currency,
    price_30_minor: values.prices.minutes30,
    price_60_minor: values.prices.minutes60,
    price_90_minor: values.prices.minutes90,
    sliding_from_minor: values.slidingScale?.fromMinor ?? null,
    sliding_to_minor: values.slidingScale?.toMinor ?? null,
    sliding_how: values.slidingScale?.howDecided ?? null,
    offers_payment_plans: flag(values.offersPaymentPlans),
    packages: values.packages,
    insurance_accepted: JSON.stringify(values.insuranceAccepted),
    accepts_insurance: flag(values.insuranceAccepted.length > 0),
    provides_superbills: flag(values.providesSuperbills),
    accepts_hsa_fsa: flag(values.acceptsHsaFsa),
    is_accepting_new_clients: flag(values.isAcceptingNewClients),
    availability: values.availability,
    bio: values.bio,
    search_text: searchTextOf(values),
  };
}
