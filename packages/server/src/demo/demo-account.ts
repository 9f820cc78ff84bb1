import type { AccountsService } from "../accounts/accounts.service.js";
import type { UsersRepository } from "../accounts/users.repository.js";

/** Published in the README: a newcomer signs in with these to look around. */
export const demoAccount = {
  email: "demo@painplan.example",
  password: "demo-painplan-2026",
  displayName: "Demo Patient",
  timeZone: "Europe/London",
  role: "patient",
} as const;

/** Creates the demo patient once; later areas add sample diary entries, a plan, and so on. */
export async function ensureDemoAccount(
  accounts: AccountsService,
  users: UsersRepository,
): Promise<"created" | "existing"> {
  if ((await users.findByEmail(demoAccount.email)) !== undefined) return "existing";
  await accounts.createAccount(demoAccount);
  return "created";
}
