/** Test data: a practitioner profile as the API returns it (tests only; never imported by a page). */
import type { PractitionerProfile } from "@painplan/core";

/** A profile as the API returns it; override what a test is about. */
export function aProfile(overrides: Partial<PractitionerProfile> = {}): PractitionerProfile {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    userId: null,
    isFictional: false,
    displayName: "Sam Rivera",
    practiceName: "Gentle Hands",
    npi: "1234567893",
    npiVerification: null,
    taxonomies: [{ code: "225700000X", label: "Massage Therapist" }],
    modalities: ["swedish-massage", "deep-tissue-massage"],
    licences: [
      {
        id: "l1",
        number: "MA.123456",
        issuer: "NY",
        expiresOn: "2027-03-31",
        verification: {
          source: "admin",
          outcome: "confirmed",
          verifiedAt: "2026-08-29T03:30:00Z",
          verifiedBy: "u1",
          verifiedByName: "Admin Ada",
          evidence: "NY Office of the Professions look-up",
        },
      },
    ],
    certifications: [],
    yearsInPractice: 12,
    neuropathyConditions: ["diabetic neuropathy"],
    neuropathyTechniques: ["gentle", "oncology massage"],
    neuropathyExperience: "",
    languages: ["English", "Spanish"],
    clinic: {
      line: "12 Main St",
      city: "Brooklyn",
      region: "NY",
      postalCode: "11201",
      country: "US",
    },
    location: { latitude: 40.69, longitude: -73.99 },
    homeVisits: { radiusKm: 20, travelFeeMinor: 1500 },
    offersOnline: false,
    accessibility: { isStepFree: true, hasLoweringTable: false, hasParking: true },
    currency: "USD",
    prices: { minutes30: null, minutes60: 9000, minutes90: 12_000 },
    slidingScale: { fromMinor: 5000, toMinor: 9000, howDecided: "by income, no proof asked" },
    offersPaymentPlans: true,
    packages: "",
    insuranceAccepted: ["Aetna"],
    providesSuperbills: true,
    acceptsHsaFsa: false,
    isAcceptingNewClients: true,
    acceptingVerification: null,
    availability: "Weekday mornings",
    bio: "",
    updatedAt: "2026-11-01T10:00:00Z",
    ...overrides,
  };
}
