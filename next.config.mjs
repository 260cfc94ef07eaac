/** @type {import('next').NextConfig} */
const nextConfig = {
  // Database drivers load WebAssembly and native-ish modules at run time: keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  // Behind a reverse proxy that compresses, gzip here only costs CPU (docs/usage.md: ingestion).
  compress: process.env.BILLOW_HTTP_COMPRESSION !== "off",
  typedRoutes: false,
  // `npm test` type-checks the whole project (tsc) before it builds: it skips the build's second pass.
  typescript: { ignoreBuildErrors: process.env.BILLOW_BUILD_SKIP_TYPECHECK === "1" },
};

export default nextConfig;
