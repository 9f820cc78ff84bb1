import { z } from "zod";

/** The path of every route over one person's records: `/api/users/:userId/…`. */
export const userIdParamsSchema = z.strictObject({ userId: z.uuid("Not a valid id.") });
