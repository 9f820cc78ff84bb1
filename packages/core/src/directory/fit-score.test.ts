import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compareByFit, scoreFit, type FitInput } from "./fit-score.js";
import { aPractitionerProfile } from "./testing/a-practitioner-profile.js";
import { practitionerModalities, type PractitionerModality } from "./practitioner-modalities.js";

const now = new Date("2026-11-30T12:00:00.000Z");
const [verifiedLicence] = aPractitionerProfile().licences;
if (verifiedLicence?.verification == null)
  throw new Error("The test profile has a verified licence.");
const licenceVerification = verifiedLicence.verification;

function input(overrides: Partial<FitInput> = {}): FitInput {
  return {
    profile: aPractitionerProfile(),
    distanceKm: 8,
    radiusKm: 15,
    query: { sessionMinutes: 60, maxPriceMinor: 8000 },
    safety: new Map(),
    now,
    ...overrides,
  };
}

describe("fit score, explained in words", () => {
  it("says why: distance, experience, sliding scale, licence verified 3 months ago", () => {
    const fit = scoreFit(input());
    expect(fit.summary).toBe(
      "8 km away · neuropathy experience · sliding scale from 50 USD · licence verified 3 months ago",
    );
    expect(fit.level).toBe("good");
    expect(fit.dataStatus).toBe("verified");
    expect(fit.reasons.map((reason) => reason.text)).toContain("60 min for 75 USD");
    expect(fit.avoidModalities).toEqual([]);
  });

  it("labels an unverified licence and ranks it lower", () => {
    const verified = scoreFit(input());
    const unverified = scoreFit(
      input({
        profile: aPractitionerProfile({
          licences: [{ ...verifiedLicence, verification: null }],
        }),
      }),
    );
    expect(unverified.dataStatus).toBe("unverified");
    expect(unverified.summary).toContain("licence not verified");
    expect(unverified.score).toBeLessThan(verified.score);
  });

  it("labels a licence verified over a year ago as stale", () => {
    const old = verifiedLicence;
    const fit = scoreFit(
      input({
        profile: aPractitionerProfile({
          licences: [
            {
              ...old,
              verification: { ...licenceVerification, verifiedAt: "2024-10-01T00:00:00.000Z" },
            },
          ],
        }),
      }),
    );
    expect(fit.dataStatus).toBe("stale");
    expect(fit.reasons).toContainEqual({
      kind: "stale",
      text: "Licence last verified 2 years ago",
    });
  });

  it("says a distance as every card says it, in miles too for a search in the US", () => {
    const near = scoreFit(input({ distanceKm: 0.96 }));
    expect(near.summary.startsWith("less than 1 km away · ")).toBe(true);
    const inUs = scoreFit(input({ query: { sessionMinutes: 60, country: "US" } }));
    expect(inUs.reasons.map((reason) => reason.text)).toContain("8 km (5 miles) away");
  });

  it("lists 'not accepting new clients' against the match, never as a reason for it", () => {
    const fit = scoreFit(
      input({ profile: aPractitionerProfile({ isAcceptingNewClients: false }) }),
    );
    expect(fit.reasons).toContainEqual({ kind: "mismatch", text: "Not accepting new clients" });
    expect(fit.summary).not.toContain("accepting");
  });

  it("flags 'accepting new clients' that was never confirmed", () => {
    const fit = scoreFit(input({ profile: aPractitionerProfile({ acceptingVerification: null }) }));
    expect(fit.reasons).toContainEqual({
      kind: "unverified",
      text: "“Accepting new clients” has never been confirmed",
    });
  });

  it("marks a modality to avoid and never ranks the practitioner as a match on it", () => {
    const safety = new Map([
      ["swedish-massage", { level: "avoid", why: "a clot in the leg" }],
      ["oncology-massage", { level: "avoid", why: "a clot in the leg" }],
    ] as const);
    const fit = scoreFit(input({ safety }));
    expect(fit.level).toBe("not-a-match");
    expect(fit.score).toBe(0);
    expect(fit.avoidModalities.map((entry) => entry.modality)).toEqual([
      "swedish-massage",
      "oncology-massage",
    ]);
    expect(fit.summary).toMatch(/^not a match: swedish massage, oncology massage to avoid/);
  });

  it("keeps a match on a modality that is fine, and still marks the one to avoid", () => {
    const safety = new Map([["swedish-massage", { level: "avoid", why: "a clot" }]] as const);
    const fit = scoreFit(input({ safety }));
    expect(fit.level).not.toBe("not-a-match");
    expect(fit.avoidModalities).toHaveLength(1);
    // Asked only for the modality to avoid: not a match.
    const asked = scoreFit(
      input({ safety, query: { sessionMinutes: 60, modalities: ["swedish-massage"] } }),
    );
    expect(asked.level).toBe("not-a-match");
  });

  it("ranks every match above every non-match, whatever the scores (property)", () => {
    const modality = fc.constantFrom(...practitionerModalities);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            modalities: fc.uniqueArray(modality, { minLength: 1, maxLength: 3 }),
            distanceKm: fc.double({ min: 0, max: 25, noNaN: true }),
            isAccepting: fc.boolean(),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        fc.uniqueArray(modality, { maxLength: 5 }),
        (practitioners, avoided) => {
          const safety = new Map(
            avoided.map((m): [PractitionerModality, { level: "avoid"; why: string }] => [
              m,
              { level: "avoid", why: "x" },
            ]),
          );
          const ranked = practitioners
            .map((p, index) => {
              const profile = aPractitionerProfile({
                id: `p${index}`,
                modalities: p.modalities,
                isAcceptingNewClients: p.isAccepting,
              });
              const fit = scoreFit(
                input({ profile, distanceKm: p.distanceKm, radiusKm: 25, safety }),
              );
              return { fit, distanceKm: p.distanceKm, id: profile.id, modalities: p.modalities };
            })
            .sort(compareByFit);
          const firstNonMatch = ranked.findIndex((r) => r.fit.level === "not-a-match");
          for (const [index, result] of ranked.entries()) {
            expect(result.fit.score).toBeGreaterThanOrEqual(0);
            expect(result.fit.score).toBeLessThanOrEqual(100);
            const allAvoided = result.modalities.every((m) => avoided.includes(m));
            expect(result.fit.level === "not-a-match").toBe(allAvoided);
            if (firstNonMatch !== -1 && index >= firstNonMatch) {
              expect(result.fit.level).toBe("not-a-match");
            }
          }
        },
      ),
    );
  });

  it("a closer practitioner never scores lower, all else equal (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 25, noNaN: true }),
        fc.double({ min: 0, max: 25, noNaN: true }),
        (a, b) => {
          const near = scoreFit(input({ distanceKm: Math.min(a, b), radiusKm: 25 })).score;
          const far = scoreFit(input({ distanceKm: Math.max(a, b), radiusKm: 25 })).score;
          expect(near).toBeGreaterThanOrEqual(far);
        },
      ),
    );
  });
});
