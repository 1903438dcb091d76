import type { WorkerProfile } from "#domains/workers/contract";

export interface CompletenessItem {
  label: string;
  isDone: boolean;
}

/** The parts of a profile clients look at first; a checklist for the worker, not a rule the server enforces. */
export function profileCompleteness(profile: WorkerProfile): { percent: number; items: CompletenessItem[] } {
  const items: CompletenessItem[] = [
    { label: "A headline saying what you do", isDone: Boolean(profile.headline) },
    { label: "A short bio", isDone: profile.bio.trim().length >= 40 },
    { label: "At least three skills", isDone: profile.skills.length >= 3 },
    { label: "The industries you work in", isDone: profile.industries.length > 0 },
    { label: "Where you are based", isDone: profile.homeLocation !== null },
    { label: "Your hourly rate", isDone: profile.hourlyRate !== null },
    { label: "Your time zone", isDone: profile.timeZone !== null },
  ];
  const done = items.filter((item) => item.isDone).length;
  return { percent: Math.round((done / items.length) * 100), items };
}
