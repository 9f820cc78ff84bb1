import {
  addCalendarDays,
  checkAnswers,
  diarySummaryWeeks,
  instrumentCatalog,
  isSameAnswers,
  localDayOf,
  scoreResponse,
  summarizeDiary,
  type Answers,
  type DiarySummary,
  type QuestionnaireResponse,
} from "@painplan/core";
import type { Authentication, RecordOwner } from "../audit/reader.js";
import { isUniqueViolation } from "../database/columns.js";
import { ApiError } from "../errors/api-error.js";
import type { InstrumentDefinitionsService } from "../questionnaires/instrument-definitions.service.js";
import type { QuestionnaireResponsesRepository } from "../questionnaires/questionnaire-responses.repository.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import type { CareTeamRecordsRepository } from "./care-team-records.repository.js";

type Dependencies = {
  records: CareTeamRecordsRepository;
  responses: QuestionnaireResponsesRepository;
  definitions: InstrumentDefinitionsService;
  clock: Clock;
  ids: IdSource;
};

const dn4 = instrumentCatalog.dn4;
const examinationIds = new Set(
  dn4.items.filter((item) => item.part === "clinician-examination").map((item) => item.linkId),
);

/** The interview part of a DN4 response (its seven self-report answers). */
const interviewOf = (answers: Answers): Answers =>
  Object.fromEntries(Object.entries(answers).filter(([linkId]) => !examinationIds.has(linkId)));

/**
 * What a care team reads and enters beyond the other areas' own routes: the diary summary
 * (the owner's days and name) and a clinician's DN4 examination (with the latest interview).
 */
export function careTeamRecordsService(deps: Dependencies) {
  async function latestInterview(ownerId: string): Promise<QuestionnaireResponse> {
    const recent = await deps.responses.page(ownerId, {
      instrumentId: "dn4",
      from: undefined,
      to: undefined,
      after: undefined,
      limit: 20,
    });
    const interview = recent.find((response) => response.result.form === "interview");
    if (interview === undefined) {
      throw new ApiError(
        "write_conflict",
        "There is no DN4 interview to complete yet: the person answers its seven questions first.",
      );
    }
    return interview;
  }

  function refuseOwnAnswers(owner: RecordOwner, reader: Authentication) {
    if (reader.user.id === owner.userId) {
      throw new ApiError(
        "forbidden",
        "The examination part is filled in by a clinician in your care team after examining you.",
      );
    }
  }

  function checkExamination(answers: Answers) {
    const stray = Object.keys(answers)
      .filter((linkId) => !examinationIds.has(linkId))
      .map((linkId) => ({
        path: `answers.${linkId}`,
        message: "Only the examination questions are entered here.",
      }));
    const missing = [...examinationIds]
      .filter((linkId) => answers[linkId] === undefined)
      .map((linkId) => ({ path: `answers.${linkId}`, message: "Please answer this question." }));
    const problems = [...stray, ...missing];
    if (problems.length > 0) {
      throw new ApiError("validation_failed", "Some answers need attention.", { fields: problems });
    }
  }

  function replay(existing: QuestionnaireResponse, answers: Answers) {
    const examination = Object.fromEntries(
      Object.entries(existing.answers).filter(([linkId]) => examinationIds.has(linkId)),
    );
    if (existing.instrumentId !== "dn4" || !isSameAnswers(examination, answers)) {
      throw new ApiError("idempotency_key_reused", "This key was already used for other answers.", {
        fields: [
          { path: "idempotencyKey", message: "This key was already used for other answers." },
        ],
      });
    }
    return existing;
  }

  return {
    async diarySummary(owner: RecordOwner): Promise<DiarySummary> {
      const today = localDayOf(deps.clock.now().toISOString(), owner.timeZone);
      const from = addCalendarDays(today, -7 * diarySummaryWeeks + 1);
      const points = await deps.records.diaryPoints(owner.userId, from);
      return {
        displayName: owner.displayName,
        timeZone: owner.timeZone,
        localDate: today,
        weeks: summarizeDiary(points, today),
      };
    },

    async dn4Responses(owner: RecordOwner): Promise<{ responses: QuestionnaireResponse[] }> {
      const responses = await deps.responses.page(owner.userId, {
        instrumentId: "dn4",
        from: undefined,
        to: undefined,
        after: undefined,
        limit: 20,
      });
      return { responses };
    },

    async enterDn4Examination(
      owner: RecordOwner,
      reader: Authentication,
      body: { answers: Answers; idempotencyKey: string },
    ): Promise<QuestionnaireResponse> {
      refuseOwnAnswers(owner, reader);
      const existing = await deps.responses.findByIdempotencyKey(owner.userId, body.idempotencyKey);
      if (existing !== undefined) return replay(existing, body.answers);
      checkExamination(body.answers);
      const definition = await deps.definitions.definition("dn4");
      const interview = await latestInterview(owner.userId);
      const answers = { ...interviewOf(interview.answers), ...body.answers };
      const problems = checkAnswers(dn4, answers);
      const outcome = scoreResponse(dn4, answers);
      if (problems.length > 0 || outcome.outcome === "invalid") {
        throw new ApiError("validation_failed", "Some answers need attention.", {
          fields: problems.length > 0 ? problems : [],
        });
      }
      const id = deps.ids.newId();
      const now = deps.clock.now().toISOString();
      try {
        await deps.records.insertExamination(
          {
            id,
            user_id: owner.userId,
            instrument_id: "dn4",
            instrument_version: definition.version,
            idempotency_key: body.idempotencyKey,
            authored_at: now,
            anchor_date: null,
            answers_json: JSON.stringify(answers),
            score: outcome.result.score,
            result_json: JSON.stringify(outcome.result),
          },
          {
            response_id: id,
            user_id: owner.userId,
            practitioner_id: reader.user.id,
            interview_response_id: interview.id,
            entered_at: now,
          },
        );
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const winner = await deps.responses.findByIdempotencyKey(owner.userId, body.idempotencyKey);
        if (winner === undefined) throw error;
        return replay(winner, body.answers);
      }
      const saved = await deps.responses.findById(owner.userId, id);
      if (saved === undefined) throw new Error("A saved response could not be read back.");
      return saved;
    },
  };
}

export type CareTeamRecordsService = ReturnType<typeof careTeamRecordsService>;
