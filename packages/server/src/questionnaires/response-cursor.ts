import { fieldError } from "../errors/api-error.js";

/** Where a page of responses stopped: the last item's instant and id (newest-first order). */
export type ResponseCursor = { authoredAt: string; id: string };

export function encodeCursor(cursor: ResponseCursor): string {
  return Buffer.from(JSON.stringify([cursor.authoredAt, cursor.id])).toString("base64url");
}

/** Opaque to clients; anything we did not hand out is a 400 on `cursor`. */
export function decodeCursor(value: string): ResponseCursor {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
    if (
      Array.isArray(decoded) &&
      decoded.length === 2 &&
      typeof decoded[0] === "string" &&
      typeof decoded[1] === "string" &&
      !Number.isNaN(Date.parse(decoded[0]))
    ) {
      return { authoredAt: new Date(decoded[0]).toISOString(), id: decoded[1] };
    }
  } catch {
    // Falls through to the error below.
  }
  throw fieldError("cursor", "This cursor is not valid; start again from the first page.");
}
