import { z } from "zod";
import { fieldError } from "../errors/api-error.js";
import type { EntryPosition } from "../diary/pain-entries.repository.js";

const positionSchema = z.tuple([z.iso.datetime(), z.uuid()]);

/** The opaque `nextCursor`: the position of the last entry on the page, base64url JSON. */
export function encodeCursor(position: EntryPosition): string {
  return Buffer.from(JSON.stringify([position.recordedAt, position.id])).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): EntryPosition | undefined {
  if (cursor === undefined) return undefined;
  try {
    const [recordedAt, id] = positionSchema.parse(
      JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")),
    );
    return { recordedAt, id };
  } catch {
    throw fieldError("cursor", "This page link is not valid. Start again from the first page.");
  }
}
