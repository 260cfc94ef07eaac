import type { RoleName } from "@/lib/schemas/common";

export const ROLE_LABELS: Record<RoleName, string> = { owner: "Owner", admin: "Admin", viewer: "Viewer" };

export const roleOptions = (roles: readonly RoleName[]) => roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
