import {
  definitionOf,
  instrumentCatalog,
  isLicensedInstrument,
  type InstalledText,
  type InstrumentDefinition,
  type InstrumentId,
  type LicensedInstrumentId,
} from "@painplan/core";
import { ApiError } from "../errors/api-error.js";
import type { InstalledInstrumentsRepository } from "./installed-instruments.repository.js";

export type InstalledTexts = ReadonlyMap<LicensedInstrumentId, InstalledText>;

export function notInstalled(id: InstrumentId): ApiError {
  return new ApiError(
    "instrument_not_installed",
    `The ${instrumentCatalog[id].shortTitle} questionnaire is not installed on this PainPlan. ` +
      "Its wording is licensed; the people who run this PainPlan can install it.",
  );
}

/** The definition people can take now, with a licensed instrument's installed wording. */
export function availableDefinition(
  id: InstrumentId,
  installed: InstalledTexts,
): InstrumentDefinition | undefined {
  return definitionOf(
    instrumentCatalog[id],
    isLicensedInstrument(id) ? installed.get(id) : undefined,
  );
}

/**
 * The instruments' definitions. Installed texts are cached: each call asks only for the
 * instruments' revisions (one small query) and reloads the compiled texts when an install,
 * here or on another server, has moved one on.
 */
export function instrumentDefinitionsService(installedInstruments: InstalledInstrumentsRepository) {
  let cache: { revisions: string; texts: InstalledTexts } | undefined;

  async function installedTexts(): Promise<InstalledTexts> {
    const revisions = await installedInstruments.revisions();
    if (cache?.revisions !== revisions) {
      cache = { revisions, texts: await installedInstruments.all() };
    }
    return cache.texts;
  }

  return {
    installedTexts,

    /** 404 `instrument_not_installed` for a licensed instrument nobody has installed. */
    async definition(id: InstrumentId): Promise<InstrumentDefinition> {
      const definition = availableDefinition(id, await installedTexts());
      if (definition === undefined) throw notInstalled(id);
      return definition;
    },
  };
}

export type InstrumentDefinitionsService = ReturnType<typeof instrumentDefinitionsService>;
