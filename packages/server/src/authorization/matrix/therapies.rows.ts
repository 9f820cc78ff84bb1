import type { therapiesEndpoints } from "@painplan/core";
import type { Row } from "./matrix-row.js";

/** Rows for the therapies area (see matrix-row.ts for the helpers: ownerOnly, signedIn, open). */
export const therapiesRows = {} satisfies Record<keyof typeof therapiesEndpoints, Row>;
