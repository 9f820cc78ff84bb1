import type { Timestamp } from "../database/columns.js";

/** That an account was erased, and when: nothing else (no id, name or email of the person). */
export type AccountErasuresTable = { id: string; erased_at: Timestamp };

declare module "../database/tables.js" {
  interface Tables {
    account_erasures: AccountErasuresTable;
  }
}
