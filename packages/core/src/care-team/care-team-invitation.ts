import { elapsedDayMs } from "../time/elapsed-days.js";

/** How long an invitation can be accepted: 14 days, then it expires and a new one is needed. */
export const invitationLifetimeMs = 14 * elapsedDayMs;

export type InvitationState = {
  status: "invited" | "active" | "revoked";
  expiresAt: string;
};

/**
 * Where an invitation stands at `now`: an invitation not accepted by its expiry is "expired";
 * an accepted one is "active" until revoked. Single use: only an "invited" one can be accepted.
 */
export function invitationStatus(
  state: InvitationState,
  now: Date,
): "invited" | "active" | "revoked" | "expired" {
  if (state.status !== "invited") return state.status;
  return now.getTime() >= new Date(state.expiresAt).getTime() ? "expired" : "invited";
}

/** The instant an invitation made at `invitedAt` expires. */
export function invitationExpiry(invitedAt: Date): Date {
  return new Date(invitedAt.getTime() + invitationLifetimeMs);
}
