/** One worker in a search or match list: where, how far, which skills matched, the scorecard figures. */
export interface Hit {
  id: string;
  name: string;
  headline: string | null;
  location: { city: string; region: string | null; country: string } | null;
  distanceMiles: number | null;
  skills: string[];
  skillsMatched: string[];
  scorecard: { satisfaction: number | null; onTimeArrival: number | null; abandons: number; completed: number };
}

const share = (v: number | null) => (v === null ? "no figure yet" : `${Math.round(v * 100)}%`);

export function WorkerHitLine({ hit }: { hit: Hit }) {
  const place = hit.location
    ? [hit.location.city, hit.location.region, hit.location.country].filter(Boolean).join(", ")
    : "";
  return (
    <>
      <strong>{hit.name}</strong>
      {hit.headline ? ` — ${hit.headline}` : null}
      <br />
      {place}
      {hit.distanceMiles !== null ? ` · ${hit.distanceMiles} miles away` : null}
      <br />
      Skills: {hit.skills.join(", ") || "none listed"}
      {hit.skillsMatched.length > 0 ? ` (matched: ${hit.skillsMatched.join(", ")})` : null}
      <br />
      Satisfaction {share(hit.scorecard.satisfaction)} · on time {share(hit.scorecard.onTimeArrival)} · completed{" "}
      {hit.scorecard.completed} · abandoned or no-show {hit.scorecard.abandons} (last 90 days)
    </>
  );
}
