/** OWASP ASVS 2.1: at least 12 characters, long passphrases allowed, no composition rules. */
export const passwordPolicy = {
  minLength: 12,
  maxLength: 128,
} as const;

/** argon2id with the OWASP Password Storage Cheat Sheet's first configuration. */
export const passwordHashParameters = {
  memoryKibibytes: 19 * 1024,
  iterations: 2,
  parallelism: 1,
} as const;
