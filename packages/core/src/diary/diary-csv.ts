import { bodyRegions } from "../body-map/body-regions.js";
import type { PainEntry } from "./diary.schema.js";
import { painScoreFields, painScoreNames } from "../pain-scores/pain-score-fields.js";
import { type CsvCell, toCsv } from "../csv/csv.js";

const fixedColumns = [
  "entry_id",
  "local_date",
  "local_time",
  "time_zone",
  "recorded_at_utc",
  ...painScoreNames.map((name) => painScoreFields[name].csvColumn),
  "origin",
  "activity_note",
  "triggers",
  "helpers",
  "notes",
];

/** Several values in one cell (tags, qualities): "; " reads well and survives any CSV reader. */
const listSeparator = "; ";

/**
 * Text a person typed can start with "=", "+", "-" or "@", which a spreadsheet would run as a
 * formula (CSV injection, OWASP). Such cells get a leading apostrophe, which spreadsheets show as
 * plain text; the JSON export keeps the text exactly as written.
 */
export function spreadsheetSafeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function fixedCells(entry: PainEntry): CsvCell[] {
  return [
    entry.id,
    entry.localDate,
    entry.localTime,
    entry.timeZone,
    entry.recordedAt,
    ...painScoreNames.map((name) => entry[name]),
    entry.origin,
    spreadsheetSafeText(entry.activityNote),
    spreadsheetSafeText(entry.triggers.join(listSeparator)),
    spreadsheetSafeText(entry.helpers.join(listSeparator)),
    spreadsheetSafeText(entry.notes),
  ];
}

/** The region columns for these region ids, in body-map order (so columns are stable). */
export function diaryCsvRegionColumns(usedRegionIds: ReadonlySet<string>): string[] {
  return bodyRegions.filter((region) => usedRegionIds.has(region.id)).map((region) => region.id);
}

/** The region ids an entry uses (what decides the CSV's region columns). */
export function regionIdsOf(entry: Pick<PainEntry, "regions">): string[] {
  return entry.regions.map((region) => region.regionId);
}

/**
 * The first line of the diary CSV, after a UTF-8 byte order mark (so spreadsheet programs read
 * accents correctly): the fixed columns, then two per region column (`diaryCsvRegionColumns`).
 */
export function diaryCsvHeader(regionColumns: readonly string[]): string {
  const header = [
    ...fixedColumns,
    ...regionColumns.flatMap((id) => [`${id}_intensity`, `${id}_qualities`]),
  ];
  return "\uFEFF" + toCsv([header]);
}

/**
 * Rows of the diary CSV for some entries, under a header made for `regionColumns`. Throws when
 * an entry uses a region that has no column (the header was made for other entries).
 */
export function diaryCsvRows(
  entries: readonly PainEntry[],
  regionColumns: readonly string[],
): string {
  const rows = entries.map((entry) => {
    const byRegion = new Map(entry.regions.map((region) => [region.regionId, region]));
    const regionCells = regionColumns.flatMap((id): CsvCell[] => {
      const region = byRegion.get(id);
      byRegion.delete(id);
      return region === undefined
        ? [null, null]
        : [region.intensity, region.qualities.join(listSeparator)];
    });
    if (byRegion.size > 0)
      throw new Error("An entry uses a body region the CSV has no column for.");
    return [...fixedCells(entry), ...regionCells];
  });
  return toCsv(rows);
}

/**
 * The diary as CSV: one row per entry, local and UTC time, the recall period in each score's
 * column name, and the body regions flattened into two columns per region used
 * (`<region>_intensity`, `<region>_qualities`); a region not in an entry leaves its cells empty.
 * Starts with a UTF-8 byte order mark. The server streams the same text in pages
 * (`diaryCsvHeader`, then `diaryCsvRows` per page).
 */
export function diaryCsv(entries: readonly PainEntry[]): string {
  const regionColumns = diaryCsvRegionColumns(new Set(entries.flatMap(regionIdsOf)));
  return diaryCsvHeader(regionColumns) + diaryCsvRows(entries, regionColumns);
}
