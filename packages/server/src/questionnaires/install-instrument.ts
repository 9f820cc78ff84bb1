import {
  instrumentCatalog,
  licensedInstrumentIds,
  readLicensedQuestionnaire,
  type LicensedInstrumentId,
} from "@painplan/core";
import type { Database } from "../database/database.js";
import type { Clock } from "../system/clock.js";
import { installedInstrumentsRepository } from "./installed-instruments.repository.js";

export class InstallRefusedError extends Error {}

function parseInstrumentId(value: string | undefined): LicensedInstrumentId | undefined {
  if (value === undefined) return undefined;
  const id = licensedInstrumentIds.find((candidate) => candidate === value);
  if (id === undefined) {
    throw new InstallRefusedError(
      `--instrument must be one of: ${licensedInstrumentIds.join(", ")} (got "${value}").`,
    );
  }
  return id;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InstallRefusedError("The file is not valid JSON (expected a FHIR R4 Questionnaire).");
  }
}

/**
 * `painplan install-instrument <file>`: stores a licensed definition (FHIR R4 Questionnaire JSON)
 * in the database, where every server of the instance reads it. The file's question linkIds must
 * be exactly the instrument's scoring keys; anything else is refused with the keys to fix.
 */
export async function installInstrument(
  db: Database,
  clock: Clock,
  fileText: string,
  requestedId?: string,
): Promise<{ instrumentId: LicensedInstrumentId; title: string; version: string }> {
  const outcome = readLicensedQuestionnaire(parseJson(fileText), parseInstrumentId(requestedId));
  if (outcome.outcome === "refused") {
    const expected = licensedInstrumentIds
      .map((id) => `  ${id}: ${instrumentCatalog[id].items.map((item) => item.linkId).join(", ")}`)
      .join("\n");
    throw new InstallRefusedError(
      `This file cannot be installed:\n${outcome.problems.map((problem) => `  - ${problem}`).join("\n")}\n` +
        `The question linkIds must match one instrument's scoring keys exactly:\n${expected}`,
    );
  }
  const { instrumentId, version } = outcome.installed;
  await installedInstrumentsRepository(db).save(instrumentId, fileText, clock.now().toISOString());
  return { instrumentId, title: instrumentCatalog[instrumentId].title, version };
}
