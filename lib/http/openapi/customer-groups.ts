import type { ZodOpenApiPathsObject } from "zod-openapi";
import {
  archiveCustomerGroupSchema,
  createCustomerGroupSchema,
  customerGroupCodeParamsSchema,
  customerGroupDtoSchema,
  customerGroupIdParamsSchema,
  customerGroupListSchema,
  listCustomerGroupsQuerySchema,
  updateCustomerGroupSchema,
} from "../../schemas/customer-group";
import { error, json, operation } from "./operation";

const groupNotFound = error("No customer group with this id.");
const tags = ["Customer groups"];

export const customerGroupPaths: ZodOpenApiPathsObject = {
  "/customer_groups": {
    get: operation({
      method: "get",
      operationId: "listCustomerGroups",
      tags,
      summary: "List customer groups",
      description: "Newest first, with cursor pagination. List a group's members with `GET /customers?group_id=`.",
      requestParams: { query: listCustomerGroupsQuerySchema },
      responses: { "200": { description: "A page of groups.", content: json(customerGroupListSchema) } },
    }),
    post: operation({
      method: "post",
      operationId: "createCustomerGroup",
      tags,
      summary: "Create a customer group",
      description:
        "A group's defaults fill its members' unset settings (see `Customer.effective`): a null preferred currency, and locale `en`, payment terms 0 and tax_exempt false, the column defaults.",
      requestBody: { required: true, content: json(createCustomerGroupSchema) },
      responses: {
        "201": { description: "The new group.", content: json(customerGroupDtoSchema) },
        "409": error("Another group has this `code` (`conflict`, `param: code`), or the Idempotency-Key was reused."),
      },
    }),
  },
  "/customer_groups/by_code/{code}": {
    get: operation({
      method: "get",
      operationId: "getCustomerGroupByCode",
      tags,
      summary: "Retrieve a customer group by code",
      requestParams: { path: customerGroupCodeParamsSchema },
      responses: { "200": { description: "The group.", content: json(customerGroupDtoSchema) }, "404": error("No group with this code.") },
    }),
  },
  "/customer_groups/{groupId}": {
    get: operation({
      method: "get",
      operationId: "getCustomerGroup",
      tags,
      summary: "Retrieve a customer group",
      requestParams: { path: customerGroupIdParamsSchema },
      responses: { "200": { description: "The group.", content: json(customerGroupDtoSchema) }, "404": groupNotFound },
    }),
    patch: operation({
      method: "patch",
      operationId: "updateCustomerGroup",
      tags,
      summary: "Update a customer group",
      requestParams: { path: customerGroupIdParamsSchema },
      requestBody: { required: true, content: json(updateCustomerGroupSchema) },
      responses: {
        "200": { description: "The updated group.", content: json(customerGroupDtoSchema) },
        "404": groupNotFound,
        "409": error("The group is archived (`invalid_state`)."),
      },
    }),
  },
  "/customer_groups/{groupId}/archive": {
    post: operation({
      method: "post",
      operationId: "archiveCustomerGroup",
      tags,
      summary: "Archive a customer group",
      description: "Final. The group takes no new members and no changes; current members stay in it and keep its defaults.",
      requestParams: { path: customerGroupIdParamsSchema },
      requestBody: { required: false, content: json(archiveCustomerGroupSchema) },
      responses: {
        "200": { description: "The archived group.", content: json(customerGroupDtoSchema) },
        "404": groupNotFound,
        "409": error("The group is already archived (`invalid_state`), or the Idempotency-Key was reused."),
      },
    }),
  },
};
