import type { UserListResponse } from "@painplan/core";
import { toUser } from "./user-view.js";
import type { UsersRepository } from "./users.repository.js";

/** The admin's list of accounts, a page at a time, with the total count. */
export function adminUsersService(users: UsersRepository) {
  return {
    async list(limit: number, offset: number): Promise<UserListResponse> {
      const { rows, total } = await users.page(limit, offset);
      return { users: rows.map(toUser), total };
    },
  };
}
export type AdminUsersService = ReturnType<typeof adminUsersService>;
