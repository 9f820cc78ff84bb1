import { userIdParamsSchema } from "./audit.schema.js";
import {
  createPainEntryRequestSchema,
  diaryExportQuerySchema,
  diaryTagsSchema,
  painEntryHistorySchema,
  painEntryListQuerySchema,
  painEntryPageSchema,
  painEntryParamsSchema,
  painEntrySchema,
  quickLogRequestSchema,
  stableDayRequestSchema,
  updatePainEntryRequestSchema,
} from "./diary.schema.js";
import type { Endpoint } from "./endpoint.js";
import { painProfileRequestSchema, painProfileSchema } from "./pain-profile.schema.js";

const diaryBase = {
  tag: "diary",
  access: "signed-in",
} as const;

/**
 * The diary area's HTTP operations (spread into `endpoints` in api-contract.ts): the pain
 * profile and the pain entries of one person. Only that person may read or change them; anyone
 * else gets 404.
 */
export const diaryEndpoints = {
  getPainProfile: {
    ...diaryBase,
    method: "GET",
    path: "/api/users/:userId/pain-profile",
    summary: "The person's pain profile (empty lists and null `updatedAt` until first saved).",
    successStatus: 200,
    params: userIdParamsSchema,
    response: painProfileSchema,
  },
  replacePainProfile: {
    ...diaryBase,
    method: "PUT",
    path: "/api/users/:userId/pain-profile",
    summary: "Save the whole pain profile: causes, medications, other treatments, pain map.",
    successStatus: 200,
    params: userIdParamsSchema,
    body: painProfileRequestSchema,
    response: painProfileSchema,
  },
  listPainEntries: {
    ...diaryBase,
    method: "GET",
    path: "/api/users/:userId/diary/entries",
    summary:
      "Pain entries, newest first; filter by instant (from/to) or local day (fromDate/toDate).",
    successStatus: 200,
    params: userIdParamsSchema,
    query: painEntryListQuerySchema,
    response: painEntryPageSchema,
  },
  createPainEntry: {
    ...diaryBase,
    method: "POST",
    path: "/api/users/:userId/diary/entries",
    summary: "Record a pain entry. A retry with the same idempotencyKey returns the saved entry.",
    successStatus: 201,
    params: userIdParamsSchema,
    body: createPainEntryRequestSchema,
    response: painEntrySchema,
  },
  getPainEntry: {
    ...diaryBase,
    method: "GET",
    path: "/api/users/:userId/diary/entries/:entryId",
    summary: "One pain entry (404 once deleted).",
    successStatus: 200,
    params: painEntryParamsSchema,
    response: painEntrySchema,
  },
  updatePainEntry: {
    ...diaryBase,
    method: "PATCH",
    path: "/api/users/:userId/diary/entries/:entryId",
    summary: "Change some fields of a pain entry; the change is kept in its history.",
    successStatus: 200,
    params: painEntryParamsSchema,
    body: updatePainEntryRequestSchema,
    response: painEntrySchema,
  },
  deletePainEntry: {
    ...diaryBase,
    method: "DELETE",
    path: "/api/users/:userId/diary/entries/:entryId",
    summary: "Remove a pain entry from the diary; its history is kept until the account is erased.",
    successStatus: 204,
    params: painEntryParamsSchema,
  },
  getPainEntryHistory: {
    ...diaryBase,
    method: "GET",
    path: "/api/users/:userId/diary/entries/:entryId/history",
    summary: "Who changed a pain entry, when, and what (also for deleted entries).",
    successStatus: 200,
    params: painEntryParamsSchema,
    response: painEntryHistorySchema,
  },
  quickLogPain: {
    ...diaryBase,
    method: "POST",
    path: "/api/users/:userId/diary/quick-log",
    summary: "Save pain intensity now, with the body regions of the last entry. Idempotent.",
    successStatus: 201,
    params: userIdParamsSchema,
    body: quickLogRequestSchema,
    response: painEntrySchema,
  },
  logStableDay: {
    ...diaryBase,
    method: "POST",
    path: "/api/users/:userId/diary/stable-day",
    summary:
      "Same as last time: a new entry with the last entry's scores and regions (no notes or tags). Idempotent; 409 when there is no entry yet.",
    successStatus: 201,
    params: userIdParamsSchema,
    body: stableDayRequestSchema,
    response: painEntrySchema,
  },
  listDiaryTags: {
    ...diaryBase,
    method: "GET",
    path: "/api/users/:userId/diary/tags",
    summary: "The person's trigger and helper tags, most used first.",
    successStatus: 200,
    params: userIdParamsSchema,
    response: diaryTagsSchema,
  },
  exportDiaryCsv: {
    ...diaryBase,
    method: "GET",
    path: "/api/users/:userId/diary/export.csv",
    summary:
      "The diary as CSV (RFC 4180, UTF-8): one row per entry, oldest first, local and UTC time, one column pair per body region used.",
    successStatus: 200,
    params: userIdParamsSchema,
    query: diaryExportQuerySchema,
    produces: "text/csv",
  },
  exportDiaryJson: {
    ...diaryBase,
    method: "GET",
    path: "/api/users/:userId/diary/export.json",
    summary: "The diary as a JSON file (`diaryExportSchema`), oldest first.",
    successStatus: 200,
    params: userIdParamsSchema,
    query: diaryExportQuerySchema,
    produces: "application/json",
  },
} as const satisfies Record<string, Endpoint>;
