/**
 * The demo's assignments (issue 3, demo data): believable field-service work, written as a client would. Pure: the
 * seeded random source picks, demo.ts runs the actions.
 */
import type { Industry } from "#domains/companies/contract";
import type { Location } from "#shared/fields";
import type { Currency } from "#shared/money";
import type { CreateAssignment, Pricing } from "./contract";

interface Job {
  title: string;
  industry: Industry;
  skills: string[];
  work: string;
  done: string;
  hours: number;
}

const jobs: Job[] = [
  {
    title: "Install two POS terminals",
    industry: "Point of Sale",
    skills: ["POS installation", "Networking"],
    work: "Unbox and mount two point-of-sale terminals at the front counter, connect them to the store network and the receipt printers, and run the vendor's test transaction on each.",
    done: "Both terminals take a test card payment and print a receipt; photos of the counter and the back of each terminal.",
    hours: 3,
  },
  {
    title: "Replace a failed network switch",
    industry: "Information Technology",
    skills: ["Networking", "Cabling"],
    work: "Swap the failed 24-port switch in the back-office rack for the replacement shipped to the store, re-patch every cable to the same port and confirm each VLAN comes back.",
    done: "All devices online, patch panel labelled, the old switch boxed for return with its RMA label.",
    hours: 2,
  },
  {
    title: "Mount and commission a digital menu board",
    industry: "Digital Signage",
    skills: ["Digital signage", "Mounting"],
    work: "Mount three 55-inch screens above the counter on the supplied brackets, run power and HDMI through the raceway, and pair the media player with the content system.",
    done: "The menu loop plays on all three screens; photos of the wall before and after.",
    hours: 4,
  },
  {
    title: "Quarterly rooftop HVAC maintenance",
    industry: "HVAC",
    skills: ["HVAC maintenance", "Refrigeration"],
    work: "Service the two rooftop units: replace filters and belts from the supplied kit, clean the condenser coils, check refrigerant pressures and record readings on the checklist.",
    done: "The checklist filled in for both units, photos of the nameplates and the new filters.",
    hours: 5,
  },
  {
    title: "Conference room AV setup",
    industry: "Audio/Visual",
    skills: ["AV installation", "Video conferencing"],
    work: "Install the ceiling microphone array, the 75-inch display and the room PC, connect them to the video-conferencing system and run a test call with our help desk.",
    done: "A successful test call with the help desk; cable management tidy; photos of the rack.",
    hours: 6,
  },
  {
    title: "Site survey for a new security system",
    industry: "Security Systems",
    skills: ["Site survey", "CCTV"],
    work: "Walk the warehouse with the site manager, mark camera positions on the floor plan, measure cable runs to the comms room and note power availability at each point.",
    done: "A marked-up floor plan, cable-run measurements and at least twenty photos, submitted as a written report.",
    hours: 3,
  },
  {
    title: "Structured cabling for six new desks",
    industry: "Telecommunications",
    skills: ["Cabling", "Termination"],
    work: "Pull six Cat6 runs from the comms room to the new desk cluster through the existing tray, terminate both ends and certify each run with a cable tester.",
    done: "Six certified runs (tester results attached), faceplates labelled to match the patch panel.",
    hours: 5,
  },
  {
    title: "Emergency lighting inspection",
    industry: "Electrical",
    skills: ["Electrical inspection", "Emergency lighting"],
    work: "Test every emergency light and exit sign on two floors for the full three-hour duration, replace failed batteries from the stock on site and log each fitting.",
    done: "The log of every fitting with its result, and the replaced batteries listed.",
    hours: 4,
  },
];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const HOUR = 3_600_000;

/** A price near a typical market rate for the job, in the company's currency; all four pricing types appear. */
function pricingFor(random: () => number, job: Job, currency: Currency): Pricing {
  const scale = currency === "JPY" ? 1 : 100;
  const rate = Math.round((45 + Math.floor(random() * 6) * 5) * scale);
  const kind = pick(random, ["flat", "hourly", "hourly", "per_unit", "blended"] as const);
  switch (kind) {
    case "flat":
      return { type: "flat", amount: Math.round((rate * job.hours * 1.1) / scale) * scale };
    case "hourly":
      return { type: "hourly", rate, maxHours: job.hours + 1 };
    case "per_unit":
      return {
        type: "per_unit",
        rate: rate * 2,
        unitName: "device",
        maxUnits: Math.max(2, Math.ceil(job.hours / 1.5)),
      };
    case "blended":
      return { type: "blended", amount: rate * 2, flatHours: 2, rate, maxHours: job.hours + 1 };
  }
}

