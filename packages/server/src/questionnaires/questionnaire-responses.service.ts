import {
  clinicianOnlyAnswers,
  instrumentCatalog,
  isSameAnswers,
  scoreResponse,
  type QuestionnaireResponse,
  type QuestionnaireResponsePage,
  type SubmitQuestionnaireResponseRequest,
} from "@painplan/core";
import { ApiError, fieldError, notFound } from "../errors/api-error.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import type { InstrumentDefinitionsService } from "./instrument-definitions.service.js";
import { isUniqueViolation } from "../database/columns.js";
import type { QuestionnaireResponsesRepository } from "./questionnaire-responses.repository.js";
import type { QuestionnaireScheduleService } from "./questionnaire-schedule.service.js";
import { keysetCursor } from "../database/keyset-cursor.js";
import { z } from "zod";

type Dependencies = {
  responses: QuestionnaireResponsesRepository;
  definitions: InstrumentDefinitionsService;
  schedule: QuestionnaireScheduleService;
  clock: Clock;
  ids: IdSource;
};

export type ResponseListQuery = {
  instrumentId?: SubmitQuestionnaireResponseRequest["instrumentId"] | undefined;
  cursor?: string | undefined;
  limit: number;
  from?: string | undefined;
  to?: string | undefined;
};

/** Pages of responses, newest first, resume after the last one's time and id. */
const responseCursor = keysetCursor(z.strictObject({ authoredAt: z.iso.datetime(), id: z.uuid() }));

const utc = (instant: string | undefined) =>
  instant === undefined ? undefined : new Date(instant).toISOString();

/**
 * A person submits for themself, so never a clinician's examination items (DN4, reference §7):
 * 403 with each item named. Until a care team can submit for someone, the interview is the form.
 */
function refuseClinicianOnlyAnswers(request: SubmitQuestionnaireResponseRequest) {
  const problems = clinicianOnlyAnswers(instrumentCatalog[request.instrumentId], request.answers);
  if (problems.length === 0) return;
  throw new ApiError(
    "forbidden",
    "The examination part of this questionnaire is filled in by a clinician after examining " +
      "you. Send the seven interview questions only.",
    { fields: problems },
  );
}

export function questionnaireResponsesService(deps: Dependencies) {
  /** A retry with the same key gets the first response; reusing a key for other answers is refused. */
  function replay(existing: QuestionnaireResponse, request: SubmitQuestionnaireResponseRequest) {
    const isSame =
      existing.instrumentId === request.instrumentId &&
      isSameAnswers(existing.answers, request.answers);
    if (!isSame) {
      throw fieldError("idempotencyKey", "This key was already used for different answers.");
    }
    return existing;
  }

  async function anchorDateFor(userId: string, request: SubmitQuestionnaireResponseRequest) {
    if (!instrumentCatalog[request.instrumentId].usesAnchorDate) return null;
    const { pgicAnchorDate } = await deps.schedule.settings(userId);
    if (pgicAnchorDate === null) {
      throw fieldError(
        "instrumentId",
        "Choose your start date first: this question asks how things changed since then.",
      );
    }
    return pgicAnchorDate;
  }

  return {
    async submit(userId: string, request: SubmitQuestionnaireResponseRequest) {
      const existing = await deps.responses.findByIdempotencyKey(userId, request.idempotencyKey);
      if (existing !== undefined) return replay(existing, request);
      const definition = await deps.definitions.definition(request.instrumentId);
      refuseClinicianOnlyAnswers(request);
      const outcome = scoreResponse(instrumentCatalog[request.instrumentId], request.answers);
      if (outcome.outcome === "invalid") {
        throw new ApiError("validation_failed", "Some answers need attention.", {
          fields: outcome.problems,
        });
      }
      const anchorDate = await anchorDateFor(userId, request);
      const id = deps.ids.newId();
      try {
        await deps.responses.insert({
          id,
          user_id: userId,
          instrument_id: request.instrumentId,
          instrument_version: definition.version,
          idempotency_key: request.idempotencyKey,
          authored_at: deps.clock.now().toISOString(),
          anchor_date: anchorDate,
          answers_json: JSON.stringify(request.answers),
          score: outcome.result.score,
          result_json: JSON.stringify(outcome.result),
        });
      } catch (error) {
        // Two submissions with one key at the same moment: the loser answers like a retry.
        if (!isUniqueViolation(error)) throw error;
        const winner = await deps.responses.findByIdempotencyKey(userId, request.idempotencyKey);
        if (winner === undefined) throw error;
        return replay(winner, request);
      }
      const saved = await deps.responses.findById(userId, id);
      if (saved === undefined) throw new Error("A saved response could not be read back.");
      return saved;
    },

    async get(userId: string, id: string): Promise<QuestionnaireResponse> {
      const response = await deps.responses.findById(userId, id);
      if (response === undefined) throw notFound("This questionnaire response");
      return response;
    },

    async list(userId: string, query: ResponseListQuery): Promise<QuestionnaireResponsePage> {
      const rows = await deps.responses.page(userId, {
        instrumentId: query.instrumentId,
        from: utc(query.from),
        to: utc(query.to),
        after: responseCursor.decode(query.cursor),
        limit: query.limit,
      });
      return responseCursor.page(rows, query.limit, ({ authoredAt, id }) => ({ authoredAt, id }));
    },
  };
}

export type QuestionnaireResponsesService = ReturnType<typeof questionnaireResponsesService>;
