/** Which quota a counter row counts (core `AccountQuotaLimits`). */
export type AccountQuotaName = "requests-per-minute" | "entries-per-day";

export type AccountQuotasTable = {
  user_id: string;
  quota: AccountQuotaName;
  /** The fixed window counted now: a UTC minute ("2026-03-29T00:30") or a local day. */
  window_label: string;
  used: number;
};

declare module "../database/tables.js" {
  interface Tables {
    account_quotas: AccountQuotasTable;
  }
}
