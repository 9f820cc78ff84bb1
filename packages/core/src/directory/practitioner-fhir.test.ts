import { describe, expect, it } from "vitest";
import { npiSystem, toFhirPractitioner, toFhirPractitionerRole } from "./practitioner-fhir.js";
import { aPractitionerProfile } from "./testing/a-practitioner-profile.js";

describe("FHIR R4 Practitioner and PractitionerRole (REFERENCE §5.8, US Core)", () => {
  it("maps the NPI, name, languages and licences to Practitioner", () => {
    const practitioner = toFhirPractitioner(aPractitionerProfile());
    expect(practitioner).toMatchObject({
      resourceType: "Practitioner",
      id: "0b6f6a0e-8f0e-4c4e-9d55-6f1b7f9f0a01",
      identifier: [{ system: "http://hl7.org/fhir/sid/us-npi", value: "1234567893" }],
      active: true,
      name: [{ text: "Rosa Diaz, LMT" }],
      communication: [{ text: "English" }, { text: "Spanish" }],
    });
    expect(npiSystem).toBe("http://hl7.org/fhir/sid/us-npi");
    expect(practitioner.qualification).toEqual([
      {
        identifier: [{ value: "MT-12345" }],
        code: {
          coding: [
            {
              system: "http://terminology.hl7.org/CodeSystem/v2-0360",
              code: "LIC",
              display: "License",
            },
          ],
          text: "Licence (verified 2026-08-30)",
        },
        period: { end: "2027-06-30" },
        issuer: { display: "NY" },
      },
    ]);
    expect(practitioner.meta).toBeUndefined();
  });

  it("puts NUCC codes in PractitionerRole code and specialty, and points to the Practitioner", () => {
    const role = toFhirPractitionerRole(aPractitionerProfile());
    const coding = [
      {
        system: "http://nucc.org/provider-taxonomy",
        code: "225700000X",
        display: "Massage Therapist",
      },
    ];
    expect(role).toMatchObject({
      resourceType: "PractitionerRole",
      practitioner: { reference: "Practitioner/0b6f6a0e-8f0e-4c4e-9d55-6f1b7f9f0a01" },
      organization: { display: "Gentle Hands Massage" },
      code: [{ coding, text: "Massage Therapist" }],
      specialty: [{ coding, text: "Massage Therapist" }],
      location: [{ display: "New York, NY" }, { display: "Home visits within 15 km" }],
      availabilityExceptions: "Weekday mornings",
    });
  });

  it("leaves out what is unknown and tags fictional records HTEST", () => {
    const profile = aPractitionerProfile({
      npi: null,
      isFictional: true,
      practiceName: null,
      availability: "",
      licences: [],
    });
    const practitioner = toFhirPractitioner(profile);
    expect(practitioner.identifier).toEqual([]);
    expect(practitioner.qualification).toEqual([]);
    expect(practitioner.meta?.security[0]?.code).toBe("HTEST");
    const role = toFhirPractitionerRole(profile);
    expect(role.organization).toBeUndefined();
    expect(role.availabilityExceptions).toBeUndefined();
    expect(role.meta?.security[0]?.code).toBe("HTEST");
  });
});
