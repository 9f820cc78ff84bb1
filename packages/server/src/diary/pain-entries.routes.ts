import { endpoints } from "@painplan/core";
import type { RouteRegistrar } from "../http/route-registrar.js";
import type { HealthRecordGate } from "../audit/health-record-gate.js";
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
  gate: HealthRecordGate,
  { creation, edits, reads }: PainEntryServices,
): void {
  route(endpoints.listPainEntries, async ({ authentication, params, query }) => {
    const resource = { type: "pain-entries", id: null };
    return reads.list(await gate.read(authentication, params.userId, resource), query);
  });

  route(endpoints.createPainEntry, async ({ authentication, params, body }) =>
    creation.create(gate.write(authentication, params.userId), body),
  );

  route(endpoints.quickLogPain, async ({ authentication, params, body }) =>
    creation.quickLog(gate.write(authentication, params.userId), body),
  );

  route(endpoints.logStableDay, async ({ authentication, params, body }) =>
    creation.stableDay(gate.write(authentication, params.userId), body),
  );

  route(endpoints.getPainEntry, async ({ authentication, params }) => {
    const resource = { type: "pain-entry", id: params.entryId };
    return reads.get(await gate.read(authentication, params.userId, resource), params.entryId);
  });

  route(endpoints.updatePainEntry, async ({ authentication, params, body }) => {
    const owner = gate.write(authentication, params.userId);
    return edits.update(owner, authentication.actor.userId, params.entryId, body);
  });

  route(endpoints.deletePainEntry, async ({ authentication, params }) => {
    const owner = gate.write(authentication, params.userId);
    await edits.remove(owner, authentication.actor.userId, params.entryId);
    return undefined;
  });

  route(endpoints.getPainEntryHistory, async ({ authentication, params }) => {
    const resource = { type: "pain-entry-history", id: params.entryId };
    return edits.history(await gate.read(authentication, params.userId, resource), params.entryId);
  });

  route(endpoints.listDiaryTags, async ({ authentication, params }) => {
    const resource = { type: "diary-tags", id: null };
    return reads.tags(await gate.read(authentication, params.userId, resource));
  });
}
