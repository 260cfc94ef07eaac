import Link from "next/link";

const LINKS = [
  { key: "products", href: "/catalog/products", label: "All products" },
  { key: "families", href: "/catalog/products/families", label: "Product families" },
] as const;

/** Products and their families share the Products tab. */
export function ProductsSubnav({ current }: { current: (typeof LINKS)[number]["key"] }) {
  return (
    <nav aria-label="Products" className="mb-4 flex gap-2 text-sm">
      {LINKS.map((link) => (
        <Link
          key={link.key}
          href={link.href}
          aria-current={link.key === current ? "page" : undefined}
          className={`rounded-md px-3 py-1.5 font-medium ${link.key === current ? "bg-slate-200 text-slate-900" : "text-slate-600 hover:bg-slate-100"}`}
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
