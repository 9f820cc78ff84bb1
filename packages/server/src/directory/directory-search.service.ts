import {
  defaultRadiusKm,
  distanceWords,
  distanceKm,
  modalitySafety,
  scoreFit,
  sessionPrice,
  type Coordinates,
  type DirectorySearchQuery,
  type DirectorySearchResponse,
  type Fit,
  type PractitionerProfile,
  type SafetyIntake,
  type SearchResult,
} from "@painplan/core";
import { z } from "zod";
import { keysetCursor } from "../database/keyset-cursor.js";
import { fieldError } from "../errors/api-error.js";
import type { Clock } from "../system/clock.js";
import type { DirectoryListsRepository } from "./directory-lists.repository.js";
import type { DirectorySearchRepository } from "./directory-search.repository.js";
import { isSupportedPostalCountry, postalCentroid } from "./postal-codes.js";
import type { PractitionerProfilesRepository } from "./practitioner-profiles.repository.js";
import { scoringProfile, type ScoringRow } from "./practitioner-rows.js";

/** Where a search is in its ranking: the sort keys and the id of the last item shown. */
const positionSchema = z.object({ keys: z.array(z.number()), id: z.string() });
const cursor = keysetCursor(positionSchema);

type Ranked = {
  row: ScoringRow;
  profile: PractitionerProfile;
  distanceKm: number | null;
  fit: Fit;
  keys: number[];
};

const far = 1e9;

function sortKeys(query: DirectorySearchQuery, item: Omit<Ranked, "keys">): number[] {
  const notMatch = item.fit.level === "not-a-match" ? 1 : 0;
  const distance = item.distanceKm ?? far;
  switch (query.sort) {
    case "fit":
      return [notMatch, -item.fit.score, distance];
    case "distance":
      return [notMatch, distance, -item.fit.score];
    case "price":
      return [notMatch, sessionPrice(item.profile, query.sessionMinutes) ?? far, distance];
  }
}

