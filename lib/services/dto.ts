// Row → DTO mappers shared by services (the API and the admin pages show the same shapes).
import type { ApiKeyRow } from "../db/api-keys";
import type { AddressJson, CustomerContactRow, CustomerRow } from "../db/customers";
import type { ContactRole, CustomerStatus, CustomerType, Role } from "../db/generated/enums";
import type { UserRow } from "../db/users";
import type { ApiKeyDto } from "../schemas/api-key";
import { isoDate, isoDateOrNull, type RoleName } from "../schemas/common";
import type { AddressDto, AddressInput, CustomerContactDto, CustomerDto } from "../schemas/customer";
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

export const customerTypeEnum = (type: CustomerDto["type"]) => type.toUpperCase() as CustomerType;
export const customerStatusEnum = (status: CustomerDto["status"]) => status.toUpperCase() as CustomerStatus;
export const contactRoleEnum = (role: CustomerContactDto["role"]) => role.toUpperCase() as ContactRole;

/** `C-000123`: the sequence number, zero-padded to six digits (more digits once past 999999). */
export const formatAccountNumber = (accountNumber: number) => `C-${String(accountNumber).padStart(6, "0")}`;

export function toAddressJson(address: AddressInput): AddressJson {
  const { line1, line2, city, postal_code, region, country } = address;
  return {
    line1,
    ...(line2 !== undefined ? { line2 } : {}),
    city,
    ...(postal_code !== undefined ? { postalCode: postal_code } : {}),
    ...(region !== undefined ? { region } : {}),
    country,
  };
}

function toAddressDto(value: unknown): AddressDto | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const address = value as Partial<AddressJson>;
  return {
    line1: address.line1 ?? "",
    line2: address.line2 ?? null,
    city: address.city ?? "",
    postal_code: address.postalCode ?? null,
    region: address.region ?? null,
    country: address.country ?? "",
  };
}

/** Metadata is validated as string → string on the way in; anything else stored is dropped on the way out. */
export function toMetadataDto(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

export function toCustomerDto(customer: CustomerRow): CustomerDto {
  return {
    object: "customer",
    id: customer.id,
    account_number: formatAccountNumber(customer.accountNumber),
    name: customer.name,
    email: customer.email,
    type: customer.type.toLowerCase() as CustomerDto["type"],
    external_ref: customer.externalRef,
    phone: customer.phone,
    locale: customer.locale,
    preferred_currency: customer.preferredCurrency,
    tax_id: customer.taxId,
    tax_exempt: customer.taxExempt,
    billing_address: toAddressDto(customer.billingAddress),
    shipping_address: toAddressDto(customer.shippingAddress),
    payment_terms_days: customer.paymentTermsDays,
    metadata: toMetadataDto(customer.metadata),
    notes: customer.notes,
    status: customer.status.toLowerCase() as CustomerDto["status"],
    disabled_at: isoDateOrNull(customer.disabledAt),
    archived_at: isoDateOrNull(customer.archivedAt),
    created_at: isoDate(customer.createdAt),
    updated_at: isoDate(customer.updatedAt),
  };
}

export function toCustomerContactDto(contact: CustomerContactRow): CustomerContactDto {
  return {
    object: "customer_contact",
    id: contact.id,
    customer_id: contact.customerId,
    name: contact.name,
    email: contact.email,
    role: contact.role.toLowerCase() as CustomerContactDto["role"],
    receives_invoices: contact.receivesInvoices,
    created_at: isoDate(contact.createdAt),
  };
}
