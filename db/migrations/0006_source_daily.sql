-- Earned money per character or plugin and local day (in rollup_state's zone, like ledger_daily), kept
-- by triggers: dashboards read partial months and 30-day windows from it instead of grouping the
-- ledger rows. Earned rows only (not reversed, not a payout), so it needs no status column.
CREATE TABLE ledger_source_daily (
  day text NOT NULL,
  source_type text NOT NULL,
  source_id text NOT NULL,
  currency text NOT NULL,
  stream text NOT NULL,
  rows integer NOT NULL,
  net integer NOT NULL,
  PRIMARY KEY (day, source_type, source_id, currency, stream)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER ledger_source_daily_insert AFTER INSERT ON ledger WHEN NEW.status <> 'reversed' AND NEW.stream <> 'payout' AND NEW.source_type IN ('character', 'plugin') BEGIN
  INSERT INTO ledger_source_daily (day, source_type, source_id, currency, stream, rows, net)
    VALUES (studio_local_date(NEW.occurred_ms), NEW.source_type, NEW.source_id, NEW.currency, NEW.stream, 1, NEW.net)
    ON CONFLICT (day, source_type, source_id, currency, stream) DO UPDATE SET rows = rows + 1, net = net + excluded.net;
END;
--> statement-breakpoint
CREATE TRIGGER ledger_source_daily_delete AFTER DELETE ON ledger WHEN OLD.status <> 'reversed' AND OLD.stream <> 'payout' AND OLD.source_type IN ('character', 'plugin') BEGIN
  UPDATE ledger_source_daily SET rows = rows - 1, net = net - OLD.net WHERE day = studio_local_date(OLD.occurred_ms) AND source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream;
  DELETE FROM ledger_source_daily WHERE day = studio_local_date(OLD.occurred_ms) AND source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream AND rows = 0;
END;
--> statement-breakpoint
CREATE TRIGGER ledger_source_daily_update_old AFTER UPDATE ON ledger WHEN OLD.status <> 'reversed' AND OLD.stream <> 'payout' AND OLD.source_type IN ('character', 'plugin') BEGIN
  UPDATE ledger_source_daily SET rows = rows - 1, net = net - OLD.net WHERE day = studio_local_date(OLD.occurred_ms) AND source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream;
  DELETE FROM ledger_source_daily WHERE day = studio_local_date(OLD.occurred_ms) AND source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream AND rows = 0;
END;
--> statement-breakpoint
CREATE TRIGGER ledger_source_daily_update_new AFTER UPDATE ON ledger WHEN NEW.status <> 'reversed' AND NEW.stream <> 'payout' AND NEW.source_type IN ('character', 'plugin') BEGIN
  INSERT INTO ledger_source_daily (day, source_type, source_id, currency, stream, rows, net)
    VALUES (studio_local_date(NEW.occurred_ms), NEW.source_type, NEW.source_id, NEW.currency, NEW.stream, 1, NEW.net)
    ON CONFLICT (day, source_type, source_id, currency, stream) DO UPDATE SET rows = rows + 1, net = net + excluded.net;
END;
--> statement-breakpoint
INSERT INTO ledger_source_daily (day, source_type, source_id, currency, stream, rows, net)
  SELECT studio_local_date(occurred_ms), source_type, source_id, currency, stream, count(*), sum(net) FROM ledger
  WHERE status <> 'reversed' AND stream <> 'payout' AND source_type IN ('character', 'plugin') GROUP BY 1, 2, 3, 4, 5;
