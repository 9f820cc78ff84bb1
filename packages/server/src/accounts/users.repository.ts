import { isUniqueViolation } from "../database/columns.js";
import type { Database } from "../database/database.js";
import type { NewUserRow, UserRow } from "./accounts.tables.js";

export class EmailTakenError extends Error {}

export function usersRepository(db: Database) {
  return {
    async insert(user: NewUserRow): Promise<void> {
      try {
        await db.insertInto("users").values(user).execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new EmailTakenError(user.email, { cause: error });
        throw error;
      }
    },

    findById: (id: string): Promise<UserRow | undefined> =>
      db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst(),

    findByEmail: (email: string): Promise<UserRow | undefined> =>
      db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst(),

    async update(
      id: string,
      changes: Partial<
        Pick<UserRow, "display_name" | "time_zone" | "country" | "password_hash" | "role">
      >,
      updatedAt: string,
    ): Promise<void> {
      await db
        .updateTable("users")
        .set({ ...changes, updated_at: updatedAt })
        .where("id", "=", id)
        .execute();
    },

    async page(limit: number, offset: number): Promise<{ rows: UserRow[]; total: number }> {
      const rows = await db
        .selectFrom("users")
        .selectAll()
        .orderBy("created_at")
        .orderBy("id")
        .limit(limit)
        .offset(offset)
        .execute();
      const { total } = await db
        .selectFrom("users")
        .select((eb) => eb.fn.countAll<number>().as("total"))
        .executeTakeFirstOrThrow();
      return { rows, total };
    },
  };
}

export type UsersRepository = ReturnType<typeof usersRepository>;
