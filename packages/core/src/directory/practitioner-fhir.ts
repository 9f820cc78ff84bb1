import { nuccSystem } from "./nucc-taxonomy.js";
import type { PractitionerProfile, Verification } from "./practitioner-profile.schema.js";

/**
 * A practitioner profile as FHIR R4 Practitioner + PractitionerRole (REFERENCE §5.8, US Core):
 * the NPI as an identifier (`http://hl7.org/fhir/sid/us-npi`), licences and certifications as
 * `qualification` (number, issuer, expiry), NUCC taxonomy codes in PractitionerRole `code` and
 * `specialty` (`http://nucc.org/provider-taxonomy`). Fictional (synthetic) records carry the
 * HL7 "HTEST" security tag so they are never mistaken for real ones.
 */
export const npiSystem = "http://hl7.org/fhir/sid/us-npi";
const actReasonSystem = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
const v2Table0360 = "http://terminology.hl7.org/CodeSystem/v2-0360";

type Coding = { system: string; code: string; display: string };
type CodeableConcept = { coding?: Coding[]; text: string };

export type FhirPractitioner = {
  resourceType: "Practitioner";
  id: string;
  meta?: { security: Coding[] };
  identifier: { system: string; value: string }[];
  active: boolean;
  name: { text: string }[];
  communication: CodeableConcept[];
  qualification: {
    identifier: { value: string }[];
    code: CodeableConcept;
    period?: { end: string };
    issuer: { display: string };
  }[];
};

export type FhirPractitionerRole = {
  resourceType: "PractitionerRole";
  id: string;
  meta?: { security: Coding[] };
  active: boolean;
  practitioner: { reference: string; display: string };
  organization?: { display: string };
  code: CodeableConcept[];
  specialty: CodeableConcept[];
  location: { display: string }[];
  availabilityExceptions?: string;
};

function fictionalMeta(profile: PractitionerProfile) {
  return profile.isFictional
    ? {
        meta: {
          security: [{ system: actReasonSystem, code: "HTEST", display: "test health data" }],
        },
      }
    : {};
}

function verificationNote(verification: Verification | null): string {
  if (verification === null) return "not verified";
  return `${verification.outcome === "confirmed" ? "verified" : "not confirmed"} ${verification.verifiedAt.slice(0, 10)}`;
}

export function toFhirPractitioner(profile: PractitionerProfile): FhirPractitioner {
  const licences = profile.licences.map((licence) => ({
    identifier: [{ value: licence.number }],
    code: {
      coding: [{ system: v2Table0360, code: "LIC", display: "License" }],
      text: `Licence (${verificationNote(licence.verification)})`,
    },
    ...(licence.expiresOn === null ? {} : { period: { end: licence.expiresOn } }),
    issuer: { display: licence.issuer },
  }));
  const certifications = profile.certifications.map((certification) => ({
    identifier: [{ value: certification.name }],
    code: { text: `${certification.name} (${verificationNote(certification.verification)})` },
    ...(certification.expiresOn === null ? {} : { period: { end: certification.expiresOn } }),
    issuer: { display: certification.issuer },
  }));
  return {
    resourceType: "Practitioner",
    id: profile.id,
    ...fictionalMeta(profile),
    identifier: profile.npi === null ? [] : [{ system: npiSystem, value: profile.npi }],
    active: true,
    name: [{ text: profile.displayName }],
    communication: profile.languages.map((language) => ({ text: language })),
    qualification: [...licences, ...certifications],
  };
}

export function toFhirPractitionerRole(profile: PractitionerProfile): FhirPractitionerRole {
  const codes = profile.taxonomies.map((taxonomy) => ({
    coding: [{ system: nuccSystem, code: taxonomy.code, display: taxonomy.label }],
    text: taxonomy.label,
  }));
  const places = [
    ...(profile.clinic === null
      ? []
      : [{ display: `${profile.clinic.city}, ${profile.clinic.region}`.replace(/, $/, "") }]),
    ...(profile.homeVisits === null
      ? []
      : [{ display: `Home visits within ${profile.homeVisits.radiusKm} km` }]),
    ...(profile.offersOnline ? [{ display: "Online" }] : []),
  ];
  return {
    resourceType: "PractitionerRole",
    id: `${profile.id}-role`,
    ...fictionalMeta(profile),
    active: true,
    practitioner: { reference: `Practitioner/${profile.id}`, display: profile.displayName },
    ...(profile.practiceName === null ? {} : { organization: { display: profile.practiceName } }),
    code: codes,
    specialty: codes,
    location: places,
    ...(profile.availability === "" ? {} : { availabilityExceptions: profile.availability }),
  };
}
