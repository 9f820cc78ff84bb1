import { readCsvRow } from "./import-csv-row.js";
import type { ImportHeader } from "./import-file.js";
import type { LinePosition } from "./import-lines.js";
import { readNppesRow } from "./import-nppes.js";
import { importKey, type ImportedPractitioner } from "./import-practitioner.js";
import { checkImportedProfile, type ImportedProfile } from "./import-profile.js";
import type { CsvRecord, CsvRecordError, CsvRecordPassedOver } from "./import-records.js";
import type { ImportReference, RowProblem } from "./import-row-problems.js";

/** What became of one record of the file. */
export type RowOutcome = { line: number; next: LinePosition } & (
  | { kind: "staged"; key: string; profile: ImportedProfile }
  | { kind: "rejected"; key: string | null; problems: RowProblem[] }
  | { kind: "passed-over" }
);

/**
 * The first row of a file with a given NPI or external id wins; a later row with the same one
 * is rejected and names the line of the first (two rows for one practitioner in one file is a
 * mistake in the file, and guessing which is right would hide it).
 */
export class SeenKeys {
  private readonly lines = new Map<string, number>();

  /** Remembers the row's keys, or says which earlier line already has one of them. */
  claim(
    practitioner: Pick<ImportedPractitioner, "npi" | "externalId">,
    line: number,
  ): RowProblem | undefined {
    const keys: [string, string, string][] = [];
    if (practitioner.npi !== null) keys.push([`npi:${practitioner.npi}`, "npi", "NPI"]);
    if (practitioner.externalId !== null)
      keys.push([`id:${practitioner.externalId}`, "external_id", "external_id"]);
    for (const [key, column, label] of keys) {
      const earlier = this.lines.get(key);
      if (earlier !== undefined && earlier !== line) {
        return {
          column,
          message: `the same ${label} as line ${earlier} (${key.slice(key.indexOf(":") + 1)})`,
        };
      }
    }
    for (const [key] of keys) this.lines.set(key, line);
    return undefined;
  }
}

function practitionerOf(
  fields: readonly string[],
  header: ImportHeader,
  reference: ImportReference,
): ImportedPractitioner | RowProblem[] | "passed-over" {
  if (header.format === "csv") return readCsvRow(fields, header, reference);
  const outcome = readNppesRow(fields, header, reference);
  return outcome === "not-kept" || outcome === "deactivated" ? "passed-over" : outcome;
}

/** Reads, checks and de-duplicates one record. */
export function stageRecord(
  item: CsvRecord | CsvRecordError | CsvRecordPassedOver,
  header: ImportHeader,
  reference: ImportReference,
  seen: SeenKeys,
): RowOutcome {
  const line = item.line;
  const next = { line: item.lastLine + 1, offset: item.end };
  if (item.kind === "passed-over") return { kind: "passed-over", line, next };
  if (item.kind === "error") {
    const column = item.column === undefined ? null : `column ${item.column}`;
    return {
      kind: "rejected",
      line,
      next,
      key: null,
      problems: [{ column, message: item.message }],
    };
  }
  const practitioner = practitionerOf(item.fields, header, reference);
  if (practitioner === "passed-over") return { kind: "passed-over", line, next };
  if (Array.isArray(practitioner))
    return { kind: "rejected", line, next, key: null, problems: practitioner };
  const key = importKey(practitioner);
  const profile = checkImportedProfile(practitioner);
  if (Array.isArray(profile)) return { kind: "rejected", line, next, key, problems: profile };
  const duplicate = seen.claim(practitioner, line);
  if (duplicate !== undefined) return { kind: "rejected", line, next, key, problems: [duplicate] };
  return { kind: "staged", line, next, key, profile };
}
