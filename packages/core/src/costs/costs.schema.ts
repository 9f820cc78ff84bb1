import { z } from "zod";
import { createKeySchema } from "../api/create-key.schema.js";
import { personText } from "../text/text.schema.js";
import { calendarDateSchema } from "../time/time.schema.js";
import { therapyIdSchema } from "../therapies/therapies.schema.js";
import { claimStatusValues } from "./claim.schema.js";
import { maxAmountMinor, moneySchema } from "./money.js";
import { paidByValues } from "./charge.schema.js";

const amountMinorSchema = z
  .number({ error: "The amount must be a number." })
  .int({ error: "The amount is a whole number of minor units (cents)." })
  .min(0, { error: "The amount cannot be negative." })
  .max(maxAmountMinor, { error: "The amount is too large." });

const moneyOut = z.object({ amountMinor: z.number().int(), currency: z.string() });

// Packages -------------------------------------------------------------------------------

export const createPackageRequestSchema = z.strictObject({
  idempotencyKey: createKeySchema("package"),
  name: personText({ maxLength: 120, label: "The package name", minLength: 1, isTrimmed: true }),
  therapyId: therapyIdSchema.nullable().default(null),
  sessionsTotal: z
    .number({ error: "The number of sessions must be a number." })
    .int({ error: "The number of sessions is a whole number." })
    .min(1, { error: "A package has at least 1 session." })
    .max(1000, { error: "A package has at most 1,000 sessions." }),
  price: moneySchema,
  boughtOn: calendarDateSchema,
});
export type CreatePackageRequest = z.output<typeof createPackageRequestSchema>;

export const costPackageSchema = z.object({
  id: z.string(),
  name: z.string(),
  therapyId: z.string().nullable(),
  sessionsTotal: z.number().int(),
  price: moneyOut,
  boughtOn: z.string(),
  sessionsUsed: z.number().int(),
  sessionsLeft: z.number().int().min(0),
  unitCostMinor: z.number().int(),
  remainderMinor: z.number().int(),
  valueLeftMinor: z.number().int(),
  isUsedUp: z.boolean(),
  isArchived: z.boolean(),
});
export type CostPackage = z.infer<typeof costPackageSchema>;
export const costPackageListSchema = z.object({ items: z.array(costPackageSchema) });

export const packageIdParamsSchema = z.strictObject({
  userId: z.uuid("Not a valid id."),
  packageId: z.uuid("Not a valid id."),
});

// Claims ---------------------------------------------------------------------------------

const claimFields = {
  insurer: personText({
    maxLength: 120,
    label: "The insurer's name",
    minLength: 1,
    isTrimmed: true,
  }),
  status: z.enum(claimStatusValues, { error: "Choose where the claim stands." }),
  amountClaimed: moneySchema,
  amountReimbursedMinor: amountMinorSchema.default(0),
  submittedOn: calendarDateSchema.nullable().default(null),
  decidedOn: calendarDateSchema.nullable().default(null),
  sessionIds: z
    .array(z.uuid("Not a valid id."))
    .max(200, "A claim covers at most 200 sessions.")
    .default([]),
  note: personText({ maxLength: 1000, label: "The note", isMultiline: true }).default(""),
};

type ClaimFields = {
  status: (typeof claimStatusValues)[number];
  amountClaimed: { amountMinor: number };
  amountReimbursedMinor: number;
  submittedOn: string | null;
  decidedOn: string | null;
};

/** The rules between a claim's fields (also checked again after a partial change). */
export function claimIssues(claim: ClaimFields): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (claim.amountReimbursedMinor > claim.amountClaimed.amountMinor) {
    issues.push({
      path: "amountReimbursedMinor",
      message: "The amount paid back cannot be more than the amount claimed.",
    });
  }
  if (claim.status !== "paid" && claim.amountReimbursedMinor !== 0) {
    issues.push({
      path: "amountReimbursedMinor",
      message: "Only a paid claim has an amount paid back.",
    });
  }
  if (claim.status === "not-submitted" && claim.submittedOn !== null) {
    issues.push({ path: "submittedOn", message: "A claim not sent yet has no date sent." });
  }
  if ((claim.status === "paid" || claim.status === "denied") && claim.decidedOn === null) {
    issues.push({ path: "decidedOn", message: "Enter the day the insurer decided." });
  }
  if (claim.status !== "paid" && claim.status !== "denied" && claim.decidedOn !== null) {
    issues.push({ path: "decidedOn", message: "Only a paid or denied claim has a decision day." });
  }
  if (
    claim.submittedOn !== null &&
    claim.decidedOn !== null &&
    claim.decidedOn < claim.submittedOn
  ) {
    issues.push({
      path: "decidedOn",
      message: "The decision cannot come before the claim was sent.",
    });
  }
  return issues;
}

export const createClaimRequestSchema = z
  .strictObject({ idempotencyKey: createKeySchema("claim"), ...claimFields })
  .superRefine((claim, context) => {
    for (const issue of claimIssues(claim)) {
      context.addIssue({ code: "custom", path: [issue.path], message: issue.message });
    }
  });
export type CreateClaimRequest = z.output<typeof createClaimRequestSchema>;

export const updateClaimRequestSchema = z.strictObject({
  version: z.number().int().min(1),
  status: claimFields.status.optional(),
  amountReimbursedMinor: amountMinorSchema.optional(),
  submittedOn: calendarDateSchema.nullable().optional(),
  decidedOn: calendarDateSchema.nullable().optional(),
  note: personText({ maxLength: 1000, label: "The note", isMultiline: true }).optional(),
});
export type UpdateClaimRequest = z.output<typeof updateClaimRequestSchema>;

