// The catalogue's operations: product families, products, units, features (one shape, built by
// catalogResourcePaths) and exchange rates.
import type { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { archiveChangeSchema, codeParamsSchema } from "../../schemas/catalog";
import {
  conversionDtoSchema,
  convertAmountQuerySchema,
  createExchangeRateSchema,
  deletedExchangeRateDtoSchema,
  exchangeRateDtoSchema,
  exchangeRateIdParamsSchema,
  exchangeRateListSchema,
  listExchangeRatesQuerySchema,
} from "../../schemas/exchange-rate";
import {
  createFeatureSchema,
  featureDtoSchema,
  featureIdParamsSchema,
  featureListSchema,
  listFeaturesQuerySchema,
  updateFeatureSchema,
} from "../../schemas/feature";
import {
  createProductSchema,
  listProductsQueryObjectSchema,
  productDtoSchema,
  productIdParamsSchema,
  productListSchema,
  productPlanListSchema,
  updateProductSchema,
} from "../../schemas/product";
import {
  createProductFamilySchema,
  listProductFamiliesQuerySchema,
  productFamilyDtoSchema,
  productFamilyIdParamsSchema,
  productFamilyListSchema,
  updateProductFamilySchema,
} from "../../schemas/product-family";
import { createUnitSchema, listUnitsQuerySchema, unitDtoSchema, unitIdParamsSchema, unitListSchema, updateUnitSchema } from "../../schemas/unit";
import { error, json, metadataQueryParameter, operation } from "./operation";

type ResourceSpec = {
  /** URL segment, e.g. "product_families". */
  segment: string;
  /** Path parameter name, e.g. "familyId". */
  param: string;
  /** Operation id stems: "ProductFamily" / "ProductFamilies". */
  one: string;
  many: string;
  /** Human nouns: "product family" / "product families". */
  noun: string;
  nouns: string;
  tag: string;
  schemas: { create: z.ZodType; update: z.ZodType; listQuery: z.ZodObject; dto: z.ZodType; list: z.ZodType; idParams: z.ZodObject };
  createConflict?: string;
  updateConflict: string;
  archiveNote: string;
  metadata?: boolean;
};

export function catalogResourcePaths(spec: ResourceSpec): ZodOpenApiPathsObject {
  const { segment, param, one, many, noun, nouns, tag, schemas } = spec;
  const notFound = error(`No ${noun} with this id.`);
  const archiveChange = (verb: "archive" | "unarchive") =>
    operation({
      method: "post",
      operationId: `${verb}${one}`,
      tags: [tag],
      summary: `${verb === "archive" ? "Archive" : "Unarchive"} a ${noun}`,
      description: verb === "archive" ? spec.archiveNote : `An archived ${noun} becomes active again.`,
      requestParams: { path: schemas.idParams },
      requestBody: { required: false, content: json(archiveChangeSchema) },
      responses: {
        "200": { description: `The ${noun}.`, content: json(schemas.dto) },
        "404": notFound,
        "409": error(`The ${noun} is ${verb === "archive" ? "already archived" : "not archived"} (\`invalid_state\`), or the Idempotency-Key was reused.`),
      },
    });
  return {
    [`/${segment}`]: {
      get: operation({
        method: "get",
        operationId: `list${many}`,
        tags: [tag],
        summary: `List ${nouns}`,
        description: "Newest first by default (`sort`), with cursor pagination. Filters combine with AND.",
        requestParams: { query: schemas.listQuery },
        ...(spec.metadata ? { parameters: [metadataQueryParameter] } : {}),
        responses: { "200": { description: `A page of ${nouns}.`, content: json(schemas.list) } },
      }),
      post: operation({
        method: "post",
        operationId: `create${one}`,
        tags: [tag],
        summary: `Create a ${noun}`,
        requestBody: { required: true, content: json(schemas.create) },
        responses: {
          "201": { description: `The new ${noun}.`, content: json(schemas.dto) },
          "409": error(spec.createConflict ?? `Another ${noun} has this \`code\` (\`conflict\`, \`param: code\`), or the Idempotency-Key was reused.`),
        },
      }),
    },
    [`/${segment}/by_code/{code}`]: {
      get: operation({
        method: "get",
        operationId: `get${one}ByCode`,
        tags: [tag],
        summary: `Retrieve a ${noun} by code`,
        requestParams: { path: codeParamsSchema },
        responses: { "200": { description: `The ${noun}.`, content: json(schemas.dto) }, "404": error(`No ${noun} with this code.`) },
      }),
    },
    [`/${segment}/{${param}}`]: {
      get: operation({
        method: "get",
        operationId: `get${one}`,
        tags: [tag],
        summary: `Retrieve a ${noun}`,
        requestParams: { path: schemas.idParams },
        responses: { "200": { description: `The ${noun}.`, content: json(schemas.dto) }, "404": notFound },
      }),
      patch: operation({
        method: "patch",
        operationId: `update${one}`,
        tags: [tag],
        summary: `Update a ${noun}`,
        description: "Only the fields sent change; null clears an optional field. Archived objects are read-only until unarchived.",
        requestParams: { path: schemas.idParams },
        requestBody: { required: true, content: json(schemas.update) },
        responses: { "200": { description: `The updated ${noun}.`, content: json(schemas.dto) }, "404": notFound, "409": error(spec.updateConflict) },
      }),
    },
    [`/${segment}/{${param}}/archive`]: { post: archiveChange("archive") },
    [`/${segment}/{${param}}/unarchive`]: { post: archiveChange("unarchive") },
  };
}

const referencedCode = (by: string) =>
  `Another object has this \`code\` (\`conflict\`), the code is already used by ${by} (\`invalid_state\`, \`param: code\`), or the object is archived (\`invalid_state\`).`;

const exchangeRatePaths: ZodOpenApiPathsObject = {
  "/exchange_rates": {
    get: operation({
      method: "get",
      operationId: "listExchangeRates",
      tags: ["Exchange rates"],
      summary: "List exchange rates",
      description: "Latest effective first, with cursor pagination; filter by base and/or quote currency.",
      requestParams: { query: listExchangeRatesQuerySchema },
      responses: { "200": { description: "A page of exchange rates.", content: json(exchangeRateListSchema) } },
    }),
    post: operation({
      method: "post",
      operationId: "createExchangeRate",
      tags: ["Exchange rates"],
      summary: "Add an exchange rate",
      description: "Rates are append-only: a new rate supersedes the pair's previous one from its `effective_from` on.",
      requestBody: { required: true, content: json(createExchangeRateSchema) },
      responses: {
        "201": { description: "The new rate.", content: json(exchangeRateDtoSchema) },
        "409": error("The pair already has a rate with this `effective_from` (`conflict`, `param: effective_from`), or the Idempotency-Key was reused."),
      },
    }),
  },
  "/exchange_rates/convert": {
    get: operation({
      method: "get",
      operationId: "convertAmount",
      tags: ["Exchange rates"],
      summary: "Convert an amount",
      description:
        "Converts a minor-unit amount at the rate effective at `at`, bridging the currencies' exponents exactly and rounding once, half away from zero. A rate stored the other way round is divided by.",
      requestParams: { query: convertAmountQuerySchema },
      responses: {
        "200": { description: "The converted amount and the rate used.", content: json(conversionDtoSchema) },
        "422": error("No rate of the pair (in either direction) is effective at `at` (`unprocessable`)."),
      },
    }),
  },
  "/exchange_rates/{exchangeRateId}": {
    get: operation({
      method: "get",
      operationId: "getExchangeRate",
      tags: ["Exchange rates"],
      summary: "Retrieve an exchange rate",
      requestParams: { path: exchangeRateIdParamsSchema },
      responses: { "200": { description: "The rate.", content: json(exchangeRateDtoSchema) }, "404": error("No exchange rate with this id.") },
    }),
    delete: operation({
      method: "delete",
      operationId: "deleteExchangeRate",
      tags: ["Exchange rates"],
      summary: "Delete a future exchange rate",
      description: "Only a rate not yet effective can be deleted; effective rates are kept (amounts may have been converted with them).",
      requestParams: { path: exchangeRateIdParamsSchema },
      responses: {
        "200": { description: "The rate was deleted.", content: json(deletedExchangeRateDtoSchema) },
        "404": error("No exchange rate with this id."),
        "409": error("The rate is already effective (`invalid_state`)."),
      },
    }),
  },
};

export const catalogPaths: ZodOpenApiPathsObject = {
  ...catalogResourcePaths({
    segment: "product_families",
    param: "familyId",
    one: "ProductFamily",
    many: "ProductFamilies",
    noun: "product family",
    nouns: "product families",
    tag: "Product families",
    schemas: {
      create: createProductFamilySchema,
      update: updateProductFamilySchema,
      listQuery: listProductFamiliesQuerySchema,
      dto: productFamilyDtoSchema,
      list: productFamilyListSchema,
      idParams: productFamilyIdParamsSchema,
    },
    updateConflict: referencedCode("a product"),
    archiveNote: "Archived families keep their products but take no new ones.",
  }),
  ...catalogResourcePaths({
    segment: "products",
    param: "productId",
    one: "Product",
    many: "Products",
    noun: "product",
    nouns: "products",
    tag: "Products",
    schemas: {
      create: createProductSchema,
      update: updateProductSchema,
      listQuery: listProductsQueryObjectSchema,
      dto: productDtoSchema,
      list: productListSchema,
      idParams: productIdParamsSchema,
    },
    createConflict: "Another product has this `code` (`conflict`), the family is archived (`invalid_state`, `param: family_id`), or the Idempotency-Key was reused.",
    updateConflict: `${referencedCode("a plan")} Or the new family is archived (\`param: family_id\`).`,
    archiveNote: "Archived products stay readable, and their plans keep billing, but they are read-only until unarchived.",
    metadata: true,
  }),
  "/products/{productId}/plans": {
    get: operation({
      method: "get",
      operationId: "listProductPlans",
      tags: ["Products"],
      summary: "List a product's plans",
      description: "Every plan of the product, oldest first (never more than one page).",
      requestParams: { path: productIdParamsSchema },
      responses: { "200": { description: "The plans.", content: json(productPlanListSchema) }, "404": error("No product with this id.") },
    }),
  },
  ...catalogResourcePaths({
    segment: "units",
    param: "unitId",
    one: "Unit",
    many: "Units",
    noun: "unit",
    nouns: "units",
    tag: "Units",
    schemas: { create: createUnitSchema, update: updateUnitSchema, listQuery: listUnitsQuerySchema, dto: unitDtoSchema, list: unitListSchema, idParams: unitIdParamsSchema },
    updateConflict: referencedCode("a plan charge"),
    archiveNote: "Archived units stay on the charges that count in them, but are read-only until unarchived.",
  }),
  ...catalogResourcePaths({
    segment: "features",
    param: "featureId",
    one: "Feature",
    many: "Features",
    noun: "feature",
    nouns: "features",
    tag: "Features",
    schemas: {
      create: createFeatureSchema,
      update: updateFeatureSchema,
      listQuery: listFeaturesQuerySchema,
      dto: featureDtoSchema,
      list: featureListSchema,
      idParams: featureIdParamsSchema,
    },
    updateConflict: `${referencedCode("a plan version")} \`type\` also cannot change once a plan version grants the feature (\`param: type\`).`,
    archiveNote: "Archived features stay granted by the plan versions that have them, but are read-only until unarchived.",
  }),
  ...exchangeRatePaths,
};
