import { z } from "zod";
import { personText } from "../text/text.schema.js";
import {
  practitionerProfileSchema,
  verificationOutcomes,
  verificationSchema,
} from "./practitioner-profile.schema.js";

export const practitionerIdParamsSchema = z.strictObject({
  practitionerId: z.uuid("Not a valid id."),
});
export const userPractitionerParamsSchema = z.strictObject({
  userId: z.uuid("Not a valid id."),
  practitionerId: z.uuid("Not a valid id."),
});

export const savedPractitionerSchema = z.object({
  practitioner: practitionerProfileSchema,
  savedAt: z.iso.datetime({ offset: true }),
});
export const savedPractitionersResponseSchema = z.object({
  items: z.array(savedPractitionerSchema),
});
export const savePractitionerResponseSchema = z.object({
  savedAt: z.iso.datetime({ offset: true }),
});

/** Most questions a checklist holds. */
export const maxQuestions = 40;

export const questionSchema = z.object({ id: z.string(), text: z.string(), isDone: z.boolean() });
export type Question = z.output<typeof questionSchema>;

export const questionsResponseSchema = z.object({
  items: z.array(questionSchema),
  /** True until the person first saves: the list is the suggested one. */
  isSuggested: z.boolean(),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type QuestionsResponse = z.output<typeof questionsResponseSchema>;

export const questionsBodySchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        /** Kept when editing a question; omitted for a new one. */
        id: z
          .string()
          .regex(/^[a-z0-9-]{1,40}$/, { error: "Not a valid question id." })
          .optional(),
        text: personText({ maxLength: 300, label: "The question", isTrimmed: true, minLength: 1 }),
        isDone: z.boolean().default(false),
      }),
    )
    .max(maxQuestions, { error: `At most ${maxQuestions} questions.` }),
});

export const verificationSubjects = [
  "licence",
  "certification",
  "npi",
  "accepting-new-clients",
] as const;
export type VerificationSubject = (typeof verificationSubjects)[number];

/** An admin's verification of one fact, with the evidence looked at. */
export const verifyBodySchema = z
  .strictObject({
    subject: z.enum(verificationSubjects, { error: "Choose what was verified." }),
    /** The licence or certification id (null for the NPI and "accepting"). */
    subjectId: z.uuid("Not a valid id.").nullable().default(null),
    outcome: z.enum(verificationOutcomes, { error: "Confirmed or not confirmed." }),
    evidence: personText({
      maxLength: 1000,
      label: "The evidence",
      isMultiline: true,
      isTrimmed: true,
      minLength: 1,
    }),
  })
  .superRefine((body, context) => {
    const needsId = body.subject === "licence" || body.subject === "certification";
    if (needsId !== (body.subjectId !== null)) {
      context.addIssue({
        code: "custom",
        path: ["subjectId"],
        message: needsId
          ? "Name the licence or certification."
          : "Only licences and certifications have an id.",
      });
    }
  });
export type VerifyBody = z.output<typeof verifyBodySchema>;

export const verificationRecordSchema = verificationSchema.extend({
  id: z.string(),
  subject: z.enum(verificationSubjects),
  subjectId: z.string().nullable(),
});
export const verificationHistorySchema = z.object({ items: z.array(verificationRecordSchema) });

/** A credential waiting for (or due for another) admin verification. */
export const verificationQueueItemSchema = z.object({
  practitionerId: z.string(),
  displayName: z.string(),
  subject: z.enum(["licence", "certification"]),
  subjectId: z.string(),
  /** The licence number or the certification's name. */
  title: z.string(),
  issuer: z.string(),
  expiresOn: z.string().nullable(),
  verification: verificationSchema.nullable(),
  /**
   * The practitioner's NPI, for the admin to look up in the NPPES registry, and whether its last
   * digit is the Luhn check digit (`isValidNpi`): a mismatch is a typo, not a number to look up.
   * Null when the profile lists none.
   */
  npi: z.object({ number: z.string(), isCheckDigitValid: z.boolean() }).nullable(),
  /** What the profile says now about taking new clients. */
  isAcceptingNewClients: z.boolean(),
});
export const verificationQueueQuerySchema = z.strictObject({
  cursor: z
    .string()
    .max(300)
    .regex(/^[A-Za-z0-9_-]*$/, {
      error: "This page link is not valid. Start again from the first page.",
    })
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const verificationQueueResponseSchema = z.object({
  items: z.array(verificationQueueItemSchema),
  nextCursor: z.string().nullable(),
});

export const acceptingBodySchema = z.strictObject({ isAcceptingNewClients: z.boolean() });
