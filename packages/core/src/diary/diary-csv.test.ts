import { describe, expect, it } from "vitest";
import type { PainEntry } from "./diary.schema.js";
import {
  diaryCsv,
  diaryCsvHeader,
  diaryCsvRegionColumns,
  diaryCsvRows,
  spreadsheetSafeText,
} from "./diary-csv.js";

function anEntry(overrides: Partial<PainEntry> = {}): PainEntry {
  return {
    id: "0f8fad5b-d9cb-469f-a165-70867728950e",
    recordedAt: "2026-03-01T07:30:00.000Z",
    timeZone: "Europe/Paris",
    localDate: "2026-03-01",
    localTime: "08:30",
    intensityNow: 6,
    averageIntensity: 5,
    worstIntensity: null,
    sleepInterference: 3,
    mood: null,
    regions: [],
    activityNote: "",
    triggers: [],
    helpers: [],
    notes: "",
    origin: "entry",
    createdAt: "2026-03-01T07:30:00.000Z",
    updatedAt: "2026-03-01T07:30:00.000Z",
    ...overrides,
  };
}

function lines(csv: string): string[] {
  return csv.replace(/^\uFEFF/, "").split("\r\n");
}

describe("diaryCsv", () => {
  it("starts with a UTF-8 byte order mark and a header naming each score's recall period", () => {
    const csv = diaryCsv([]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(lines(csv)[0]).toBe(
      "entry_id,local_date,local_time,time_zone,recorded_at_utc,intensity_now,average_intensity_last_24h,worst_intensity_last_24h,sleep_interference_last_night,mood_now,origin,activity_note,triggers,helpers,notes",
    );
  });

  it("writes one row per entry with local and UTC time and empty cells for missing scores", () => {
    const [, row] = lines(diaryCsv([anEntry()]));
    expect(row).toBe(
      "0f8fad5b-d9cb-469f-a165-70867728950e,2026-03-01,08:30,Europe/Paris,2026-03-01T07:30:00.000Z,6,5,,3,,entry,,,,",
    );
  });

  it("flattens regions into two columns per region used, in body-map order", () => {
    const first = anEntry({
      regions: [{ regionId: "right-sole", intensity: 7, qualities: ["burning", "tingling"] }],
    });
    const second = anEntry({ regions: [{ regionId: "left-palm", intensity: 2, qualities: [] }] });
    const [header, row1, row2] = lines(diaryCsv([first, second]));
    expect(header).toMatch(
      /,left-palm_intensity,left-palm_qualities,right-sole_intensity,right-sole_qualities$/,
    );
    expect(row1).toMatch(/,,,7,burning; tingling$/);
    expect(row2).toMatch(/,2,,,$/);
  });

  it("quotes notes with commas, quotes and line breaks, and keeps non-ASCII text", () => {
    const entry = anEntry({
      notes: 'Walked, then "pins and needles"\nat night',
      triggers: ["froid", "café"],
    });
    const csv = diaryCsv([entry]);
    expect(csv).toContain(',"Walked, then ""pins and needles""\nat night"\r\n');
    expect(csv).toContain(",froid; café,");
  });

  it("keeps typed text from running as a spreadsheet formula (OWASP CSV injection)", () => {
    const entry = anEntry({
      notes: '=HYPERLINK("http://example.test")',
      activityNote: "-2 flights of stairs",
      triggers: ["@work"],
      helpers: ["+rest"],
    });
    const [, row] = lines(diaryCsv([entry]));
    expect(row).toMatch(
      /,'-2 flights of stairs,'@work,'\+rest,"'=HYPERLINK\(""http:\/\/example.test""\)"$/,
    );
  });
});

describe("spreadsheetSafeText", () => {
  it("prefixes only text that a spreadsheet would read as a formula", () => {
    expect(spreadsheetSafeText("=1+1")).toBe("'=1+1");
    expect(spreadsheetSafeText("\tcmd")).toBe("'\tcmd");
    expect(spreadsheetSafeText("walked 2 km")).toBe("walked 2 km");
    expect(spreadsheetSafeText("a-b")).toBe("a-b");
    expect(spreadsheetSafeText("")).toBe("");
  });
});

describe("the diary CSV in pieces (as the server streams it)", () => {
  const entries = [
    anEntry({ regions: [{ regionId: "right-sole", intensity: 4, qualities: ["burning"] }] }),
    anEntry({ regions: [{ regionId: "face", intensity: 2, qualities: [] }] }),
  ];

  it("header and rows page by page join to the whole CSV", () => {
    const columns = diaryCsvRegionColumns(new Set(["right-sole", "face"]));
    const pieces =
      diaryCsvHeader(columns) +
      diaryCsvRows(entries.slice(0, 1), columns) +
      diaryCsvRows(entries.slice(1), columns);
    expect(pieces).toBe(diaryCsv(entries));
  });

  it("refuses an entry whose body region has no column, rather than leave it out", () => {
    const columns = diaryCsvRegionColumns(new Set(["face"]));
    expect(() => diaryCsvRows(entries, columns)).toThrow(/no column/);
  });
});
