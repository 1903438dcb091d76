-- Issue 10: a contribution's day, month and all-time sums are rows every contribution of that subject updates (all
-- of a company's approvals add to the same few). Updated in the action's statement, their row locks were held
-- through the rest of the action and a round trip to the server for COMMIT: with fifty approvals for one company in
-- flight, each waited about a second behind the others. A deferred constraint trigger adds an entry to its sums
-- inside COMMIT itself, so each lock lives for microseconds and still commits with the entry (or not at all).
CREATE FUNCTION scorecard_add_sums() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO scorecard_days (subject, subject_id, figure, day, count, total)
    VALUES (NEW.subject, NEW.subject_id, NEW.figure, (NEW.at AT TIME ZONE 'UTC')::date, 1, NEW.value)
    ON CONFLICT (subject, subject_id, figure, day)
    DO UPDATE SET count = scorecard_days.count + 1, total = scorecard_days.total + excluded.total;
  INSERT INTO scorecard_months (subject, subject_id, figure, month, count, total)
    VALUES (NEW.subject, NEW.subject_id, NEW.figure, date_trunc('month', NEW.at AT TIME ZONE 'UTC')::date, 1, NEW.value)
    ON CONFLICT (subject, subject_id, figure, month)
    DO UPDATE SET count = scorecard_months.count + 1, total = scorecard_months.total + excluded.total;
  INSERT INTO scorecard_totals (subject, subject_id, figure, count, total)
    VALUES (NEW.subject, NEW.subject_id, NEW.figure, 1, NEW.value)
    ON CONFLICT (subject, subject_id, figure)
    DO UPDATE SET count = scorecard_totals.count + 1, total = scorecard_totals.total + excluded.total;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER scorecard_entries_add_sums AFTER INSERT ON scorecard_entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION scorecard_add_sums();
