"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { NAV_ITEMS } from "./nav-items";

function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <ul className="space-y-1">
      {NAV_ITEMS.map((item) => {
        const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={onNavigate}
              aria-current={active ? "page" : undefined}
              className={`block rounded-md px-3 py-2 text-sm font-medium ${active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"}`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** Fixed sidebar on wide screens; a toggled drawer on small ones. */
export function Sidebar() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="fixed left-3 top-3 z-30 rounded-md bg-white p-2 text-slate-700 shadow ring-1 ring-slate-200 lg:hidden"
        aria-expanded={open}
        aria-controls="admin-nav"
        onClick={() => setOpen((value) => !value)}
      >
        <span className="sr-only">{open ? "Close navigation" : "Open navigation"}</span>
        <svg viewBox="0 0 20 20" className="size-5" fill="currentColor" aria-hidden>
          <path d="M3 5h14v2H3zM3 9h14v2H3zM3 13h14v2H3z" />
        </svg>
      </button>
      <nav
        id="admin-nav"
        aria-label="Main"
        className={`fixed inset-y-0 left-0 z-20 w-60 border-r border-slate-200 bg-white px-3 py-4 transition-transform lg:translate-x-0 ${open ? "translate-x-0" : "-translate-x-full"}`}
      >
        <Link href="/dashboard" className="mb-6 block px-3 pt-10 text-xl font-bold tracking-tight text-brand-700 lg:pt-0">
          Billow
        </Link>
        <NavLinks onNavigate={() => setOpen(false)} />
      </nav>
    </>
  );
}
