import { faker } from "@faker-js/faker/locale/en";
import { createAccount } from "#domains/accounts/index";
import { type CompanyRole, type Ctx, personActor } from "#platform/context";
import { hashPassword } from "#platform/crypto";
import type { DemoOptions } from "#platform/domain";
import { cities } from "#shared/cities";
import { updateCompany, updateCompanySettings } from "./actions";
import { industries, type UpdateCompany, type UpdateCompanySettings } from "./contract";

import { DEMO_PASSWORD } from "./demo-password";

interface Person {
  name: string;
  email: string;
  role: CompanyRole;
}

interface CompanyPlan {
  name: string;
  team: Person[];
  profile: UpdateCompany;
  settings: UpdateCompanySettings;
}

const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function person(role: CompanyRole, domain: string): Person {
  const first = faker.person.firstName();
  const last = faker.person.lastName();
  return { name: `${first} ${last}`, email: `${slugOf(first)}.${slugOf(last)}.${role}@${domain}`, role };
}

/**
 * Names a field-service client could carry (issue 9: faker's "Koelpin-Oberbrunner, Yost and Konopelski-Schoen
 * Facilities" read like noise): a short brand word and what the company does.
 */
const brandWords = [
  "Summit",
  "Harbor",
  "Northline",
  "Bluebird",
  "Keystone",
  "Riverside",
  "Cedar",
  "Granite",
  "Beacon",
  "Pioneer",
  "Lakeshore",
  "Redwood",
  "Crescent",
  "Ironbridge",
  "Meridian",
  "Sterling",
  "Westfield",
  "Brightwater",
];
const trades = [
  "Retail Group",
  "Health Partners",
  "Logistics",
  "Telecom",
  "Property Management",
  "Restaurant Group",
  "Hotels",
  "Field Services",
  "Security Systems",
  "Energy Co-op",
  "Facilities",
  "Signage",
];

/** Everything about one company, drawn from faker before touching the database, so skipping keeps the sequence. */
function planCompany(tag: string): CompanyPlan {
  const name = `${faker.helpers.arrayElement(brandWords)} ${faker.helpers.arrayElement(trades)}`;
  const domain = `${slugOf(slugOf(name).slice(0, 40))}-${tag}.example`;
  const roles: CompanyRole[] = [
    "admin",
    "manager",
    ...faker.helpers.arrayElements(["manager", "finance", "viewer"] as const, { min: 1, max: 3 }),
  ];
  const city = faker.helpers.arrayElement(cities);
  const industry = faker.helpers.arrayElement(industries.filter((i) => i !== "Other"));
  return {
    name,
    team: roles.map((role) => person(role, domain)),
    profile: {
      about: [
        `**${name}** ${faker.helpers.arrayElement(["delivers", "runs", "manages"])} ${industry.toLowerCase()} projects for customers across ${city.country === "US" ? "the United States" : "the region"}, from ${city.name}.`,
        "",
        `We work with independent technicians for installs, break/fix visits and site surveys. ${faker.company.catchPhrase()}.`,
        "",
        "What we expect: arrive on time, check in on site, and submit photos of the finished work.",
      ].join("\n"),
      industry,
      website: `https://www.${domain}`,
      headquarters: {
        address: faker.location.streetAddress(),
        city: city.name,
        region: city.region,
        postalCode: faker.location.zipCode(),
        country: city.country,
        latitude: city.latitude,
        longitude: city.longitude,
      },
      timeZone: city.timeZone,
    },
    settings: {
      // No immediate terms: approving those pays at once and needs funds, which the payments demo adds only later
      // (the registry seeds domains in order), so the assignments demo's approvals would be refused.
      paymentTermsDays: faker.helpers.arrayElement([7, 15, 30, 30, 45, 60]),
      autoApprovalHours: faker.helpers.arrayElement([24, 48, 72, 72, 96]),
      lateCancellationFeePercent: faker.helpers.arrayElement([0, 10, 25, 25, 50]),
      confirmationHoursBeforeStart: faker.helpers.arrayElement([null, 12, 24, 24, 48]),
      defaultCurrency: city.currency,
    },
  };
}

/** Acting as the company's admin, so the profile goes through the same actions (and history) as a real edit. */
function asAdmin(ctx: Ctx, userId: string, companyId: string): Ctx {
  return { ...ctx, actor: personActor(userId, companyId, "admin") };
}

/** ~8 client companies (× scale), each with an admin, managers, finance and viewers, a profile and settings. */
export async function demo(ctx: Ctx, options: DemoOptions): Promise<void> {
  faker.seed(Math.floor(options.random() * 2 ** 31));
  const tag = faker.string.alphanumeric({ length: 4, casing: "lower" });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const total = Math.max(1, Math.round(8 * options.scale));
  for (let i = 0; i < total; i++) {
    const plan = planCompany(tag);
    const [admin, ...others] = plan.team;
    if (!admin) {
      continue;
    }
    const created = await ctx.transaction(async (tx) => {
      const head = await createAccount(tx, ctx, {
        ...admin,
        accountType: "client",
        passwordHash,
        company: { name: plan.name },
      });
      // Present from an earlier run with the same seed: leave it as it is.
      if (!head?.companyId) {
        return null;
      }
      for (const member of others) {
        const company = { id: head.companyId, role: member.role };
        await createAccount(tx, ctx, { ...member, accountType: "client", passwordHash, company });
      }
      return head;
    });
    if (created?.companyId) {
      const adminCtx = asAdmin(ctx, created.userId, created.companyId);
      await updateCompany(adminCtx, plan.profile);
      await updateCompanySettings(adminCtx, plan.settings);
      if (i === 0) {
        ctx.log.info({ email: admin.email }, `demo client admin (password ${DEMO_PASSWORD})`);
      }
    }
    options.progress("companies", i + 1, total);
  }
}
