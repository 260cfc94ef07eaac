export const NAV_ITEMS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/customers", label: "Customers" },
  { href: "/catalog", label: "Catalogue" },
  { href: "/subscriptions", label: "Subscriptions" },
  { href: "/invoices", label: "Invoices" },
  { href: "/usage", label: "Usage" },
  { href: "/settings", label: "Settings" },
] as const;
