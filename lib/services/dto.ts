// Row → DTO mappers shared by services (the API and the admin pages show the same shapes).
import type { ApiKeyRow } from "../db/api-keys";
import type { Role } from "../db/generated/enums";
import type { UserRow } from "../db/users";
import type { ApiKeyDto } from "../schemas/api-key";
import { isoDate, isoDateOrNull, type RoleName } from "../schemas/common";
import type { UserDto } from "../schemas/team";

export const roleName = (role: Role) => role.toLowerCase() as RoleName;
export const roleEnum = (role: RoleName) => role.toUpperCase() as Role;

export function toUserDto(user: UserRow): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: roleName(user.role),
    disabled: user.disabledAt !== null,
    last_sign_in_at: isoDateOrNull(user.lastSignInAt),
    created_at: isoDate(user.createdAt),
  };
}

export function toApiKeyDto(key: ApiKeyRow): ApiKeyDto {
  return {
    object: "api_key",
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    role: key.role === "VIEWER" ? "viewer" : "admin",
    created_by: key.createdBy?.email ?? null,
    created_at: isoDate(key.createdAt),
    last_used_at: isoDateOrNull(key.lastUsedAt),
    revoked_at: isoDateOrNull(key.revokedAt),
  };
}
