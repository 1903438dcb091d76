-- One transfer in one statement (issue 11, the benchmark): the work that took seven round trips from Node runs
-- here, and the balance locks come last, so they are held from this function's last step to the commit only.
-- The rules stay in one place: ledger-steps.ts checks that the transfer balances, nets it and picks the shards;
-- this function writes it.
--   p_postings: [{"o": owner type, "i": owner id or null, "k": kind, "c": currency, "s": shard,
--                 "n": may go negative, "a": amount}]
-- Answers (transfer_id, replayed). A posting that would take a floored account below zero raises SQLSTATE WL001
-- with the account's owner type, currency, balance and the amount needed in DETAIL (JSON); the statement's own
-- writes are undone with it.
CREATE FUNCTION ledger_post(
  p_key text, p_reason text, p_subject_type text, p_subject_id uuid, p_currency text, p_at timestamptz,
  p_postings jsonb
) RETURNS TABLE (transfer_id uuid, replayed boolean) LANGUAGE plpgsql AS $$
DECLARE
  v_transfer uuid;
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

  -- Missing accounts first, in one fixed order, so two transfers creating the same accounts queue, not deadlock.
  INSERT INTO ledger_accounts (owner_type, owner_id, kind, currency, shard, may_go_negative, created_at)
    SELECT p.o::ledger_owner_type, p.i, p.k::ledger_account_kind, p.c, p.s, p.n, p_at
    FROM jsonb_to_recordset(p_postings) AS p(o text, i uuid, k text, c text, s smallint, n boolean, a bigint)
    ORDER BY p.o, p.i, p.k, p.c, p.s
    ON CONFLICT ON CONSTRAINT ledger_accounts_owner_kind_currency DO NOTHING;

  -- Postings before the balance locks: their foreign key takes only KEY SHARE, which a balance update never blocks.
  INSERT INTO ledger_postings (transfer_id, account_id, amount, currency, created_at)
    SELECT v_transfer, a.id, p.a, a.currency, p_at
    FROM jsonb_to_recordset(p_postings) AS p(o text, i uuid, k text, c text, s smallint, n boolean, a bigint)
    JOIN ledger_accounts a ON a.owner_type = p.o::ledger_owner_type AND a.owner_id IS NOT DISTINCT FROM p.i
      AND a.kind = p.k::ledger_account_kind AND a.currency = p.c AND a.shard = p.s;

  -- Balances last, locked in id order (every transfer takes its locks in the same global order: no deadlocks).
  FOR v_row IN
    SELECT a.id, a.owner_type, a.currency, a.balance, a.may_go_negative, p.a AS amount
    FROM jsonb_to_recordset(p_postings) AS p(o text, i uuid, k text, c text, s smallint, n boolean, a bigint)
    JOIN ledger_accounts a ON a.owner_type = p.o::ledger_owner_type AND a.owner_id IS NOT DISTINCT FROM p.i
      AND a.kind = p.k::ledger_account_kind AND a.currency = p.c AND a.shard = p.s
    ORDER BY a.id
    FOR NO KEY UPDATE OF a
  LOOP
    IF NOT v_row.may_go_negative AND v_row.balance + v_row.amount < 0 THEN
      RAISE EXCEPTION 'ledger account % would go below zero', v_row.id
        USING ERRCODE = 'WL001',
          DETAIL = json_build_object('ownerType', v_row.owner_type, 'currency', v_row.currency,
            'balance', v_row.balance, 'needed', -v_row.amount)::text;
    END IF;
    UPDATE ledger_accounts SET balance = balance + v_row.amount WHERE id = v_row.id;
  END LOOP;

  RETURN QUERY SELECT v_transfer, false;
END;
$$;
