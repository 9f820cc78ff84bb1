import { z } from "zod";
import { emailSchema } from "../accounts/accounts.schema.js";
import { createKeySchema } from "../api/create-key.schema.js";
import { userIdParamsSchema } from "../api/path-params.schema.js";
import { itemScheduleSchema } from "../plan/schedule.schema.js";
import { planApiLimits } from "../plan/plan-api.schema.js";
import { pressures } from "../plan/plan-item.schema.js";
import { personText } from "../text/text.schema.js";
import { calendarDateSchema } from "../time/time.schema.js";
import { careTeamScopes } from "./care-team-scopes.js";

/** Each scope on or off; every one must be sent (nothing is shared by default). */
export const careTeamScopeSetSchema = z.strictObject(
  Object.fromEntries(
    careTeamScopes.map((scope) => [scope, z.boolean({ error: "Choose on or off." })]),
  ) as Record<(typeof careTeamScopes)[number], z.ZodBoolean>,
);

export const careTeamMemberStatuses = ["invited", "active", "revoked", "expired"] as const;

/** One practitioner in (or invited to) a person's care team. */
export const careTeamMemberSchema = z.object({
  id: z.uuid(),
  status: z.enum(careTeamMemberStatuses),
  /** The practitioner's account once known (invited from the directory, or after accepting). */
  practitioner: z.object({ userId: z.uuid(), displayName: z.string() }).nullable(),
  /** Set for an invitation sent by e-mail. */
  invitedEmail: z.string().nullable(),
  scopes: careTeamScopeSetSchema,
  invitedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  acceptedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type CareTeamMember = z.infer<typeof careTeamMemberSchema>;

export const careTeamResponseSchema = z.object({ members: z.array(careTeamMemberSchema) });
export type CareTeamResponse = z.infer<typeof careTeamResponseSchema>;

/** Invite a practitioner's account (e.g. from the directory) or an e-mail address: one of the two. */
export const inviteToCareTeamRequestSchema = z
  .strictObject({
    idempotencyKey: createKeySchema("invitation"),
    practitionerId: z.uuid("Not a valid id.").optional(),
    email: emailSchema.optional(),
    scopes: careTeamScopeSetSchema,
  })
  .refine((body) => (body.practitionerId === undefined) !== (body.email === undefined), {
    error: "Invite a practitioner from the directory or by e-mail (one of the two).",
    path: ["email"],
  });
export type InviteToCareTeamRequest = z.input<typeof inviteToCareTeamRequestSchema>;
export type InviteToCareTeamFields = z.output<typeof inviteToCareTeamRequestSchema>;

/**
 * The new invitation, with its secret: shown once, never stored (only its hash is). A retry
 * (the same idempotency key and fields) answers the invitation already made with `token` and
 * `acceptUrl` null, since the code cannot be read back, and sends no second e-mail.
 */
export const careTeamInvitationSchema = z.object({
  member: careTeamMemberSchema,
  token: z.string().nullable(),
  /** The page where the practitioner accepts (with the token); null on a retry. */
  acceptUrl: z.string().nullable(),
  /** Whether the invitation was e-mailed (needs SMTP); otherwise the person passes the link on. */
  isMailed: z.boolean(),
});
export type CareTeamInvitation = z.infer<typeof careTeamInvitationSchema>;

export const careTeamMemberParamsSchema = userIdParamsSchema.extend({
  memberId: z.uuid("Not a valid id."),
});

export const changeCareTeamScopesRequestSchema = z.strictObject({
  scopes: careTeamScopeSetSchema,
});

export const acceptCareTeamInvitationRequestSchema = z.strictObject({
  token: z.string().min(1, "Paste the invitation's code.").max(200, "This is not an invitation."),
});

/** One client of a practitioner, named and dated as the client. */
export const careTeamClientSchema = z.object({
  memberId: z.uuid(),
  userId: z.uuid(),
  displayName: z.string(),
  timeZone: z.string(),
  scopes: careTeamScopeSetSchema,
  acceptedAt: z.iso.datetime(),
});
export type CareTeamClient = z.infer<typeof careTeamClientSchema>;
export const careTeamClientsResponseSchema = z.object({
  clients: z.array(careTeamClientSchema),
});
export type CareTeamClientsResponse = z.infer<typeof careTeamClientsResponseSchema>;

export const diarySummarySchema = z.object({
  displayName: z.string().describe("The person the diary belongs to."),
  timeZone: z.string(),
  localDate: calendarDateSchema.describe("Today in the person's zone."),
  weeks: z.array(
    z.object({
      from: calendarDateSchema,
      to: calendarDateSchema,
      entryCount: z.int(),
      averagePain: z.number().nullable(),
      worstPain: z.int().nullable(),
    }),
  ),
});
export type DiarySummary = z.infer<typeof diarySummarySchema>;

/** What a practitioner proposes for one plan item: only what they send changes. */
export const planChangeSchema = z
  .strictObject({
    schedule: itemScheduleSchema.optional(),
    pressure: z.enum(pressures, { error: "Choose light, medium or firm." }).nullable().optional(),
    notes: personText({
      maxLength: planApiLimits.notesMaxLength,
      label: "The note",
      isMultiline: true,
    }).optional(),
  })
  .refine((change) => Object.keys(change).length > 0, { error: "Propose at least one change." });

export const proposePlanChangeRequestSchema = z.strictObject({
  planId: z.uuid("Not a valid id."),
  itemId: z.uuid("Not a valid id."),
  change: planChangeSchema,
  reason: personText({
    maxLength: planApiLimits.reasonMaxLength,
    label: "The reason",
    minLength: 1,
    isTrimmed: true,
  }),
});
export type ProposePlanChangeRequest = z.input<typeof proposePlanChangeRequestSchema>;

export const planProposalStatuses = ["pending", "accepted", "declined"] as const;

export const planProposalSchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  itemId: z.uuid(),
  itemTitle: z.string(),
  proposedBy: z.object({ userId: z.uuid(), displayName: z.string() }),
  change: z.object({
    schedule: itemScheduleSchema.optional(),
    pressure: z.enum(pressures).nullable().optional(),
    notes: z.string().optional(),
  }),
  reason: z.string(),
  status: z.enum(planProposalStatuses),
  proposedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  /** The plan version the accepted change made (it records who proposed and who accepted). */
  planVersion: z.int().nullable(),
});
export type PlanProposal = z.infer<typeof planProposalSchema>;
export const planProposalsResponseSchema = z.object({ proposals: z.array(planProposalSchema) });
export type PlanProposalsResponse = z.infer<typeof planProposalsResponseSchema>;

export const planProposalParamsSchema = userIdParamsSchema.extend({
  proposalId: z.uuid("Not a valid id."),
});

export const decidePlanProposalRequestSchema = z.strictObject({
  decision: z.enum(["accept", "decline"], { error: "Accept or decline." }),
});

/** The three examination items of DN4 (yes = 1, no = 0), entered by a clinician. */
export const dn4ExaminationRequestSchema = z.strictObject({
  answers: z.record(z.string().min(1).max(64), z.int("Choose yes or no.")),
  /** Sending the same key again returns the first result. */
  idempotencyKey: z.uuid("Not a valid id."),
});
export type Dn4ExaminationRequest = z.input<typeof dn4ExaminationRequestSchema>;
