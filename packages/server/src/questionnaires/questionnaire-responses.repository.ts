import {
  answersSchema,
  scoreResultSchema,
  type InstrumentId,
  type QuestionnaireResponse,
} from "@painplan/core";
import type { Insertable, Selectable } from "kysely";
import type { Database } from "../database/database.js";
import type { QuestionnaireResponsesTable } from "./questionnaires.tables.js";

/** Where a page of responses stopped: the last item's instant and id (newest-first order). */
export type ResponsePosition = { authoredAt: string; id: string };

type ResponseRow = Selectable<QuestionnaireResponsesTable>;
export type NewResponseRow = Insertable<QuestionnaireResponsesTable>;

export type ResponsePageQuery = {
  instrumentId: InstrumentId | undefined;
  from: string | undefined;
  to: string | undefined;
  after: ResponsePosition | undefined;
  limit: number;
};

/** JSON columns are checked on the way out: a bad row fails loudly instead of reaching a client. */
function toResponse(row: ResponseRow): QuestionnaireResponse {
  return {
    id: row.id,
    instrumentId: row.instrument_id,
    instrumentVersion: row.instrument_version,
    authoredAt: row.authored_at,
    anchorDate: row.anchor_date,
    answers: answersSchema.parse(JSON.parse(row.answers_json)),
    result: scoreResultSchema.parse(JSON.parse(row.result_json)),
  };
}

export function questionnaireResponsesRepository(db: Database) {
  const forUser = (userId: string) =>
    db.selectFrom("questionnaire_responses").selectAll().where("user_id", "=", userId);

  return {
    async insert(row: NewResponseRow): Promise<void> {
      await db.insertInto("questionnaire_responses").values(row).execute();
    },

    async findById(userId: string, id: string): Promise<QuestionnaireResponse | undefined> {
      const row = await forUser(userId).where("id", "=", id).executeTakeFirst();
      return row === undefined ? undefined : toResponse(row);
    },

    async findByIdempotencyKey(
      userId: string,
      key: string,
    ): Promise<QuestionnaireResponse | undefined> {
      const row = await forUser(userId).where("idempotency_key", "=", key).executeTakeFirst();
      return row === undefined ? undefined : toResponse(row);
    },

    /** Newest first; one row more than `limit` tells the caller there is a next page. */
    async page(userId: string, query: ResponsePageQuery): Promise<QuestionnaireResponse[]> {
      let select = forUser(userId);
      if (query.instrumentId !== undefined) {
        select = select.where("instrument_id", "=", query.instrumentId);
      }
      if (query.from !== undefined) select = select.where("authored_at", ">=", query.from);
      if (query.to !== undefined) select = select.where("authored_at", "<", query.to);
      const after = query.after;
      if (after !== undefined) {
        select = select.where((eb) =>
          eb.or([
            eb("authored_at", "<", after.authoredAt),
            eb.and([eb("authored_at", "=", after.authoredAt), eb("id", "<", after.id)]),
          ]),
        );
      }
      const rows = await select
        .orderBy("authored_at", "desc")
        .orderBy("id", "desc")
        .limit(query.limit + 1)
        .execute();
      return rows.map(toResponse);
    },

    /** When each instrument was last completed, for the due schedule. */
    async lastCompleted(userId: string): Promise<Map<InstrumentId, Date>> {
      const rows = await db
        .selectFrom("questionnaire_responses")
        .select(["instrument_id", (eb) => eb.fn.max("authored_at").as("last")])
        .where("user_id", "=", userId)
        .groupBy("instrument_id")
        .execute();
      return new Map(rows.map((row) => [row.instrument_id, new Date(row.last)]));
    },
  };
}

export type QuestionnaireResponsesRepository = ReturnType<typeof questionnaireResponsesRepository>;
