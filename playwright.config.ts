// End-to-end tests drive the production build in Debian's Chromium against a fresh
// database: PGlite in a temporary folder, or E2E_DATABASE_URL (an empty PostgreSQL database).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { OWNER_STATE } from "./e2e/fixtures/accounts";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Evaluated again in each worker: reuse the folder the main process chose.
process.env.E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "billow-e2e-"));

export default defineConfig({
  testDir: "e2e",
  // Per port, so two suites (PGlite and PostgreSQL) can run side by side.
  outputDir: `test-results/port-${PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.E2E_REPORT_FILE ? [["list"], ["json", { outputFile: process.env.E2E_REPORT_FILE }]] : "list",
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "setup", testMatch: /owner-setup\.setup\.ts/ },
    { name: "chromium", dependencies: ["setup"], use: { storageState: OWNER_STATE } },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://localhost:${PORT}/api/v1/openapi.json`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      BILLOW_DATA_DIR: process.env.E2E_DATA_DIR,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      NEXTAUTH_URL: `http://localhost:${PORT}`,
    },
  },
});
