-- Earned money per character or plugin by local month and quarter (rollup_state's zone), beside the
-- daily table of 0006: a year or all time reads a few thousand quarter rows instead of tens of
-- thousands of month rows. The month table is rebuilt earned-only and WITHOUT ROWID in (month, source)
-- order, like the daily one: the old one kept every status and source type, which no reader asked for,
-- and its reads paid a row lookup each. One trigger per ledger event keeps all three tables.
-- A quarter is named by its first month, 'YYYY-MM'.
DROP TRIGGER ledger_rollup_insert;
--> statement-breakpoint
DROP TRIGGER ledger_rollup_delete;
--> statement-breakpoint
DROP TRIGGER ledger_rollup_update;
--> statement-breakpoint
DROP TRIGGER ledger_source_daily_insert;
--> statement-breakpoint
DROP TRIGGER ledger_source_daily_delete;
--> statement-breakpoint
DROP TRIGGER ledger_source_daily_update_old;
--> statement-breakpoint
DROP TRIGGER ledger_source_daily_update_new;
--> statement-breakpoint
DROP INDEX ledger_source_monthly_source;
--> statement-breakpoint
DROP TABLE ledger_source_monthly;
--> statement-breakpoint
CREATE TABLE ledger_source_monthly (
  month text NOT NULL,
  source_type text NOT NULL,
  source_id text NOT NULL,
  currency text NOT NULL,
  stream text NOT NULL,
  rows integer NOT NULL,
  net integer NOT NULL,
  PRIMARY KEY (month, source_type, source_id, currency, stream)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE ledger_source_quarterly (
  quarter text NOT NULL,
  source_type text NOT NULL,
  source_id text NOT NULL,
  currency text NOT NULL,
  stream text NOT NULL,
  rows integer NOT NULL,
  net integer NOT NULL,
  PRIMARY KEY (quarter, source_type, source_id, currency, stream)
) WITHOUT ROWID;
--> statement-breakpoint
-- One character's or plugin's months, for its own page.
CREATE INDEX ledger_source_monthly_source ON ledger_source_monthly (source_type, source_id, month);
--> statement-breakpoint
CREATE TRIGGER ledger_rollup_insert AFTER INSERT ON ledger BEGIN
  INSERT INTO ledger_totals (currency, stream, status, rows, gross, fee, net)
    VALUES (NEW.currency, NEW.stream, NEW.status, 1, NEW.gross, NEW.fee, NEW.net)
    ON CONFLICT (currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross,
      fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_daily (day, currency, stream, status, rows, net)
    VALUES (studio_local_date(NEW.occurred_ms), NEW.currency, NEW.stream, NEW.status, 1, NEW.net)
    ON CONFLICT (day, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, net = net + excluded.net;
END;
--> statement-breakpoint
CREATE TRIGGER ledger_rollup_delete AFTER DELETE ON ledger BEGIN
  INSERT INTO ledger_totals (currency, stream, status, rows, gross, fee, net)
    VALUES (OLD.currency, OLD.stream, OLD.status, -1, -OLD.gross, -OLD.fee, -OLD.net)
    ON CONFLICT (currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross,
      fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_daily (day, currency, stream, status, rows, net)
    VALUES (studio_local_date(OLD.occurred_ms), OLD.currency, OLD.stream, OLD.status, -1, -OLD.net)
    ON CONFLICT (day, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, net = net + excluded.net;
END;
--> statement-breakpoint
CREATE TRIGGER ledger_rollup_update AFTER UPDATE ON ledger BEGIN
  INSERT INTO ledger_totals (currency, stream, status, rows, gross, fee, net)
    VALUES (OLD.currency, OLD.stream, OLD.status, -1, -OLD.gross, -OLD.fee, -OLD.net)
    ON CONFLICT (currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross,
      fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_daily (day, currency, stream, status, rows, net)
    VALUES (studio_local_date(OLD.occurred_ms), OLD.currency, OLD.stream, OLD.status, -1, -OLD.net)
    ON CONFLICT (day, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, net = net + excluded.net;
  INSERT INTO ledger_totals (currency, stream, status, rows, gross, fee, net)
    VALUES (NEW.currency, NEW.stream, NEW.status, 1, NEW.gross, NEW.fee, NEW.net)
    ON CONFLICT (currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross,
      fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_daily (day, currency, stream, status, rows, net)
    VALUES (studio_local_date(NEW.occurred_ms), NEW.currency, NEW.stream, NEW.status, 1, NEW.net)
    ON CONFLICT (day, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, net = net + excluded.net;
END;
--> statement-breakpoint
CREATE TRIGGER ledger_source_insert AFTER INSERT ON ledger WHEN NEW.status <> 'reversed' AND NEW.stream <> 'payout' AND NEW.source_type IN ('character', 'plugin') BEGIN
  INSERT INTO ledger_source_daily (day, source_type, source_id, currency, stream, rows, net)
    VALUES (studio_local_date(NEW.occurred_ms), NEW.source_type, NEW.source_id, NEW.currency, NEW.stream, 1, NEW.net)
    ON CONFLICT (day, source_type, source_id, currency, stream) DO UPDATE SET rows = rows + 1, net = net + excluded.net;
  INSERT INTO ledger_source_monthly (month, source_type, source_id, currency, stream, rows, net)
    VALUES (substr(studio_local_date(NEW.occurred_ms), 1, 7), NEW.source_type, NEW.source_id, NEW.currency, NEW.stream, 1, NEW.net)
    ON CONFLICT (month, source_type, source_id, currency, stream) DO UPDATE SET rows = rows + 1, net = net + excluded.net;
  INSERT INTO ledger_source_quarterly (quarter, source_type, source_id, currency, stream, rows, net)
    VALUES (printf('%s-%02d', substr(studio_local_date(NEW.occurred_ms), 1, 4), (CAST(substr(studio_local_date(NEW.occurred_ms), 6, 2) AS INTEGER) - 1) / 3 * 3 + 1), NEW.source_type, NEW.source_id, NEW.currency, NEW.stream, 1, NEW.net)
    ON CONFLICT (quarter, source_type, source_id, currency, stream) DO UPDATE SET rows = rows + 1, net = net + excluded.net;
END;
--> statement-breakpoint
CREATE TRIGGER ledger_source_delete AFTER DELETE ON ledger WHEN OLD.status <> 'reversed' AND OLD.stream <> 'payout' AND OLD.source_type IN ('character', 'plugin') BEGIN
  UPDATE ledger_source_daily SET rows = rows - 1, net = net - OLD.net WHERE day = studio_local_date(OLD.occurred_ms) AND source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream;
  DELETE FROM ledger_source_daily WHERE day = studio_local_date(OLD.occurred_ms) AND source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream AND rows = 0;
  UPDATE ledger_source_monthly SET rows = rows - 1, net = net - OLD.net WHERE month = substr(studio_local_date(OLD.occurred_ms), 1, 7) AND source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream;
  DELETE FROM ledger_source_monthly WHERE month = substr(studio_local_date(OLD.occurred_ms), 1, 7) AND source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream AND rows = 0;
  UPDATE ledger_source_quarterly SET rows = rows - 1, net = net - OLD.net WHERE quarter = printf('%s-%02d', substr(studio_local_date(OLD.occurred_ms), 1, 4), (CAST(substr(studio_local_date(OLD.occurred_ms), 6, 2) AS INTEGER) - 1) / 3 * 3 + 1) AND source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream;
  DELETE FROM ledger_source_quarterly WHERE quarter = printf('%s-%02d', substr(studio_local_date(OLD.occurred_ms), 1, 4), (CAST(substr(studio_local_date(OLD.occurred_ms), 6, 2) AS INTEGER) - 1) / 3 * 3 + 1) AND source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream AND rows = 0;
END;
--> statement-breakpoint
CREATE TRIGGER ledger_source_update_old AFTER UPDATE ON ledger WHEN OLD.status <> 'reversed' AND OLD.stream <> 'payout' AND OLD.source_type IN ('character', 'plugin') BEGIN
  UPDATE ledger_source_daily SET rows = rows - 1, net = net - OLD.net WHERE day = studio_local_date(OLD.occurred_ms) AND source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream;
  DELETE FROM ledger_source_daily WHERE day = studio_local_date(OLD.occurred_ms) AND source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream AND rows = 0;
  UPDATE ledger_source_monthly SET rows = rows - 1, net = net - OLD.net WHERE month = substr(studio_local_date(OLD.occurred_ms), 1, 7) AND source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream;
  DELETE FROM ledger_source_monthly WHERE month = substr(studio_local_date(OLD.occurred_ms), 1, 7) AND source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream AND rows = 0;
  UPDATE ledger_source_quarterly SET rows = rows - 1, net = net - OLD.net WHERE quarter = printf('%s-%02d', substr(studio_local_date(OLD.occurred_ms), 1, 4), (CAST(substr(studio_local_date(OLD.occurred_ms), 6, 2) AS INTEGER) - 1) / 3 * 3 + 1) AND source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream;
  DELETE FROM ledger_source_quarterly WHERE quarter = printf('%s-%02d', substr(studio_local_date(OLD.occurred_ms), 1, 4), (CAST(substr(studio_local_date(OLD.occurred_ms), 6, 2) AS INTEGER) - 1) / 3 * 3 + 1) AND source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream AND rows = 0;
END;
--> statement-breakpoint
CREATE TRIGGER ledger_source_update_new AFTER UPDATE ON ledger WHEN NEW.status <> 'reversed' AND NEW.stream <> 'payout' AND NEW.source_type IN ('character', 'plugin') BEGIN
  INSERT INTO ledger_source_daily (day, source_type, source_id, currency, stream, rows, net)
    VALUES (studio_local_date(NEW.occurred_ms), NEW.source_type, NEW.source_id, NEW.currency, NEW.stream, 1, NEW.net)
    ON CONFLICT (day, source_type, source_id, currency, stream) DO UPDATE SET rows = rows + 1, net = net + excluded.net;
  INSERT INTO ledger_source_monthly (month, source_type, source_id, currency, stream, rows, net)
    VALUES (substr(studio_local_date(NEW.occurred_ms), 1, 7), NEW.source_type, NEW.source_id, NEW.currency, NEW.stream, 1, NEW.net)
    ON CONFLICT (month, source_type, source_id, currency, stream) DO UPDATE SET rows = rows + 1, net = net + excluded.net;
  INSERT INTO ledger_source_quarterly (quarter, source_type, source_id, currency, stream, rows, net)
    VALUES (printf('%s-%02d', substr(studio_local_date(NEW.occurred_ms), 1, 4), (CAST(substr(studio_local_date(NEW.occurred_ms), 6, 2) AS INTEGER) - 1) / 3 * 3 + 1), NEW.source_type, NEW.source_id, NEW.currency, NEW.stream, 1, NEW.net)
    ON CONFLICT (quarter, source_type, source_id, currency, stream) DO UPDATE SET rows = rows + 1, net = net + excluded.net;
END;
--> statement-breakpoint
INSERT INTO ledger_source_monthly (month, source_type, source_id, currency, stream, rows, net)
  SELECT substr(day, 1, 7), source_type, source_id, currency, stream, sum(rows), sum(net) FROM ledger_source_daily GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
INSERT INTO ledger_source_quarterly (quarter, source_type, source_id, currency, stream, rows, net)
  SELECT printf('%s-%02d', substr(day, 1, 4), (CAST(substr(day, 6, 2) AS INTEGER) - 1) / 3 * 3 + 1), source_type, source_id, currency, stream, sum(rows), sum(net)
  FROM ledger_source_daily GROUP BY 1, 2, 3, 4, 5;
