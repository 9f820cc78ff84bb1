import {
  boundingBox,
  modalityMask,
  type Coordinates,
  type DirectorySearchQuery,
} from "@painplan/core";
import { sql, type SelectQueryBuilder } from "kysely";
import type { Database } from "../database/database.js";
import type { Tables } from "../database/tables.js";
import { scoringColumns, type ScoringRow } from "./practitioner-rows.js";

/** Most candidate rows one search reads before the exact distance and the fit are computed. */
export const maxCandidates = 5000;

/** `%`, `_` and `\` taken literally in a LIKE pattern (with `escape '\'`). */
function likePattern(words: string): string {
  return `%${words.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

type ProfileQuery = SelectQueryBuilder<Tables, "practitioner_profiles", Record<string, never>>;

function contains(query: ProfileQuery, column: string, words: string): ProfileQuery {
  return query.where(
    sql<boolean>`lower(${sql.ref(column)}) like ${likePattern(words)} escape '\\'`,
  );
}

function flagFilters(query: ProfileQuery, filters: DirectorySearchQuery): ProfileQuery {
  const flags = [
    [filters.hasNeuropathyExperience, "has_neuropathy_experience"],
    [filters.providesSuperbills, "provides_superbills"],
    [filters.acceptsHsaFsa, "accepts_hsa_fsa"],
    [filters.offersPaymentPlans, "offers_payment_plans"],
    [filters.offersOnline, "offers_online"],
    [filters.isStepFree, "is_step_free"],
    [filters.hasLoweringTable, "has_lowering_table"],
    [filters.hasParking, "has_parking"],
    [filters.isAcceptingNewClients, "is_accepting_new_clients"],
  ] as const;
  let result = query;
  for (const [wanted, column] of flags) {
    if (wanted !== undefined) result = result.where(column, "=", wanted ? 1 : 0);
  }
  return result;
}

function moneyFilters(query: ProfileQuery, filters: DirectorySearchQuery): ProfileQuery {
  let result = query;
  if (filters.hasSlidingScale === true) result = result.where("sliding_from_minor", "is not", null);
  if (filters.hasSlidingScale === false) result = result.where("sliding_from_minor", "is", null);
  if (filters.isInsuranceOrSlidingScale === true) {
    result = result.where((eb) =>
      eb.or([eb("accepts_insurance", "=", 1), eb("sliding_from_minor", "is not", null)]),
    );
  }
  if (filters.insurer !== undefined) {
    result =
      filters.insurer.toLowerCase() === "any"
        ? result.where("accepts_insurance", "=", 1)
        : contains(result, "insurance_accepted", filters.insurer);
  }
  if (filters.maxPriceMinor !== undefined) {
    const column =
      filters.sessionMinutes === 30
        ? "price_30_minor"
        : filters.sessionMinutes === 90
          ? "price_90_minor"
          : "price_60_minor";
    result = result
      .where("currency", "=", filters.currency)
      .where(column, "<=", filters.maxPriceMinor);
  }
  return result;
}

/**
 * Candidate practitioners for a search: every filter in SQL on plain columns, and — when there
 * is a point and online-only was not asked for — the radius's bounding box on the indexed
 * latitude/longitude columns. The exact (haversine) distance is the service's, in core.
 * `useBox: false, limit: Infinity` reads every row that passes the filters (the bench's
 * full-scan baseline); otherwise at most `maxCandidates` rows, in id order.
 */
export function directorySearchRepository(db: Database) {
  return {
    async candidates(
      filters: DirectorySearchQuery,
      origin: Coordinates | null,
      options: { useBox?: boolean; limit?: number } = {},
    ): Promise<ScoringRow[]> {
      let query: ProfileQuery = db.selectFrom("practitioner_profiles");
      if (origin !== null && filters.offersOnline !== true && options.useBox !== false) {
        const box = boundingBox(origin, filters.radiusKm);
        query = query
          .where("latitude", ">=", box.minLatitude)
          .where("latitude", "<=", box.maxLatitude)
          .where("longitude", ">=", box.minLongitude)
          .where("longitude", "<=", box.maxLongitude);
      }
      if (filters.modalities !== undefined && filters.modalities.length > 0) {
        query = query.where(
          sql<boolean>`(modality_mask & ${modalityMask(filters.modalities)}) <> 0`,
        );
      }
      if (filters.hasVerifiedLicence === true)
        query = query.where("licence_verified_at", "is not", null);
      if (filters.offersHomeVisits === true)
        query = query.where("home_visit_radius_km", "is not", null);
      if (filters.technique !== undefined) {
        const pattern = likePattern(filters.technique);
        query = query.where(
          sql<boolean>`(lower(neuropathy_techniques) like ${pattern} escape '\\' or lower(neuropathy_conditions) like ${pattern} escape '\\')`,
        );
      }
      if (filters.language !== undefined) query = contains(query, "languages", filters.language);
      for (const word of (filters.q ?? "")
        .split(/\s+/)
        .filter((w) => w !== "")
        .slice(0, 5)) {
        query = contains(query, "search_text", word);
      }
      query = moneyFilters(flagFilters(query, filters), filters);
      const ordered = query.select(scoringColumns).orderBy("id");
      return options.limit === Infinity
        ? ordered.execute()
        : ordered.limit(options.limit ?? maxCandidates).execute();
    },
  };
}
export type DirectorySearchRepository = ReturnType<typeof directorySearchRepository>;
