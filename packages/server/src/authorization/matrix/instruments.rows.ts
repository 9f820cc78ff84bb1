import type { instrumentsEndpoints } from "@painplan/core";
import type { Row } from "./matrix-row.js";

/** Rows for the instruments area (see matrix-row.ts for the helpers: ownerOnly, signedIn, open). */
export const instrumentsRows = {} satisfies Record<keyof typeof instrumentsEndpoints, Row>;
