/** Dashboard roles. Client code may import this file. */
export const ROLES = ["admin", "marketing", "manager", "rep"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  marketing: "Marketing",
  manager: "Sales manager",
  rep: "Sales rep",
};
