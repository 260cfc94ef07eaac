"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type Tab = { href: string; label: string };

/** A row of links to a section's sub-pages; the first tab (the section root) is active only on its exact path. */
export function SectionTabs({ label, tabs }: { label: string; tabs: readonly Tab[] }) {
  const pathname = usePathname();
  const isActive = (tab: Tab, index: number) => (index === 0 ? pathname === tab.href : pathname === tab.href || pathname.startsWith(`${tab.href}/`));
  return (
    <nav aria-label={label} className="-mt-2 mb-6 overflow-x-auto border-b border-slate-200">
      <ul className="flex gap-1">
        {tabs.map((tab, index) => {
          const active = isActive(tab, index);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={`-mb-px block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium ${active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"}`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
