import type { safetyEndpoints } from "@painplan/core";
import type { Row } from "./matrix-row.js";

/** Rows for the safety area (see matrix-row.ts for the helpers: ownerOnly, signedIn, open). */
export const safetyRows = {} satisfies Record<keyof typeof safetyEndpoints, Row>;
