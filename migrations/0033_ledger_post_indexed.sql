-- Issue 11/10: ledger_post matched each posting to its account with `owner_id IS NOT DISTINCT FROM`, which no index
-- serves: every transfer scanned every ledger account, twice (cheap with the bench's 200 accounts, 20 ms per
-- transfer at 100 000). Each posting's account is now found through the unique index (`= owner` or `IS NULL` for the
-- platform's own), once, and the postings and the balance locks use the ids; the insert of missing accounts runs only
-- when one is missing. Everything else is unchanged: the same idempotent key, the same fixed lock order, the same
-- floor check and error.
CREATE FUNCTION ledger_account_id(
  p_owner_type ledger_owner_type, p_owner uuid, p_kind ledger_account_kind, p_currency text, p_shard smallint
) RETURNS uuid LANGUAGE plpgsql STABLE AS $$
BEGIN
  IF p_owner IS NULL THEN
    RETURN (SELECT id FROM ledger_accounts WHERE owner_type = p_owner_type AND owner_id IS NULL AND kind = p_kind
      AND currency = p_currency AND shard = p_shard);
  END IF;
  RETURN (SELECT id FROM ledger_accounts WHERE owner_type = p_owner_type AND owner_id = p_owner AND kind = p_kind
    AND currency = p_currency AND shard = p_shard);
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ledger_post(
  p_key text, p_reason text, p_subject_type text, p_subject_id uuid, p_currency text, p_at timestamptz,
  p_postings jsonb
) RETURNS TABLE (transfer_id uuid, replayed boolean) LANGUAGE plpgsql AS $$
DECLARE
  v_transfer uuid;
  v_ids uuid[];
  v_amounts bigint[];
  v_currencies text[];
  v_row record;
BEGIN
  INSERT INTO ledger_transfers (key, reason, subject_type, subject_id, currency, created_at)
    VALUES (p_key, p_reason, p_subject_type, p_subject_id, p_currency, p_at)
    ON CONFLICT (key) DO NOTHING
    RETURNING id INTO v_transfer;
  IF v_transfer IS NULL THEN
    RETURN QUERY SELECT t.id, true FROM ledger_transfers t WHERE t.key = p_key;
    RETURN;
  END IF;

  -- Each posting's account, found once through the unique index.
  SELECT array_agg(ledger_account_id(p.o::ledger_owner_type, p.i, p.k::ledger_account_kind, p.c, p.s)),
      array_agg(p.a), array_agg(p.c)
    INTO v_ids, v_amounts, v_currencies
    FROM jsonb_to_recordset(p_postings) AS p(o text, i uuid, k text, c text, s smallint, n boolean, a bigint);

  -- Missing accounts (a new owner's first transfer only), in one fixed order, so two transfers creating the same
  -- accounts queue, not deadlock; then found again.
  IF array_position(v_ids, NULL) IS NOT NULL THEN
    INSERT INTO ledger_accounts (owner_type, owner_id, kind, currency, shard, may_go_negative, created_at)
      SELECT p.o::ledger_owner_type, p.i, p.k::ledger_account_kind, p.c, p.s, p.n, p_at
      FROM jsonb_to_recordset(p_postings) AS p(o text, i uuid, k text, c text, s smallint, n boolean, a bigint)
      ORDER BY p.o, p.i, p.k, p.c, p.s
      ON CONFLICT ON CONSTRAINT ledger_accounts_owner_kind_currency DO NOTHING;
    SELECT array_agg(ledger_account_id(p.o::ledger_owner_type, p.i, p.k::ledger_account_kind, p.c, p.s))
      INTO v_ids
      FROM jsonb_to_recordset(p_postings) AS p(o text, i uuid, k text, c text, s smallint, n boolean, a bigint);
  END IF;

  -- Postings before the balance locks: their foreign key takes only KEY SHARE, which a balance update never blocks.
  INSERT INTO ledger_postings (transfer_id, account_id, amount, currency, created_at)
    SELECT v_transfer, x.id, x.amount, x.currency, p_at
    FROM unnest(v_ids, v_amounts, v_currencies) AS x(id, amount, currency);

  -- Balances last, locked in id order (every transfer takes its locks in the same global order: no deadlocks), each
  -- account's postings summed, checked against its floor, then moved in one UPDATE.
  FOR v_row IN
    SELECT a.id, a.owner_type, a.currency, a.balance, a.may_go_negative, x.amount
    FROM (SELECT u.id, sum(u.amount)::bigint AS amount FROM unnest(v_ids, v_amounts) AS u(id, amount) GROUP BY u.id) x
    JOIN ledger_accounts a ON a.id = x.id
    ORDER BY a.id
    FOR NO KEY UPDATE OF a
  LOOP
    IF NOT v_row.may_go_negative AND v_row.balance + v_row.amount < 0 THEN
      RAISE EXCEPTION 'ledger account % would go below zero', v_row.id
        USING ERRCODE = 'WL001',
          DETAIL = json_build_object('ownerType', v_row.owner_type, 'currency', v_row.currency,
            'balance', v_row.balance, 'needed', -v_row.amount)::text;
    END IF;
  END LOOP;
  UPDATE ledger_accounts a SET balance = a.balance + x.amount
    FROM (SELECT u.id, sum(u.amount)::bigint AS amount FROM unnest(v_ids, v_amounts) AS u(id, amount) GROUP BY u.id) x
    WHERE a.id = x.id;

  RETURN QUERY SELECT v_transfer, false;
END;
$$;
