import type { RecordOwner } from "../audit/reader.js";
import {
  assessSafetyIntake,
  buildSafetySheet,
  checkSafetyIntake,
  decidePreSession,
  emptySafetyIntake,
  type PreSessionAnswers,
  type PreSessionCheckResult,
  type SafetyAssessment,
  type SafetyIntake,
  type SafetyIntakeContent,
  type SafetySheet,
  type TherapyId,
} from "@painplan/core";
import { ApiError, notFound } from "../errors/api-error.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import type { PreSessionCheckRepository } from "./pre-session-check.repository.js";
import type { SafetyIntakeRepository } from "./safety-intake.repository.js";

/** More versions than anyone saves by hand; the list stays one page. */
const versionListLength = 500;

/**
 * The safety area's work: versions of the intake, and the core rules run over the current one.
 * Authorization happens in the routes, before any of this runs.
 */
export function safetyService(deps: {
  intakes: SafetyIntakeRepository;
  checks: PreSessionCheckRepository;
  clock: Clock;
  ids: IdSource;
}) {
  const { intakes, checks, clock, ids } = deps;
  const current = async (userId: string): Promise<SafetyIntake> =>
    (await intakes.current(userId)) ?? emptySafetyIntake;

  return {
    current,

    async save(userId: string, content: SafetyIntakeContent): Promise<SafetyIntake> {
      const now = clock.now();
      const fields = checkSafetyIntake(content, now);
      if (fields.length > 0) {
        throw new ApiError("validation_failed", "Some answers need attention.", { fields });
      }
      // The version this save made, not the latest: another save may have followed at once.
      const saved = await intakes.insert(
        { id: ids.newId(), userId, savedAt: now.toISOString() },
        content,
      );
      const intake = await intakes.version(userId, saved);
      if (intake === undefined) throw new Error("A saved safety intake could not be read back.");
      return intake;
    },

    versions: (userId: string) => intakes.list(userId, versionListLength),

    async version(userId: string, version: number): Promise<SafetyIntake> {
      const intake = await intakes.version(userId, version);
      if (intake === undefined) throw notFound("This version of the safety intake");
      return intake;
    },

    async assessment(userId: string): Promise<SafetyAssessment> {
      return assessSafetyIntake(await current(userId));
    },

    async preSessionCheck(
      userId: string,
      request: { therapyId: TherapyId; answers: PreSessionAnswers },
    ): Promise<PreSessionCheckResult> {
      const intake = await current(userId);
      const decision = decidePreSession(intake, request.therapyId, request.answers);
      const result: PreSessionCheckResult = {
        id: ids.newId(),
        checkedAt: clock.now().toISOString(),
        therapyId: request.therapyId,
        intakeVersion: intake.version,
        ...decision,
      };
      await checks.insert(userId, request.answers, result);
      return result;
    },

    /** The sheet names its owner, whoever asks for it. */
    async sheet(owner: RecordOwner): Promise<SafetySheet> {
      const intake = await current(owner.userId);
      const assessment = assessSafetyIntake(intake);
      return buildSafetySheet({
        personName: owner.displayName,
        timeZone: owner.timeZone,
        intake,
        assessment,
        now: clock.now(),
      });
    },
  };
}

export type SafetyService = ReturnType<typeof safetyService>;
