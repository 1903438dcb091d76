import { faker } from "@faker-js/faker/locale/en";
import { createAccount } from "#domains/accounts/index";
import { industries } from "#domains/companies/contract";
import { DEMO_PASSWORD } from "#domains/companies/index";
import type { Ctx } from "#platform/context";
import { hashPassword } from "#platform/crypto";
import type { DemoOptions } from "#platform/domain";
import { type City, cities } from "#shared/cities";
import { currencies } from "#shared/money";
import { updateWorkerProfile } from "./actions";
import { generalSkills, skillsByIndustry, type UpdateWorkerProfile } from "./contract";

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const round = (value: number) => Math.round(value * 1e5) / 1e5;

/** Somewhere within about 25 km of the city centre, so workers of one city do not share a point. */
function jitter(city: City): { latitude: number; longitude: number } {
  const dLat = faker.number.float({ min: -0.22, max: 0.22 });
  const dLon = faker.number.float({ min: -0.22, max: 0.22 }) / Math.cos((city.latitude * Math.PI) / 180);
  return {
    latitude: round(clamp(city.latitude + dLat, -90, 90)),
    longitude: round(clamp(city.longitude + dLon, -180, 180)),
  };
}

function planWorker(tag: string, index: number) {
  const first = faker.person.firstName();
  const last = faker.person.lastName();
  const city = faker.helpers.arrayElement(cities);
  const chosen = faker.helpers.arrayElements(industries, { min: 1, max: 3 });
  const trade = chosen.flatMap((i) => faker.helpers.arrayElements(skillsByIndustry[i], { min: 2, max: 4 }));
  const skills = [...trade, ...faker.helpers.arrayElements(generalSkills, { min: 1, max: 3 })];
  const years = faker.number.int({ min: 1, max: 25 });
  const lead = trade[0] ?? "Field";
  const majorRate = faker.number.int({ min: 25, max: 95 });
  const profile: UpdateWorkerProfile = {
    headline: `${lead} technician · ${years} year${years === 1 ? "" : "s"} in the field`,
    bio: [
      `I am a ${chosen.map((i) => i.toLowerCase()).join(" and ")} technician based in ${city.name}.`,
      "",
      `Most of my work is ${trade.slice(0, 3).join(", ").toLowerCase()}. ${faker.helpers.arrayElement([
        "I bring my own tools and document every visit with photos.",
        "I am happy to travel for multi-day projects.",
        "Clients rebook me for clean, well-documented work.",
      ])}`,
    ].join("\n"),
    skills,
    industries: chosen,
    homeLocation: {
      address: faker.location.streetAddress(),
      city: city.name,
      region: city.region,
      postalCode: faker.location.zipCode(),
      country: city.country,
      ...jitter(city),
    },
    travelRadiusKm: faker.helpers.arrayElement([15, 25, 40, 40, 60, 80, 120, 200]),
    hourlyRate: { amount: majorRate * 10 ** currencies[city.currency], currency: city.currency },
    timeZone: city.timeZone,
  };
  const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");
  return { name: `${first} ${last}`, email: `${slug(first)}.${slug(last)}.${index}@workers-${tag}.example`, profile };
}

/** ~300 workers (× scale) spread over real cities, with trades, rates and travel radii. */
export async function demo(ctx: Ctx, options: DemoOptions): Promise<void> {
  faker.seed(Math.floor(options.random() * 2 ** 31));
  const tag = faker.string.alphanumeric({ length: 4, casing: "lower" });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const total = Math.max(1, Math.round(300 * options.scale));
  for (let i = 0; i < total; i++) {
    const plan = planWorker(tag, i + 1);
    const created = await ctx.transaction((tx) =>
      createAccount(tx, ctx, { name: plan.name, email: plan.email, accountType: "worker", passwordHash }),
    );
    // null: created by an earlier run with the same seed, so it already has its profile.
    if (created) {
      await updateWorkerProfile(
        {
          ...ctx,
          actor: {
            kind: "user",
            userId: created.userId,
            accountType: "worker",
            companyId: null,
            companyRole: null,
            staffRole: null,
            sessionId: null,
            apiKeyId: null,
          },
        },
        plan.profile,
      );
    }
    if (i === 0) {
      ctx.log.info({ email: plan.email }, `demo worker (password ${DEMO_PASSWORD})`);
    }
    options.progress("workers", i + 1, total);
  }
}
