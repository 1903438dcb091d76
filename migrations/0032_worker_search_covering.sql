-- Hand-written (drizzle cannot declare INCLUDE): the GiST index on the home becomes a covering index, so worker search
-- and matching read the id, the coordinates for the haversine and the skill keys from the index alone (an index-only
-- scan once the visibility map is set) instead of one heap page per worker in the box. Same name and key as
-- workers/tables.ts declares, so drizzle's snapshot stays true of the key.
DROP INDEX "worker_profiles_home_point";--> statement-breakpoint
CREATE INDEX "worker_profiles_home_point" ON "worker_profiles" USING gist (point("home_longitude", "home_latitude")) INCLUDE ("user_id", "home_latitude", "home_longitude", "skill_keys");
