export const NAV_ITEMS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/customers", label: "Customers" },
  { href: "/catalog", label: "Catalogue" },
  { href: "/subscriptions", label: "Subscriptions" },
  { href: "/invoices", label: "Invoices" },
  { href: "/usage", label: "Usage" },
  { href: "/settings", label: "Settings" },
] as const;

/** Sub-sections of the catalogue and of customers, shown as tabs under their page header. */
export const CATALOG_TABS = [
  { href: "/catalog", label: "Overview" },
  { href: "/catalog/plans", label: "Plans" },
  { href: "/catalog/products", label: "Products" },
  { href: "/catalog/coupons", label: "Coupons" },
  { href: "/catalog/tax-rates", label: "Tax rates" },
  { href: "/catalog/features", label: "Features" },
  { href: "/catalog/units", label: "Units" },
  { href: "/catalog/exchange-rates", label: "Exchange rates" },
] as const;

export const CUSTOMER_TABS = [
  { href: "/customers", label: "Customers" },
  { href: "/customers/groups", label: "Groups" },
  { href: "/customers/import", label: "Import" },
] as const;

export const SUBSCRIPTION_TABS = [
  { href: "/subscriptions", label: "Subscriptions" },
  { href: "/subscriptions/test-clocks", label: "Test clocks" },
] as const;

export const USAGE_TABS = [
  { href: "/usage", label: "Explorer" },
  { href: "/usage/meters", label: "Meters" },
  { href: "/usage/events", label: "Live events" },
  { href: "/usage/limits", label: "Limits" },
] as const;

/** Tabs of one customer's pages. */
export const customerDetailTabs = (customerId: string) => [
  { href: `/customers/${customerId}`, label: "Overview" },
  { href: `/customers/${customerId}/usage`, label: "Usage" },
];
