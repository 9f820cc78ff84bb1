import type { therapiesEndpoints } from "@painplan/core";
import { open, type Row } from "./matrix-row.js";

/** The therapy library is public: everyone, signed in or not, may read it. */
export const therapiesRows = {
  listTherapies: { call: () => ({ query: "?kind=yoga&q=fold" }), expected: open(200) },
  getTherapy: { call: () => ({ params: { therapyId: "swedish-massage" } }), expected: open(200) },
} satisfies Record<keyof typeof therapiesEndpoints, Row>;
