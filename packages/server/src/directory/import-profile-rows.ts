import type { Insertable } from "kysely";
import type {
  PractitionerProfilesTable,
  PractitionerVerificationsTable,
} from "./directory.tables.js";
import type { ImportedProfile } from "./import-profile.js";
import type { ImportDependencies } from "./import.service.js";
import { profileColumns } from "./practitioner-rows.js";

/** A row of the import file as staged: its line, its import key (npi:… / id:…), the profile. */
export type StagedRow = { line: number; key: string; profile: ImportedProfile };
/** The directory profile a staged row matches, as far as applying it needs. */
export type Existing = {
  id: string;
  npi: string | null;
  external_id: string | null;
  user_id: string | null;
  created_at: string;
  npi_verification_source: string | null;
  accepting_verification_source: string | null;
  npi_verified_at: string | null;
  accepting_verified_at: string | null;
};

const importedVerification = (
  prefix: "npi_" | "accepting_",
  when: string,
  by: string,
  evidence: string,
) => ({
  [`${prefix}verification_source`]: "import",
  [`${prefix}verification_outcome`]: "confirmed",
  [`${prefix}verified_at`]: when,
  [`${prefix}verified_by`]: null,
  [`${prefix}verified_by_name`]: by,
  [`${prefix}verification_evidence`]: evidence,
});

/**
 * The directory row for one staged practitioner. What an admin (or the practitioner) verified
 * is theirs: an import writes a fact's verification only where the last one came from an import.
 */
export function profileRow(
  row: StagedRow,
  id: string,
  existing: Existing | undefined,
  at: string,
  evidence: string,
) {
  const { values, imported } = row.profile;
  const verifiedAt = imported.verifiedOn === null ? null : `${imported.verifiedOn}T00:00:00.000Z`;
  const mayWrite = (source: string | null | undefined) =>
    source === null || source === undefined || source === "import";
  const columns: Insertable<PractitionerProfilesTable> = {
    ...profileColumns(values, imported.location),
    id,
    user_id: null,
    external_id: imported.externalId,
    origin: imported.isFictional ? "synthetic" : "import",
    is_fictional: imported.isFictional ? 1 : 0,
    created_at: existing?.created_at ?? at,
    updated_at: at,
  };
  if (verifiedAt !== null && imported.verifiedBy !== null) {
    if (imported.source === "nppes" && mayWrite(existing?.npi_verification_source)) {
      Object.assign(columns, importedVerification("npi_", verifiedAt, "NPPES", evidence));
    }
    if (
      imported.acceptingNewClients !== null &&
      mayWrite(existing?.accepting_verification_source)
    ) {
      Object.assign(
        columns,
        importedVerification("accepting_", verifiedAt, imported.verifiedBy, evidence),
      );
    }
  }
  return columns;
}

/**
 * The history of verifications (`practitioner_verifications`) gains a row when an import sets a
 * fact's verification to a new date; re-importing the same file adds none.
 */
export function verificationHistory(
  rows: readonly Insertable<PractitionerProfilesTable>[],
  existing: readonly Existing[],
  ids: ImportDependencies["ids"],
): Insertable<PractitionerVerificationsTable>[] {
  return rows.flatMap((row) => {
    const old = existing.find((candidate) => candidate.id === row.id);
    const facts = [
      [
        "npi",
        row.npi_verification_source,
        row.npi_verified_at,
        old?.npi_verified_at,
        row.npi_verified_by_name,
        row.npi_verification_evidence,
      ],
      [
        "accepting-new-clients",
        row.accepting_verification_source,
        row.accepting_verified_at,
        old?.accepting_verified_at,
        row.accepting_verified_by_name,
        row.accepting_verification_evidence,
      ],
    ] as const;
    return facts.flatMap(([subject, source, at, oldAt, byName, evidence]) =>
      source !== "import" || typeof at !== "string" || at === oldAt
        ? []
        : [
            {
              id: ids.newId(),
              profile_id: row.id,
              subject,
              subject_id: null,
              source: "import" as const,
              outcome: "confirmed" as const,
              verified_at: at,
              verified_by: null,
              verified_by_name: byName ?? "",
              evidence: evidence ?? null,
            },
          ],
    );
  });
}
