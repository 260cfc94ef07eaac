/** @type {import('next').NextConfig} */
const nextConfig = {
  // Database drivers load WebAssembly and native-ish modules at run time: keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