function compareKeys(a: { keys: number[]; id: string }, b: { keys: number[]; id: string }): number {
  for (let index = 0; index < a.keys.length; index += 1) {
    const difference = (a.keys[index] ?? 0) - (b.keys[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export type SearchDependencies = {
  search: DirectorySearchRepository;
  profiles: PractitionerProfilesRepository;
  lists: DirectoryListsRepository;
  intakes: { current(userId: string): Promise<SafetyIntake | undefined> };
  clock: Clock;
};

/** The point to measure from: the postal code's centroid or the coordinates; 400 in words when unknown. */
export function searchOrigin(query: {
  postalCode?: string | undefined;
  country: string;
  latitude?: number | undefined;
  longitude?: number | undefined;
}): (Coordinates & { postalCode: string | null }) | null {
  if (query.latitude !== undefined && query.longitude !== undefined) {
    return { latitude: query.latitude, longitude: query.longitude, postalCode: null };
  }
  if (query.postalCode === undefined) return null;
  if (!isSupportedPostalCountry(query.country)) {
    throw fieldError(
      "country",
      `Postal codes of ${query.country} are not known yet (US only). Give coordinates instead.`,
    );
  }
  const centroid = postalCentroid(query.country, query.postalCode);
  if (centroid === undefined) {
    throw fieldError(
      "postalCode",
      `We do not know the postal code ${query.postalCode} (${query.country}). Check it, or give coordinates.`,
    );
  }
  return { ...centroid, postalCode: query.postalCode.trim() };
}

/** Search, compare: rules from core, rows from the repositories. */
export function directorySearchService(deps: SearchDependencies) {
  function distanceTo(origin: Coordinates | null, row: ScoringRow): number | null {
    if (origin === null || row.latitude === null || row.longitude === null) return null;
    return distanceKm(origin, { latitude: row.latitude, longitude: row.longitude });
  }

  function isWithin(
    query: DirectorySearchQuery,
    row: ScoringRow,
    distance: number | null,
    hasOrigin: boolean,
  ) {
    if (!hasOrigin) return true;
    if (query.offersOnline === true) return true;
    if (distance === null || distance > query.radiusKm) return false;
    if (query.offersHomeVisits === true) return distance <= (row.home_visit_radius_km ?? 0);
    return true;
  }

  async function results(
    userId: string,
    items: readonly { row: ScoringRow; distanceKm: number | null; fit: Fit }[],
    sessionMinutes: 30 | 60 | 90,
    country: string,
  ): Promise<SearchResult[]> {
    const full = await deps.profiles.byIds(items.map((item) => item.row.id));
    const saved = await deps.lists.savedAmong(
      userId,
      items.map((item) => item.row.id),
    );
    return items.flatMap((item) => {
      const practitioner = full.get(item.row.id);
      if (practitioner === undefined) return [];
      return [
        {
          practitioner,
          distanceKm: item.distanceKm === null ? null : Math.round(item.distanceKm * 100) / 100,
          distanceText: item.distanceKm === null ? null : distanceWords(item.distanceKm, country),
          sessionPriceMinor: sessionPrice(practitioner, sessionMinutes),
          fit: item.fit,
          isSaved: saved.has(item.row.id),
        },
      ];
    });
  }

  return {
    async search(userId: string, query: DirectorySearchQuery): Promise<DirectorySearchResponse> {
      const after = cursor.decode(query.cursor);
      const origin = searchOrigin(query);
      const [rows, intake] = await Promise.all([
        deps.search.candidates(query, origin),
        deps.intakes.current(userId),
      ]);
      const safety = modalitySafety(intake);
      const now = deps.clock.now();
      const ranked: Ranked[] = [];
      for (const row of rows) {
        const distance = distanceTo(origin, row);
        if (!isWithin(query, row, distance, origin !== null)) continue;
        const profile = scoringProfile(row);
        const fit = scoreFit({
          profile,
          distanceKm: distance,
          radiusKm: query.radiusKm,
          query,
          safety,
          now,
          licenceConfirmedAt:
            row.licence_verified_at === null
              ? null
              : new Date(row.licence_verified_at).toISOString(),
        });
        const item = { row, profile, distanceKm: distance, fit };
        ranked.push({ ...item, keys: sortKeys(query, item) });
      }
      const ordered = ranked
        .map((item) => ({ ...item, id: item.row.id }))
        .sort(compareKeys)
        .filter((item) => after === undefined || compareKeys(item, after) > 0);
      const page = cursor.page(ordered, query.limit, (item) => ({ keys: item.keys, id: item.id }));
      return {
        items: await results(userId, page.items, query.sessionMinutes, query.country),
        nextCursor: page.nextCursor,
        origin:
          origin === null
            ? null
            : {
                latitude: origin.latitude,
                longitude: origin.longitude,
                postalCode: origin.postalCode,
              },
      };
    },

    async compare(
      userId: string,
      query: {
        ids: string[];
        postalCode?: string | undefined;
        country: string;
        sessionMinutes: 30 | 60 | 90;
      },
    ): Promise<{ items: SearchResult[] } | undefined> {
      const origin = searchOrigin(query);
      const [profiles, intake] = await Promise.all([
        deps.profiles.byIds(query.ids),
        deps.intakes.current(userId),
      ]);
      if (profiles.size !== query.ids.length) return undefined;
      const safety = modalitySafety(intake);
      const now = deps.clock.now();
      const saved = await deps.lists.savedAmong(userId, query.ids);
      const items = query.ids.flatMap((id) => {
        const practitioner = profiles.get(id);
        if (practitioner === undefined) return [];
        const distance =
          origin === null || practitioner.location === null
            ? null
            : distanceKm(origin, practitioner.location);
        const fit = scoreFit({
          profile: practitioner,
          distanceKm: distance,
          radiusKm: Math.max(defaultRadiusKm, distance ?? 0),
          query: { sessionMinutes: query.sessionMinutes, country: query.country },
          safety,
          now,
        });
        return [
          {
            practitioner,
            distanceKm: distance === null ? null : Math.round(distance * 100) / 100,
            distanceText: distance === null ? null : distanceWords(distance, query.country),
            sessionPriceMinor: sessionPrice(practitioner, query.sessionMinutes),
            fit,
            isSaved: saved.has(id),
          },
        ];
      });
      return { items };
    },
  };
}
export type DirectorySearchService = ReturnType<typeof directorySearchService>;
