import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { ignores: ["lib/db/generated/**", ".next/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    // lib/billing is the pure domain core: no framework, database, services, clock or environment.
    // lib/usage holds metering's pure maths under the same rules.
    files: ["lib/billing/**/*.ts", "lib/usage/**/*.ts"],
    ignores: ["lib/billing/**/*.test.ts", "lib/usage/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["next", "next/*", "react", "@prisma/*", "@/lib/db/*", "@/lib/services/*", "../db/*", "../services/*"] }],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Time is an argument (asOf) in lib/billing." },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "Time is an argument (asOf) in lib/billing." },
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: "lib/billing does not read the environment." },
      ],
    },
  },
  {
    // app/ adapts transports: it reaches data only through lib/services.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@prisma/*", "@/lib/db/*", "**/lib/db/*"] }],
    },
  },
];

export default config;
