import type { diaryEndpoints } from "@painplan/core";
import type { Row } from "./matrix-row.js";

/** Rows for the diary area (see matrix-row.ts for the helpers: ownerOnly, signedIn, open). */
export const diaryRows = {} satisfies Record<keyof typeof diaryEndpoints, Row>;
