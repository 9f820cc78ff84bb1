import {
  diaryCsvHeader,
  diaryCsvRegionColumns,
  diaryCsvRows,
  diaryExportFormat,
  diaryJsonPieces,
  painRegionListSchema,
  painScoreRecallPeriods,
  regionIdsOf,
} from "@painplan/core";
import { setImmediate as nextImmediate } from "node:timers/promises";
import type { RecordOwner } from "../audit/reader.js";
import type { DiaryDependencies } from "./diary-dependencies.js";
import {
  painEntriesRepository as entries,
  type EntryFilter,
  type EntryPosition,
} from "./pain-entries.repository.js";
import { checkedPainEntries } from "./pain-entry-rows.js";

type DateRange = { fromDate?: string | undefined; toDate?: string | undefined };

/**
 * Entries per query. Measured on the shared 2-core machine (5,000 full entries, CPU time
 * between two turns of the event loop): at 25 entries, median 1.3 ms, 90th percentile 3 ms, at
 * most ~8 ms (a garbage collection) per page; 50 entries doubled that. On an idle machine
 * (`bench/exports.ts`) 25 entries still let another person's GET /api/me p99 grow 3.8× during
 * four exports; 10 entries, 2.0× (SQLite), at half the export throughput. Memory: one page of
 * rows and its text, whatever the diary's size.
 */
export const exportPageSize = 10;

type Page<Row> = { rows: Row[]; isLast: boolean };

let lastTurn: Promise<unknown> = Promise.resolve();

/**
 * Waits for this export's next turn of the event loop. Turns are handed out one after another
 * across every export running in the process: with several exports at once, `setImmediate`
 * alone would run one page of each back to back in the same turn; chained, each page gets a
 * turn of its own, and other requests' I/O is served between any two pages.
 */
function nextTurn(): Promise<unknown> {
  const turn = lastTurn.then(() => nextImmediate());
  lastTurn = turn;
  return turn;
}

/**
 * Pages of a person's live entries, oldest first, read by keyset (time, id) so each query
 * starts where the last one stopped; between pages the event loop is let go (`nextTurn`), so
 * requests of other people are served while an export runs.
 */
async function* pagesOf<Row extends { id: string; recorded_at: string }>(
  read: (after: EntryPosition | undefined, limit: number) => Promise<Row[]>,
): AsyncGenerator<Page<Row>> {
  let after: EntryPosition | undefined;
  for (;;) {
    const rows = await read(after, exportPageSize);
    const last = rows.at(-1);
    const isLast = rows.length < exportPageSize || last === undefined;
    yield { rows, isLast };
    if (isLast) return;
    after = { recordedAt: last.recorded_at, id: last.id };
    await nextTurn();
  }
}

/**
 * The CSV header names a column pair per body region used anywhere in the export, so a first
 * pass reads only the region lists (bounded: a set of region ids).
 */
async function usedRegionIds(deps: DiaryDependencies, filter: EntryFilter): Promise<Set<string>> {
  const used = new Set<string>();
  for await (const page of pagesOf((after, limit) =>
    entries.regionListsPage(deps.db, filter, after, limit),
  )) {
    for (const row of page.rows) {
      const regions = painRegionListSchema.parse(JSON.parse(row.regions));
      for (const id of regionIdsOf({ regions })) used.add(id);
    }
  }
  return used;
}

/**
 * The diary exports, streamed: each yields the file's text in pieces, page by page, byte for
 * byte what the whole export built in memory was (core's `diaryCsv` and
 * `JSON.stringify(diaryExport, null, 2)`). Entries are checked against the contract page by page.
 *
 * Pages are separate reads, not one snapshot: an entry edited while the export runs appears as
 * its page found it. If such an edit adds a body region the CSV header has no column for, the
 * CSV stream fails (the download ends incomplete) rather than leave that region out.
 */
export function diaryExports(deps: DiaryDependencies) {
  const pages = (filter: EntryFilter) =>
    pagesOf((after, limit) => entries.exportPage(deps.db, filter, after, limit));

  return {
    async *csv(owner: RecordOwner, range: DateRange): AsyncGenerator<string> {
      const filter = { ...range, userId: owner.userId };
      const regionColumns = diaryCsvRegionColumns(await usedRegionIds(deps, filter));
      yield diaryCsvHeader(regionColumns);
      for await (const page of pages(filter)) {
        if (page.rows.length > 0) yield diaryCsvRows(checkedPainEntries(page.rows), regionColumns);
      }
    },

    async *json(owner: RecordOwner, range: DateRange): AsyncGenerator<string> {
      const filter = { ...range, userId: owner.userId };
      const pieces = diaryJsonPieces({
        format: diaryExportFormat,
        exportedAt: deps.clock.now().toISOString(),
        timeZone: owner.timeZone,
        recallPeriods: painScoreRecallPeriods,
      });
      yield pieces.opening;
      let count = 0;
      for await (const page of pages(filter)) {
        const text = checkedPainEntries(page.rows)
          .map((entry) => pieces.entry(entry, count++))
          .join("");
        if (text !== "") yield text;
      }
      yield pieces.closing(count);
    },
  };
}

export type DiaryExports = ReturnType<typeof diaryExports>;
