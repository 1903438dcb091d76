import type { Place } from "#shared/cities";
import { DateTime } from "../ui/date-time";

interface CompanyFactsProps {
  industry: string | null;
  website: string | null;
  place: Place | null;
  timeZone: string | null;
  memberSince: string;
}

/** The short facts about a company, shared by its own profile view and its public page. */
export function CompanyFacts({ industry, website, place, timeZone, memberSince }: CompanyFactsProps) {
  return (
    <dl className="facts">
      <div>
        <dt>Industry</dt>
        <dd>{industry ?? <span className="muted">Not given</span>}</dd>
      </div>
      <div>
        <dt>Headquarters</dt>
        <dd>
          {place ? (
            [place.city, place.region, place.country].filter(Boolean).join(", ")
          ) : (
            <span className="muted">Not given</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Website</dt>
        <dd className="break">
          {website ? (
            <a href={website} rel="noopener noreferrer nofollow" target="_blank">
              {website.replace(/^https?:\/\//, "")}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            <span className="muted">Not given</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Time zone</dt>
        <dd>{timeZone?.replaceAll("_", " ") ?? <span className="muted">Not given</span>}</dd>
      </div>
      <div>
        <dt>On Worklane since</dt>
        <dd>
          <DateTime value={memberSince} isDateOnly />
        </dd>
      </div>
    </dl>
  );
}
