import { z } from "zod";
import { personText } from "../text/text.schema.js";
import { moneySchema } from "./money.js";

/** Who paid for a session. "package" draws one session from a prepaid package. */
export const paidByValues = ["self", "insurance", "hsa-fsa", "package", "other"] as const;
export type PaidBy = (typeof paidByValues)[number];

/**
 * What one session cost, sent with the session log (`charge`) and stored by the costs area.
 * `packageId` is required exactly when `paidBy` is "package"; the package's currency must match.
 */
export const sessionChargeInputSchema = z
  .strictObject({
    price: moneySchema,
    paidBy: z.enum(paidByValues, { error: "Choose who paid." }),
    packageId: z.uuid("Not a valid id.").nullable().default(null),
    receiptNote: personText({ maxLength: 500, label: "The receipt note", isMultiline: true })
      .nullable()
      .default(null),
  })
  .superRefine((charge, context) => {
    if (charge.paidBy === "package" && charge.packageId === null) {
      context.addIssue({
        code: "custom",
        path: ["packageId"],
        message: "Choose the package this session comes from.",
      });
    }
    if (charge.paidBy !== "package" && charge.packageId !== null) {
      context.addIssue({
        code: "custom",
        path: ["packageId"],
        message: "A package is only named when the session was paid from it.",
      });
    }
  });
export type SessionChargeInput = z.infer<typeof sessionChargeInputSchema>;

/** A stored charge as the API shows it. */
export const sessionChargeSchema = z.object({
  price: moneySchema,
  paidBy: z.enum(paidByValues),
  packageId: z.string().nullable(),
  receiptNote: z.string().nullable(),
});
export type SessionCharge = z.infer<typeof sessionChargeSchema>;