export interface Site {
  city: string;
  region: string | null;
  country: string;
  latitude: number;
  longitude: number;
  timeZone: string;
  currency: Currency;
}

/** A complete assignment body at `site`, starting `startsIn` ms from `now`; sometimes remote, sometimes a window. */
export function planAssignment(random: () => number, site: Site, now: Date, startsIn: number): CreateAssignment {
  const job = pick(random, jobs);
  const start = new Date(Math.round((now.getTime() + startsIn) / (15 * 60_000)) * 15 * 60_000);
  const windowed = random() < 0.3;
  const location: Location = {
    address: `${100 + Math.floor(random() * 8900)} ${pick(random, ["Main", "Market", "Commerce", "Industrial", "Station"])} ${pick(random, ["Street", "Avenue", "Road", "Parkway"])}`,
    city: site.city,
    region: site.region,
    postalCode: null,
    country: site.country,
    latitude: site.latitude + (random() - 0.5) * 0.2,
    longitude: site.longitude + (random() - 0.5) * 0.2,
  };
  return {
    title: `${job.title} in ${site.city}`,
    description: `${job.work}\n\n**Done means:** ${job.done}\n\nBring your own hand tools and a laptop; parts are on site.`,
    industry: job.industry,
    skills: job.skills,
    instructions: `Report to the store manager at the service entrance and show your Worklane assignment. Parking is at the back; the door code is ${1000 + Math.floor(random() * 9000)}.`,
    locationType: "onsite",
    location,
    onsiteContact: {
      name: pick(random, ["Dana Lopez", "Sam Okafor", "Priya Natarajan", "Jonas Weber"]),
      phone: null,
      email: null,
    },
    timeZone: site.timeZone,
    schedule: windowed
      ? { type: "window", startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3 * HOUR).toISOString() }
      : {
          type: "fixed",
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + job.hours * HOUR).toISOString(),
        },
    deadline: null,
    pricing: pricingFor(random, job, site.currency),
    currency: site.currency,
    routingMode: "first_to_accept",
  };
}

/**
 * Where each demo assignment ends up, as the steps that take it there. Times are hours from the moment the demo runs
 * (negative = in the past); `worker` is the n-th nearest demo worker; `to` sends to the n nearest.
 */
export type Step =
  | { at: number; do: "create"; startsIn: number; overrides?: Partial<CreateAssignment> }
  | { at: number; do: "send"; to: number; pools?: true }
  | { at: number; do: "accept" | "confirm" | "checkIn" | "checkOut" | "submit"; worker: number }
  | { at: number; do: "apply"; worker: number; counterOffer: boolean }
  | { at: number; do: "decline"; worker: number; reason: string }
  | { at: number; do: "hold" | "cancel"; reason: string; fee?: "suggested" }
  | { at: number; do: "approve" | "void" | "markInvoiced" | "markPaid" | "askForPhotos" }
  | { at: number; do: "photos"; worker: number };

const assignedBy = (created: number, startsIn: number, worker: number): Step[] => [
  { at: created, do: "create", startsIn },
  { at: created + 1, do: "send", to: 3 },
  { at: created + 2, do: "accept", worker },
];
/** Worked and submitted: the client asked for two photos of the finished work, and the worker hands them in. */
const workedBy = (created: number, start: number, worker: number): Step[] => {
  const [create, ...rest] = assignedBy(created, start - created, worker);
  return [
    ...(create ? [create] : []),
    { at: created + 0.5, do: "askForPhotos" },
    ...rest,
    { at: start - 30, do: "confirm", worker },
    { at: start, do: "checkIn", worker },
    { at: start + 4, do: "checkOut", worker },
    { at: start + 4.5, do: "photos", worker },
    { at: start + 5, do: "submit", worker },
  ];
};

