// Row → DTO mappers of customers and their contacts (the API and the admin pages show the same shapes).
import { effectiveCustomerSettings } from "../../customers/effective-settings";
import type { AddressJson, CustomerContactRow, CustomerRow } from "../../db/customers";
import type { ContactRole, CustomerStatus, CustomerType } from "../../db/generated/enums";
import { isoDate, isoDateOrNull } from "../../schemas/common";
import type { AddressDto, AddressInput, CustomerContactDto, CustomerDto, EffectiveCustomerSettingsDto } from "../../schemas/customer";
import { toMetadataDto } from "../metadata";

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

function toEffectiveSettingsDto(customer: CustomerRow): EffectiveCustomerSettingsDto {
  const effective = effectiveCustomerSettings(customer, customer.group);
  return {
    payment_terms_days: effective.paymentTermsDays,
    preferred_currency: effective.preferredCurrency,
    locale: effective.locale,
    tax_exempt: effective.taxExempt,
  };
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
    reverse_charge: customer.reverseCharge,
    group_id: customer.groupId,
    billing_address: toAddressDto(customer.billingAddress),
    shipping_address: toAddressDto(customer.shippingAddress),
    payment_terms_days: customer.paymentTermsDays,
    metadata: toMetadataDto(customer.metadata),
    notes: customer.notes,
    status: customer.status.toLowerCase() as CustomerDto["status"],
    disabled_at: isoDateOrNull(customer.disabledAt),
    archived_at: isoDateOrNull(customer.archivedAt),
    anonymized_at: isoDateOrNull(customer.anonymizedAt),
    effective: toEffectiveSettingsDto(customer),
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
