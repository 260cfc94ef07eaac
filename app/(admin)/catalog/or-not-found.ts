import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** A detail page's load: a service's `not_found` renders the 404 page; other errors reach error.tsx. */
export function orNotFound<T>(load: Promise<T>): Promise<T> {
  return load.catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
}
