-- Hand-written (issue 12, worker search): skills compared ignoring case, as the requirement evaluator does.
CREATE OR REPLACE FUNCTION worklane_lower_all(text[]) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT coalesce(array_agg(lower(s)), '{}') FROM unnest($1) AS s $$;--> statement-breakpoint
CREATE INDEX "worker_profiles_home_point" ON "worker_profiles" USING gist (point("home_longitude", "home_latitude"));--> statement-breakpoint
CREATE INDEX "worker_profiles_skill_keys" ON "worker_profiles" USING gin (worklane_lower_all("skills"));