import type { diaryEndpoints } from "@painplan/core";
import { randomUUID } from "node:crypto";
import { recordPainEntry } from "../../testing/pain-entries.js";
import { ownerOnly, type Cell, type Row } from "./matrix-row.js";

const ownerParams = ({ owner }: Cell) => ({ params: { userId: owner.user.id } });

/** The owner's entry, made first, so only the caller decides the answer. */
async function ownerEntryParams({ owner }: Cell) {
  const entry = await recordPainEntry(owner);
  return { params: { userId: owner.user.id, entryId: entry.id } };
}

/** Rows for the diary area: health records, so the owner alone; everyone else 404. */
export const diaryRows = {
  listPainEntries: { call: ownerEntryParams, expected: ownerOnly(200) },
  createPainEntry: {
    call: (cell) => ({
      ...ownerParams(cell),
      body: { idempotencyKey: randomUUID(), intensityNow: 4 },
    }),
    expected: ownerOnly(201),
  },
  getPainEntry: { call: ownerEntryParams, expected: ownerOnly(200) },
  updatePainEntry: {
    call: async (cell) => ({ ...(await ownerEntryParams(cell)), body: { intensityNow: 2 } }),
    expected: ownerOnly(200),
  },
  deletePainEntry: { call: ownerEntryParams, expected: ownerOnly(204) },
  getPainEntryHistory: { call: ownerEntryParams, expected: ownerOnly(200) },
  quickLogPain: {
    call: (cell) => ({
      ...ownerParams(cell),
      body: { idempotencyKey: randomUUID(), intensityNow: 3 },
    }),
    expected: ownerOnly(201),
  },
  logStableDay: {
    call: async (cell) => ({
      ...(await ownerEntryParams(cell)),
      body: { idempotencyKey: randomUUID() },
    }),
    expected: ownerOnly(201),
  },
  listDiaryTags: { call: ownerParams, expected: ownerOnly(200) },
  exportDiaryCsv: { call: ownerEntryParams, expected: ownerOnly(200) },
  exportDiaryJson: { call: ownerEntryParams, expected: ownerOnly(200) },
} satisfies Record<keyof typeof diaryEndpoints, Row>;
