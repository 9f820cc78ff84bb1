import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { PainEntryCreation } from "./pain-entry-creation.service.js";
import type { PainEntryEdits } from "./pain-entry-edits.service.js";
import type { PainEntryReads } from "./pain-entry-reads.service.js";

export type PainEntryServices = {
  creation: PainEntryCreation;
  edits: PainEntryEdits;
  reads: PainEntryReads;
};

export function painEntriesRoutes(
  route: RouteRegistrar,
  { creation, edits, reads }: PainEntryServices,
): void {
  route(endpoints.listPainEntries, ({ owner, query }) => reads.list(owner, query));
  route(endpoints.createPainEntry, ({ owner, body }) => creation.create(owner, body));
  route(endpoints.quickLogPain, ({ owner, body }) => creation.quickLog(owner, body));
  route(endpoints.logStableDay, ({ owner, body }) => creation.stableDay(owner, body));
  route(endpoints.getPainEntry, ({ owner, params }) => reads.get(owner, params.entryId));
  route(endpoints.updatePainEntry, ({ owner, reader, params, body }) =>
    edits.update(owner, reader.actor.userId, params.entryId, body),
  );
  route(endpoints.deletePainEntry, async ({ owner, reader, params }) => {
    await edits.remove(owner, reader.actor.userId, params.entryId);
    return undefined;
  });
  route(endpoints.getPainEntryHistory, ({ owner, params }) => edits.history(owner, params.entryId));
  route(endpoints.listDiaryTags, ({ owner }) => reads.tags(owner));
}
