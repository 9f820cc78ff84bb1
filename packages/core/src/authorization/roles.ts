export const roles = ["patient", "practitioner", "admin"] as const;
export type Role = (typeof roles)[number];

/** Roles a person may choose when registering; admins are made only by the CLI. */
export const selfServiceRoles = ["patient", "practitioner"] as const;
export type SelfServiceRole = (typeof selfServiceRoles)[number];