export const stories: Record<string, Step[]> = {
  draft: [{ at: -2, do: "create", startsIn: 120 }],
  "draft, thin": [
    { at: -30, do: "create", startsIn: 200, overrides: { skills: [], onsiteContact: null, instructions: "" } },
  ],
  sent: [
    { at: -5, do: "create", startsIn: 77 },
    { at: -4, do: "send", to: 4 },
  ],
  applications: [
    { at: -8, do: "create", startsIn: 104, overrides: { routingMode: "applications" } },
    { at: -7, do: "send", to: 4 },
    { at: -6, do: "apply", worker: 0, counterOffer: false },
    { at: -5, do: "apply", worker: 1, counterOffer: true },
  ],
  declined: [
    { at: -30, do: "create", startsIn: 78 },
    { at: -28, do: "send", to: 2 },
    { at: -20, do: "decline", worker: 0, reason: "Already booked that day." },
    { at: -10, do: "decline", worker: 1, reason: "Too far from home for this rate." },
  ],
  assigned: [...assignedBy(-50, 122, 0), { at: -40, do: "confirm", worker: 0 }],
  unconfirmed: assignedBy(-30, 40, 1),
  "in progress": [
    ...assignedBy(-72, 71, 0),
    { at: -40, do: "confirm", worker: 0 },
    { at: -1, do: "checkIn", worker: 0 },
  ],
  "on hold": [
    ...assignedBy(-48, 96, 2),
    { at: -3, do: "hold", reason: "The store is closed for a refit; we resume next week." },
  ],
  submitted: workedBy(-96, -7, 0),
  approved: [...workedBy(-300, -190, 0), { at: -170, do: "approve" }],
  // Payments opens the invoice through a job; the demo marks it here too, so the status shows without the job loop.
  invoiced: [...workedBy(-400, -300, 1), { at: -290, do: "approve" }, { at: -289, do: "markInvoiced" }],
  paid: [...workedBy(-700, -600, 2), { at: -590, do: "approve" }, { at: -500, do: "markPaid" }],
  "cancelled late, with a fee": [
    ...assignedBy(-200, 100, 2),
    { at: -110, do: "cancel", reason: "The customer moved the opening; sorry for the short notice.", fee: "suggested" },
  ],
  cancelled: [
    { at: -100, do: "create", startsIn: 150 },
    { at: -99, do: "send", to: 3 },
    { at: -90, do: "cancel", reason: "The customer postponed the project." },
  ],
  void: [
    { at: -20, do: "create", startsIn: 120 },
    { at: -19, do: "void" },
  ],
};

/**
 * Sent to the company's talent pools (issue 12 item 8) besides its nearest worker, within 100 miles: played only for
 * a company the talent demo gave pools, so its page shows how many members were reached and who was left out.
 */
export const poolStory: Step[] = [
  { at: -6, do: "create", startsIn: 90 },
  { at: -5, do: "send", to: 1, pools: true },
];

/** A story on payment terms of `days`, so its invoice falls due inside the demo's past. */
const onTerms = (days: number, steps: Step[]): Step[] =>
  steps.map((s) => (s.do === "create" ? { ...s, overrides: { ...s.overrides, paymentTermsDays: days } } : s));
const approvedAfter = (created: number, worker: number, waitHours: number): Step[] => [
  ...workedBy(created, created + 100, worker),
  { at: created + 105 + waitHours, do: "approve" },
];

/**
 * Reputations (issue 14 item 8), played after the stories above for the first three demo companies, in the order the
 * payments and ratings demos take them (by company id): one good (approves within hours; its invoices on 7-day terms
 * are paid on time by the payments demo), one slow to approve (5 to 7 days after submission: red), one late to pay
 * (approves at once on 7-day terms; the payments demo pays those invoices 4 to 6 days late: red).
 */
export const reputationStories: Step[][][] = [
  [onTerms(7, approvedAfter(-1300, 0, 6)), onTerms(7, approvedAfter(-800, 1, 3))],
  [approvedAfter(-1000, 0, 130), approvedAfter(-700, 1, 150), approvedAfter(-450, 2, 170)],
  [
    onTerms(7, approvedAfter(-1300, 0, 5)),
    onTerms(7, approvedAfter(-1000, 1, 2)),
    onTerms(7, approvedAfter(-700, 2, 8)),
  ],
];
