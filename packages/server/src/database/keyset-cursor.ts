import { z } from "zod";
import { fieldError } from "../errors/api-error.js";

/**
 * The opaque `cursor` / `nextCursor` of a keyset-paginated list (newest first): the position of
 * the last item of a page, as base64url JSON, checked against `positionSchema` on the way back
 * in. Anything the server did not hand out is a 400 on `cursor`.
 */
export type KeysetCursor<Position> = {
  encode: (position: Position) => string;
  /** Undefined for the first page (no cursor); throws a field error for a cursor we did not make. */
  decode: (cursor: string | undefined) => Position | undefined;
  /**
   * A page from `limit + 1` rows (the extra row only says that another page follows): the items,
   * and the cursor of the last one when there is more.
   */
  page: <Item>(
    rows: readonly Item[],
    limit: number,
    positionOf: (item: Item) => Position,
  ) => { items: Item[]; nextCursor: string | null };
};

export function keysetCursor<Position>(
  positionSchema: z.ZodType<Position>,
): KeysetCursor<Position> {
  const encode = (position: Position) =>
    Buffer.from(JSON.stringify(position)).toString("base64url");
  return {
    encode,
    decode: (cursor) => {
      if (cursor === undefined) return undefined;
      try {
        return positionSchema.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
      } catch {
        throw fieldError("cursor", "This page link is not valid. Start again from the first page.");
      }
    },
    page: (rows, limit, positionOf) => {
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      const hasMore = rows.length > limit && last !== undefined;
      return { items, nextCursor: hasMore ? encode(positionOf(last)) : null };
    },
  };
}
