import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const alias = { "@": root, "server-only": `${root}lib/testing/server-only-stub.ts` };

export default defineConfig({
  test: {
    // `npm test` measures the pure core's coverage (--coverage on the UTC unit run) and holds it here.
    coverage: {
      provider: "v8",
      include: ["lib/billing/**/*.ts"],
      exclude: ["**/*.test.ts"],
      reporter: ["text-summary"],
      thresholds: { statements: 99, lines: 99, functions: 100, branches: 95 },
    },
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["lib/**/*.test.ts"], exclude: ["lib/**/*.int.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ["lib/testing/global-setup.ts"],
          setupFiles: ["lib/testing/setup-db.ts"],
        },
      },
    ],
  },
});