export const insuranceClaimSchema = z.object({
  id: z.string(),
  insurer: z.string(),
  status: z.enum(claimStatusValues),
  amountClaimed: moneyOut,
  amountReimbursedMinor: z.number().int(),
  submittedOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  sessionIds: z.array(z.string()),
  note: z.string(),
  version: z.number().int(),
});
export type InsuranceClaim = z.infer<typeof insuranceClaimSchema>;
export const insuranceClaimListSchema = z.object({ items: z.array(insuranceClaimSchema) });

export const claimIdParamsSchema = z.strictObject({
  userId: z.uuid("Not a valid id."),
  claimId: z.uuid("Not a valid id."),
});

// Spend ----------------------------------------------------------------------------------

const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Enter a month as YYYY-MM.")
  .refine((value) => value >= "1900-01", "Choose a month from 1900 on.");

export const spendQuerySchema = z
  .strictObject({
    from: monthSchema
      .optional()
      .describe("First month (YYYY-MM, inclusive); default 11 months before this one."),
    to: monthSchema.optional().describe("Last month (YYYY-MM, inclusive); default this month."),
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    error: "The last month must not be before the first.",
    path: ["to"],
  });

const totalsShape = {
  spentMinor: z.number().int(),
  reimbursedMinor: z.number().int(),
  netMinor: z.number().int(),
};
export const spendSummarySchema = z.object({
  fromMonth: z.string(),
  toMonth: z.string(),
  timeZone: z.string(),
  currencies: z.array(
    z.object({
      currency: z.string(),
      ...totalsShape,
      billedToInsuranceMinor: z.number().int(),
      sessions: z.number().int(),
      byMonth: z.array(z.object({ month: z.string(), ...totalsShape })),
      byTherapy: z.array(
        z.object({
          therapyKey: z.string(),
          label: z.string(),
          sessions: z.number().int(),
          ...totalsShape,
        }),
      ),
    }),
  ),
});

// Forecast and usual prices --------------------------------------------------------------

export const itemIdParamsSchema = z.strictObject({
  userId: z.uuid("Not a valid id."),
  itemId: z.uuid("Not a valid id."),
});
export const usualPriceRequestSchema = z.strictObject({ price: moneySchema });

export const planForecastSchema = z.object({
  from: z.string(),
  nextQuarterEnds: z.string(),
  timeZone: z.string(),
  items: z.array(
    z.object({
      itemId: z.string(),
      title: z.string(),
      usualPrice: moneyOut.nullable(),
      sessionsNextQuarter: z.number().int(),
      sessionsNextYear: z.number().int(),
      nextQuarter: moneyOut.nullable(),
      averageQuarter: moneyOut.extend({ isRounded: z.boolean() }).nullable(),
    }),
  ),
  nextQuarterTotals: z.array(moneyOut),
  averageQuarterTotals: z.array(moneyOut),
  itemsWithoutPrice: z.number().int(),
});

// Estimates ------------------------------------------------------------------------------

export const createEstimateRequestSchema = z
  .strictObject({
    idempotencyKey: createKeySchema("estimate"),
    provider: personText({
      maxLength: 120,
      label: "Who gave the estimate",
      minLength: 1,
      isTrimmed: true,
    }),
    description: personText({ maxLength: 500, label: "What it covers", isMultiline: true }).default(
      "",
    ),
    therapyId: therapyIdSchema.nullable().default(null),
    amount: moneySchema,
    isGoodFaithEstimate: z.boolean({ error: "Say whether it is a Good Faith Estimate." }),
    givenOn: calendarDateSchema,
    coversFrom: calendarDateSchema,
    coversTo: calendarDateSchema,
  })
  .refine((estimate) => estimate.coversTo >= estimate.coversFrom, {
    error: "The last day covered must not be before the first.",
    path: ["coversTo"],
  });
export type CreateEstimateRequest = z.output<typeof createEstimateRequestSchema>;

export const costEstimateSchema = z.object({
  id: z.string(),
  provider: z.string(),
  description: z.string(),
  therapyId: z.string().nullable(),
  isGoodFaithEstimate: z.boolean(),
  givenOn: z.string(),
  coversFrom: z.string(),
  coversTo: z.string(),
  comparison: z.object({
    estimate: moneyOut,
    billed: moneyOut,
    differenceMinor: z.number().int(),
    isOverEstimate: z.boolean(),
    mayDispute: z.boolean(),
  }),
});
export type CostEstimate = z.infer<typeof costEstimateSchema>;
export const costEstimateListSchema = z.object({ items: z.array(costEstimateSchema) });
export const estimateIdParamsSchema = z.strictObject({
  userId: z.uuid("Not a valid id."),
  estimateId: z.uuid("Not a valid id."),
});

// Export ---------------------------------------------------------------------------------

export const costsExportSchema = z.object({
  format: z.literal("painplan-costs"),
  version: z.literal(1),
  exportedAt: z.string(),
  timeZone: z.string(),
  charges: z.array(
    z.object({
      sessionId: z.string(),
      localDate: z.string().nullable(),
      therapy: z.string(),
      price: moneyOut,
      paidBy: z.enum(paidByValues),
      packageId: z.string().nullable(),
      receiptNote: z.string().nullable(),
    }),
  ),
  packages: z.array(costPackageSchema),
  claims: z.array(insuranceClaimSchema),
  estimates: z.array(costEstimateSchema),
});
export type CostsExport = z.infer<typeof costsExportSchema>;
