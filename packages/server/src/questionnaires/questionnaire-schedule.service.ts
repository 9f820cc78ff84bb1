import {
  defaultIntervalDays,
  instrumentCatalog,
  instrumentIds,
  localDayOf,
  scheduleFor,
  type InstrumentId,
  type InstrumentSchedule,
  type QuestionnaireOverview,
  type QuestionnaireSettings,
  type UpdateQuestionnaireSettingsRequest,
} from "@painplan/core";
import { fieldError } from "../errors/api-error.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import {
  availableDefinition,
  type InstrumentDefinitionsService,
} from "./instrument-definitions.service.js";
import type { QuestionnaireResponsesRepository } from "./questionnaire-responses.repository.js";
import type { QuestionnaireSettingsRepository } from "./questionnaire-settings.repository.js";

type Dependencies = {
  settings: QuestionnaireSettingsRepository;
  responses: QuestionnaireResponsesRepository;
  definitions: InstrumentDefinitionsService;
  clock: Clock;
  ids: IdSource;
};

/** Due dates, skips and the settings behind them, for one person in their own time zone. */
export function questionnaireScheduleService(deps: Dependencies) {
  async function settingsOf(userId: string): Promise<QuestionnaireSettings> {
    const stored = await deps.settings.find(userId);
    return {
      intervals: { ...defaultIntervalDays, ...stored?.intervals },
      pgicAnchorDate: stored?.pgicAnchorDate ?? null,
    };
  }

  async function schedules(userId: string, timeZone: string) {
    const [settings, installed, completed, skipped] = await Promise.all([
      settingsOf(userId),
      deps.definitions.installedTexts(),
      deps.responses.lastCompleted(userId),
      deps.settings.lastSkipped(userId),
    ]);
    const now = deps.clock.now();
    return instrumentIds.map((id) => {
      const isAvailable = availableDefinition(id, installed) !== undefined;
      const schedule: InstrumentSchedule = scheduleFor({
        intervalDays: settings.intervals[id] ?? null,
        isAvailable,
        usesAnchorDate: instrumentCatalog[id].usesAnchorDate,
        anchorDate: settings.pgicAnchorDate,
        lastCompletedAt: completed.get(id),
        lastSkippedAt: skipped.get(id),
        now,
        timeZone,
      });
      return { id, isAvailable, schedule };
    });
  }

  return {
    settings: settingsOf,

    async overview(userId: string, timeZone: string): Promise<QuestionnaireOverview> {
      const all = await schedules(userId, timeZone);
      return {
        instruments: all.map(({ id, isAvailable, schedule }) => ({
          id,
          title: instrumentCatalog[id].title,
          shortTitle: instrumentCatalog[id].shortTitle,
          licence: instrumentCatalog[id].licence,
          status: isAvailable ? "available" : "not-installed",
          schedule,
        })),
        due: all.filter((entry) => entry.schedule.isDue).map((entry) => entry.id),
        today: localDayOf(deps.clock.now().toISOString(), timeZone),
      };
    },

    /** Only a due questionnaire can be skipped; the skip counts like an answer for the schedule. */
    async skip(userId: string, timeZone: string, instrumentId: InstrumentId) {
      const notDue = () =>
        fieldError(
          "instrumentId",
          "This questionnaire is not due now, so there is nothing to skip.",
        );
      const lastSeen = (await deps.settings.lastSkipped(userId)).get(instrumentId);
      const entry = (await schedules(userId, timeZone)).find((item) => item.id === instrumentId);
      if (entry?.schedule.isDue !== true) throw notDue();
      const skip = {
        id: deps.ids.newId(),
        instrumentId,
        skippedAt: deps.clock.now().toISOString(),
      };
      // A skip sent at the same moment may have won: then it is not due any more, as in sequence.
      if (!(await deps.settings.insertSkipUnlessSkippedSince(userId, skip, lastSeen)))
        throw notDue();
      return skip;
    },

    async update(
      userId: string,
      timeZone: string,
      change: UpdateQuestionnaireSettingsRequest,
    ): Promise<QuestionnaireSettings> {
      const today = localDayOf(deps.clock.now().toISOString(), timeZone);
      if (change.pgicAnchorDate != null && change.pgicAnchorDate > today) {
        throw fieldError("pgicAnchorDate", "Choose today or a day in the past.");
      }
      await deps.settings.update(
        userId,
        (stored) => ({
          intervals: { ...stored?.intervals, ...change.intervals },
          pgicAnchorDate:
            change.pgicAnchorDate === undefined
              ? (stored?.pgicAnchorDate ?? null)
              : change.pgicAnchorDate,
        }),
        deps.clock.now().toISOString(),
      );
      return settingsOf(userId);
    },
  };
}

export type QuestionnaireScheduleService = ReturnType<typeof questionnaireScheduleService>;
