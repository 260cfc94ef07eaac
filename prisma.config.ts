// Prisma CLI configuration. The JS engine runs the schema engine as WebAssembly,
// so `prisma generate` and `prisma migrate diff` work offline (no binary download).
import { defineConfig } from "prisma/config";

const databaseUrl = process.env.DATABASE_URL;
// The schema's `env("DATABASE_URL")` must resolve, or the 6.x CLI falls back to the
// native query engine (a download). With no URL, commands run on an in-memory PGlite.
process.env.DATABASE_URL ??= "postgresql://pglite@localhost/pglite";

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    if (databaseUrl) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: databaseUrl });
    }
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    return new PrismaPGlite(new PGlite());
  },
});
