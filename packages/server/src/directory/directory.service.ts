import {
  instantPlusDays,
  isValidNpi,
  staleAfterDays,
  suggestedQuestions,
  questionSchema,
  type PractitionerProfile,
  type PractitionerProfileValues,
  type QuestionsResponse,
  type VerifyBody,
} from "@painplan/core";
import { z } from "zod";
import type { Authentication } from "../audit/reader.js";
import { isWriteConflict } from "../database/columns.js";
import { keysetCursor } from "../database/keyset-cursor.js";
import { ApiError, fieldError, notFound } from "../errors/api-error.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import type { DirectoryListsRepository } from "./directory-lists.repository.js";
import { postalCentroid } from "./postal-codes.js";
import type { PractitionerProfilesRepository } from "./practitioner-profiles.repository.js";
import type { Verifier } from "./verification-columns.js";

const queueCursor = keysetCursor(z.object({ profileId: z.string(), id: z.string() }));
const storedQuestionsSchema = z.array(questionSchema);

export type DirectoryDependencies = {
  profiles: PractitionerProfilesRepository;
  lists: DirectoryListsRepository;
  clock: Clock;
  ids: IdSource;
};

const practitionerNotFound = () => notFound("This practitioner");

/** Profiles, my profile, saved, questions, admin verification (the directory, issue 13). */
export function directoryService(deps: DirectoryDependencies) {
  const now = () => deps.clock.now().toISOString();

  async function profile(id: string): Promise<PractitionerProfile> {
    const found = await deps.profiles.byId(id);
    if (found === undefined) throw practitionerNotFound();
    return found;
  }

  async function ownProfileId(reader: Authentication): Promise<string> {
    const id = await deps.profiles.idOfUser(reader.user.id);
    if (id === undefined) throw notFound("Your practitioner profile");
    return id;
  }

  function selfVerifier(reader: Authentication): Verifier {
    return {
      source: "self",
      userId: reader.user.id,
      name: reader.user.displayName,
      evidence: null,
    };
  }

  function requirePractitioner(reader: Authentication): void {
    if (reader.actor.role !== "practitioner") {
      throw new ApiError("forbidden", "Only a practitioner account has a practitioner profile.");
    }
  }

  /** The clinic's coordinates: as given, else its postal code's centroid (400 when unknown). */
  function locationOf(values: PractitionerProfileValues) {
    if (values.location !== null) return values.location;
    if (values.clinic === null) return null;
    const centroid = postalCentroid(values.clinic.country, values.clinic.postalCode);
    if (centroid === undefined) {
      throw fieldError(
        "clinic.postalCode",
        `We do not know the postal code ${values.clinic.postalCode} (${values.clinic.country}). Check it, or give the coordinates.`,
      );
    }
    return centroid;
  }

  return {
    profile,

    async myProfile(reader: Authentication): Promise<PractitionerProfile> {
      return profile(await ownProfileId(reader));
    },

    async setMyProfile(reader: Authentication, values: PractitionerProfileValues) {
      requirePractitioner(reader);
      const location = locationOf(values);
      const npiTaken = () =>
        new ApiError("write_conflict", "This NPI is already on another practitioner's profile.", {
          fields: [
            { path: "npi", message: "This NPI is already on another practitioner's profile." },
          ],
        });
      if (values.npi !== null && (await deps.profiles.isNpiTaken(values.npi, reader.user.id))) {
        throw npiTaken();
      }
      try {
        return await deps.profiles.saveOwn({
          newId: () => deps.ids.newId(),
          userId: reader.user.id,
          values,
          location,
          verifier: selfVerifier(reader),
          now: now(),
        });
      } catch (error) {
        if (!isWriteConflict(error)) throw error;
        if (values.npi !== null && (await deps.profiles.isNpiTaken(values.npi, reader.user.id))) {
          throw npiTaken();
        }
        throw new ApiError("write_conflict", "The profile changed at the same time; try again.");
      }
    },

    async confirmAccepting(reader: Authentication, isAcceptingNewClients: boolean) {
      requirePractitioner(reader);
      const profileId = await ownProfileId(reader);
      await deps.profiles.confirmAccepting({
        profileId,
        isAcceptingNewClients,
        verifier: selfVerifier(reader),
        now: now(),
        newId: deps.ids.newId(),
      });
      return profile(profileId);
    },

    async verify(reader: Authentication, profileId: string, body: VerifyBody) {
      await profile(profileId);
      const isDone = await deps.profiles.verify({
        profileId,
        subject: body.subject,
        subjectId: body.subjectId,
        outcome: body.outcome,
        verifier: {
          source: "admin",
          userId: reader.user.id,
          name: reader.user.displayName,
          evidence: body.evidence,
        },
        now: now(),
        newId: deps.ids.newId(),
      });
      if (!isDone)
        throw fieldError("subjectId", "This practitioner has no such licence or certification.");
      return profile(profileId);
    },

    async history(profileId: string) {
      await profile(profileId);
      const rows = await deps.profiles.history(profileId);
      return {
        items: rows.map((row) => ({
          id: row.id,
          subject: row.subject,
          subjectId: row.subject_id,
          source: row.source,
          outcome: row.outcome,
          verifiedAt: new Date(row.verified_at).toISOString(),
          verifiedBy: row.verified_by,
          verifiedByName: row.verified_by_name,
          evidence: row.evidence,
        })),
      };
    },

    async queue(query: { cursor?: string | undefined; limit: number }) {
      const after = queueCursor.decode(query.cursor);
      const staleBefore = instantPlusDays(deps.clock.now(), -staleAfterDays);
      const rows = await deps.profiles.queue(staleBefore, after, query.limit);
      const page = queueCursor.page(rows, query.limit, (item) => ({
        profileId: item.row.profile_id,
        id: item.row.id,
      }));
      return {
        items: page.items.map(({ subject, row }) => ({
          practitionerId: row.profile_id,
          displayName: row.display_name,
          subject,
          subjectId: row.id,
          title: row.title,
          issuer: row.issuer,
          expiresOn: row.expires_on,
          verification:
            row.verification_source === null ||
            row.verification_outcome === null ||
            row.verified_at === null
              ? null
              : {
                  source: row.verification_source,
                  outcome: row.verification_outcome,
                  verifiedAt: new Date(row.verified_at).toISOString(),
                  verifiedBy: row.verified_by,
                  verifiedByName: row.verified_by_name ?? "",
                  evidence: row.verification_evidence,
                },
          npi:
            row.npi === null ? null : { number: row.npi, isCheckDigitValid: isValidNpi(row.npi) },
          isAcceptingNewClients: row.is_accepting_new_clients === 1,
        })),
        nextCursor: page.nextCursor,
      };
    },

    async save(userId: string, profileId: string) {
      await profile(profileId);
      return { savedAt: await deps.lists.save(userId, profileId, now()) };
    },

    async unsave(userId: string, profileId: string): Promise<undefined> {
      await deps.lists.unsave(userId, profileId);
      return undefined;
    },

    async saved(userId: string) {
      const saved = await deps.lists.saved(userId);
      const profiles = await deps.profiles.byIds(saved.map((entry) => entry.profileId));
      return {
        items: saved.flatMap((entry) => {
          const practitioner = profiles.get(entry.profileId);
          return practitioner === undefined ? [] : [{ practitioner, savedAt: entry.savedAt }];
        }),
      };
    },

    async questions(userId: string): Promise<QuestionsResponse> {
      const stored = await deps.lists.questions(userId);
      if (stored === undefined) {
        return {
          items: suggestedQuestions.map((question) => ({ ...question, isDone: false })),
          isSuggested: true,
          updatedAt: null,
        };
      }
      return {
        items: storedQuestionsSchema.parse(JSON.parse(stored.items)),
        isSuggested: false,
        updatedAt: new Date(stored.updated_at).toISOString(),
      };
    },

    async setQuestions(
      userId: string,
      items: readonly { id?: string | undefined; text: string; isDone: boolean }[],
    ): Promise<QuestionsResponse> {
      const used = new Set<string>();
      const stored = items.map((item) => {
        let id = item.id ?? deps.ids.newId().slice(0, 8);
        while (used.has(id)) id = deps.ids.newId().slice(0, 8);
        used.add(id);
        return { id, text: item.text, isDone: item.isDone };
      });
      const at = now();
      await deps.lists.setQuestions(userId, JSON.stringify(stored), at);
      return { items: stored, isSuggested: false, updatedAt: at };
    },
  };
}
export type DirectoryService = ReturnType<typeof directoryService>;
