import { placeRefusals } from "#domains/places/contract";
import type { App } from "#platform/http/types";
import { IdParams } from "#shared/fields";
import { setCompanyPlan, updateCompany, updateCompanySettings, updatePaymentSettings } from "./actions";
import {
  Company,
  PublicCompany,
  SetCompanyPlan,
  StaffCompanyDetail,
  StaffCompanyList,
  StaffCompanyPlan,
  StaffCompanyQuery,
  UpdateCompany,
  UpdateCompanySettings,
  UpdatePaymentSettings,
} from "./contract";
import { getCompanyForStaff, getMyCompany, getPublicCompany, listCompaniesForStaff } from "./queries";

const tags = ["companies"];

export function routes(app: App): void {
  app.get(
    "/companies/me",
    {
      schema: { operationId: "getMyCompany", tags, response: { 200: Company } },
      config: { auth: "client", problems: ["not_found"] },
    },
    (req) => getMyCompany(req.ctx),
  );
  app.patch(
    "/companies/me",
    {
      schema: { operationId: "updateCompany", tags, body: UpdateCompany, response: { 200: Company } },
      config: { auth: "client", roles: ["admin"], problems: ["not_found", ...placeRefusals] },
    },
    (req) => updateCompany(req.ctx, req.body),
  );
  app.patch(
    "/companies/me/settings",
    {
      schema: { operationId: "updateCompanySettings", tags, body: UpdateCompanySettings, response: { 200: Company } },
      config: { auth: "client", roles: ["admin"], problems: ["not_found"] },
    },
    (req) => updateCompanySettings(req.ctx, req.body),
  );
  app.patch(
    "/companies/me/payment-settings",
    {
      schema: { operationId: "updatePaymentSettings", tags, body: UpdatePaymentSettings, response: { 200: Company } },
      config: { auth: "client", roles: ["admin", "finance"], problems: ["not_found"] },
    },
    (req) => updatePaymentSettings(req.ctx, req.body),
  );
  app.get(
    "/companies/:id",
    {
      schema: { operationId: "getPublicCompany", tags, params: IdParams, response: { 200: PublicCompany } },
      config: { auth: "public" },
    },
    (req) => getPublicCompany(req.ctx, req.params.id),
  );
  app.get(
    "/staff/companies",
    {
      schema: {
        operationId: "listCompaniesForStaff",
        tags: ["staff"],
        querystring: StaffCompanyQuery,
        response: { 200: StaffCompanyList },
      },
      config: { auth: "staff" },
    },
    (req) => listCompaniesForStaff(req.ctx, req.query),
  );
  app.get(
    "/staff/companies/:id",
    {
      schema: {
        operationId: "getCompanyForStaff",
        tags: ["staff"],
        params: IdParams,
        response: { 200: StaffCompanyDetail },
      },
      config: { auth: "staff", problems: ["not_found"] },
    },
    (req) => getCompanyForStaff(req.ctx, req.params.id),
  );
  app.put(
    "/staff/companies/:id/plan",
    {
      schema: {
        operationId: "setCompanyPlan",
        tags: ["staff"],
        params: IdParams,
        body: SetCompanyPlan,
        response: { 200: StaffCompanyPlan },
      },
      config: { auth: "staff:admin", problems: ["not_found"] },
    },
    (req) => setCompanyPlan(req.ctx, req.params.id, req.body),
  );
}
