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

/** The body regions used in any of the entries, in body-map order (so columns are stable). */
function usedRegionIds(entries: readonly PainEntry[]): string[] {
  const used = new Set(entries.flatMap((entry) => entry.regions.map((region) => region.regionId)));
  return bodyRegions.filter((region) => used.has(region.id)).map((region) => region.id);
}

/**
 * The diary as CSV: one row per entry, local and UTC time, the recall period in each score's
 * column name, and the body regions flattened into two columns per region used
 * (`<region>_intensity`, `<region>_qualities`); a region not in an entry leaves its cells empty.
 * Starts with a UTF-8 byte order mark so spreadsheet programs read accents correctly.
 */
export function diaryCsv(entries: readonly PainEntry[]): string {
  const regionIds = usedRegionIds(entries);
  const header = [
    ...fixedColumns,
    ...regionIds.flatMap((id) => [`${id}_intensity`, `${id}_qualities`]),
  ];
  const rows = entries.map((entry) => {
    const byRegion = new Map(entry.regions.map((region) => [region.regionId, region]));
    const regionCells = regionIds.flatMap((id): CsvCell[] => {
      const region = byRegion.get(id);
      return region === undefined
        ? [null, null]
        : [region.intensity, region.qualities.join(listSeparator)];
    });
    return [...fixedCells(entry), ...regionCells];
  });
  return "\uFEFF" + toCsv([header, ...rows]);
}
