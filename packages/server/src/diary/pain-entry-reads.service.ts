import { rankTags, type DiaryTags, type PainEntry, type PainEntryPage } from "@painplan/core";
import { z } from "zod";
import { notFound } from "../errors/api-error.js";
import type { RecordOwner } from "../audit/reader.js";
import type { DiaryDependencies } from "./diary-dependencies.js";
import { keysetCursor } from "../database/keyset-cursor.js";
import {
  painEntriesRepository as entries,
  type EntryFilter,
  type EntryPosition,
} from "./pain-entries.repository.js";
import { toPainEntry } from "./pain-entry-rows.js";

const tagListSchema = z.array(z.string());

/** Pages of entries, newest first, resume after the last one's time and id. */
const entryCursor = keysetCursor<EntryPosition>(
  z.strictObject({ recordedAt: z.iso.datetime(), id: z.uuid() }),
);

type ListQuery = Omit<EntryFilter, "userId"> & { cursor?: string | undefined; limit: number };

/** Reading the diary: one entry, pages of entries, tags (exports: `diary-export.service.ts`). One query each, no N+1. */
export function painEntryReads(deps: DiaryDependencies) {
  return {
    async get(owner: RecordOwner, entryId: string): Promise<PainEntry> {
      const row = await entries.byId(deps.db, owner.userId, entryId);
      if (row === undefined || row.deleted_at !== null) throw notFound("This pain entry");
      return toPainEntry(row);
    },

    async list(owner: RecordOwner, query: ListQuery): Promise<PainEntryPage> {
      const { cursor, limit, ...range } = query;
      const after = entryCursor.decode(cursor);
      // One extra row tells whether another page follows.
      const rows = await entries.page(
        deps.db,
        { ...range, userId: owner.userId },
        after,
        limit + 1,
      );
      const page = entryCursor.page(rows, limit, (row) => ({
        recordedAt: row.recorded_at,
        id: row.id,
      }));
      return { items: page.items.map(toPainEntry), nextCursor: page.nextCursor };
    },

    async tags(owner: RecordOwner): Promise<DiaryTags> {
      const rows = await entries.tagLists(deps.db, owner.userId);
      const parse = (text: string) => tagListSchema.parse(JSON.parse(text));
      return {
        triggers: rankTags(rows.map((row) => parse(row.triggers))),
        helpers: rankTags(rows.map((row) => parse(row.helpers))),
      };
    },
  };
}

export type PainEntryReads = ReturnType<typeof painEntryReads>;
