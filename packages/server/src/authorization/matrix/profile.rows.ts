import type { profileEndpoints } from "@painplan/core";
import { aPainProfile } from "../../testing/pain-profiles.js";
import { ownerOnly, type Cell, type Row } from "./matrix-row.js";

const ownerParams = ({ owner }: Cell) => ({ params: { userId: owner.user.id } });

/** Rows for the pain profile: a health record, so the owner alone; everyone else 404. */
export const profileRows = {
  getPainProfile: { call: ownerParams, expected: ownerOnly(200) },
  replacePainProfile: {
    call: (cell) => ({ ...ownerParams(cell), body: aPainProfile().build() }),
    expected: ownerOnly(200),
  },
} satisfies Record<keyof typeof profileEndpoints, Row>;
