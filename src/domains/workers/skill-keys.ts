/**
 * The lower-cased, de-duplicated form of a worker's skills, stored in worker_profiles.skill_keys so search and matching
 * compare a plain indexed column (`skill_keys @> …`). Every write of `skills` also writes these keys, and searched
 * skills are keyed the same way, so both sides always agree on case.
 */
export function skillKeysOf(skills: readonly string[]): string[] {
  return [...new Set(skills.map((skill) => skill.toLocaleLowerCase("en")))];
}
