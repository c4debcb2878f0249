-- Earned money per character or plugin by local day, month and quarter (0006, 0007), keyed by a small
-- integer per (source, currency, stream) and stored in key order. Reading every source over a range of
-- days was a scan of the range followed by a sort of tens of thousands of rows on four text columns,
-- which cost five times the scan; now it walks the keys and seeks each one's range, in key order, so
-- grouping needs no sort and one source reads its own days, months and quarters directly.
-- A key is never deleted: one with no rows left only costs an empty seek.
DROP TRIGGER ledger_source_insert;
--> statement-breakpoint
DROP TRIGGER ledger_source_delete;
--> statement-breakpoint
DROP TRIGGER ledger_source_update_old;
--> statement-breakpoint
DROP TRIGGER ledger_source_update_new;
--> statement-breakpoint
DROP INDEX ledger_source_monthly_source;
--> statement-breakpoint
DROP TABLE ledger_source_daily;
--> statement-breakpoint
DROP TABLE ledger_source_monthly;
--> statement-breakpoint
DROP TABLE ledger_source_quarterly;
--> statement-breakpoint
CREATE TABLE ledger_source_keys (
  k integer PRIMARY KEY,
  source_type text NOT NULL,
  source_id text NOT NULL,
  currency text NOT NULL,
  stream text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX ledger_source_keys_source ON ledger_source_keys (source_type, source_id, currency, stream);
--> statement-breakpoint
CREATE TABLE ledger_source_daily (
  k integer NOT NULL,
  day text NOT NULL,
  rows integer NOT NULL,
  net integer NOT NULL,
  PRIMARY KEY (k, day)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE ledger_source_monthly (
  k integer NOT NULL,
  month text NOT NULL,
  rows integer NOT NULL,
  net integer NOT NULL,
  PRIMARY KEY (k, month)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE ledger_source_quarterly (
  k integer NOT NULL,
  quarter text NOT NULL,
  rows integer NOT NULL,
  net integer NOT NULL,
  PRIMARY KEY (k, quarter)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER ledger_source_insert AFTER INSERT ON ledger WHEN NEW.status <> 'reversed' AND NEW.stream <> 'payout' AND NEW.source_type IN ('character', 'plugin') BEGIN
  INSERT INTO ledger_source_keys (source_type, source_id, currency, stream) VALUES (NEW.source_type, NEW.source_id, NEW.currency, NEW.stream)
    ON CONFLICT DO NOTHING;
  INSERT INTO ledger_source_daily (k, day, rows, net) VALUES ((SELECT k FROM ledger_source_keys WHERE source_type = NEW.source_type AND source_id = NEW.source_id AND currency = NEW.currency AND stream = NEW.stream), studio_local_date(NEW.occurred_ms), 1, NEW.net)
    ON CONFLICT (k, day) DO UPDATE SET rows = rows + 1, net = net + excluded.net;
  INSERT INTO ledger_source_monthly (k, month, rows, net) VALUES ((SELECT k FROM ledger_source_keys WHERE source_type = NEW.source_type AND source_id = NEW.source_id AND currency = NEW.currency AND stream = NEW.stream), substr(studio_local_date(NEW.occurred_ms), 1, 7), 1, NEW.net)
    ON CONFLICT (k, month) DO UPDATE SET rows = rows + 1, net = net + excluded.net;
  INSERT INTO ledger_source_quarterly (k, quarter, rows, net) VALUES ((SELECT k FROM ledger_source_keys WHERE source_type = NEW.source_type AND source_id = NEW.source_id AND currency = NEW.currency AND stream = NEW.stream), printf('%s-%02d', substr(studio_local_date(NEW.occurred_ms), 1, 4), (CAST(substr(studio_local_date(NEW.occurred_ms), 6, 2) AS INTEGER) - 1) / 3 * 3 + 1), 1, NEW.net)
    ON CONFLICT (k, quarter) DO UPDATE SET rows = rows + 1, net = net + excluded.net;
END;
--> statement-breakpoint
CREATE TRIGGER ledger_source_delete AFTER DELETE ON ledger WHEN OLD.status <> 'reversed' AND OLD.stream <> 'payout' AND OLD.source_type IN ('character', 'plugin') BEGIN
  UPDATE ledger_source_daily SET rows = rows - 1, net = net - OLD.net WHERE k = (SELECT k FROM ledger_source_keys WHERE source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream) AND day = studio_local_date(OLD.occurred_ms);
  DELETE FROM ledger_source_daily WHERE k = (SELECT k FROM ledger_source_keys WHERE source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream) AND day = studio_local_date(OLD.occurred_ms) AND rows = 0;
  UPDATE ledger_source_monthly SET rows = rows - 1, net = net - OLD.net WHERE k = (SELECT k FROM ledger_source_keys WHERE source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream) AND month = substr(studio_local_date(OLD.occurred_ms), 1, 7);
  DELETE FROM ledger_source_monthly WHERE k = (SELECT k FROM ledger_source_keys WHERE source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream) AND month = substr(studio_local_date(OLD.occurred_ms), 1, 7) AND rows = 0;
  UPDATE ledger_source_quarterly SET rows = rows - 1, net = net - OLD.net WHERE k = (SELECT k FROM ledger_source_keys WHERE source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream) AND quarter = printf('%s-%02d', substr(studio_local_date(OLD.occurred_ms), 1, 4), (CAST(substr(studio_local_date(OLD.occurred_ms), 6, 2) AS INTEGER) - 1) / 3 * 3 + 1);
  DELETE FROM ledger_source_quarterly WHERE k = (SELECT k FROM ledger_source_keys WHERE source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream) AND quarter = printf('%s-%02d', substr(studio_local_date(OLD.occurred_ms), 1, 4), (CAST(substr(studio_local_date(OLD.occurred_ms), 6, 2) AS INTEGER) - 1) / 3 * 3 + 1) AND rows = 0;
END;
--> statement-breakpoint
CREATE TRIGGER ledger_source_update_old AFTER UPDATE ON ledger WHEN OLD.status <> 'reversed' AND OLD.stream <> 'payout' AND OLD.source_type IN ('character', 'plugin') BEGIN
  UPDATE ledger_source_daily SET rows = rows - 1, net = net - OLD.net WHERE k = (SELECT k FROM ledger_source_keys WHERE source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream) AND day = studio_local_date(OLD.occurred_ms);
  DELETE FROM ledger_source_daily WHERE k = (SELECT k FROM ledger_source_keys WHERE source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream) AND day = studio_local_date(OLD.occurred_ms) AND rows = 0;
  UPDATE ledger_source_monthly SET rows = rows - 1, net = net - OLD.net WHERE k = (SELECT k FROM ledger_source_keys WHERE source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream) AND month = substr(studio_local_date(OLD.occurred_ms), 1, 7);
  DELETE FROM ledger_source_monthly WHERE k = (SELECT k FROM ledger_source_keys WHERE source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream) AND month = substr(studio_local_date(OLD.occurred_ms), 1, 7) AND rows = 0;
  UPDATE ledger_source_quarterly SET rows = rows - 1, net = net - OLD.net WHERE k = (SELECT k FROM ledger_source_keys WHERE source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream) AND quarter = printf('%s-%02d', substr(studio_local_date(OLD.occurred_ms), 1, 4), (CAST(substr(studio_local_date(OLD.occurred_ms), 6, 2) AS INTEGER) - 1) / 3 * 3 + 1);
  DELETE FROM ledger_source_quarterly WHERE k = (SELECT k FROM ledger_source_keys WHERE source_type = OLD.source_type AND source_id = OLD.source_id AND currency = OLD.currency AND stream = OLD.stream) AND quarter = printf('%s-%02d', substr(studio_local_date(OLD.occurred_ms), 1, 4), (CAST(substr(studio_local_date(OLD.occurred_ms), 6, 2) AS INTEGER) - 1) / 3 * 3 + 1) AND rows = 0;
END;
--> statement-breakpoint
CREATE TRIGGER ledger_source_update_new AFTER UPDATE ON ledger WHEN NEW.status <> 'reversed' AND NEW.stream <> 'payout' AND NEW.source_type IN ('character', 'plugin') BEGIN
  INSERT INTO ledger_source_keys (source_type, source_id, currency, stream) VALUES (NEW.source_type, NEW.source_id, NEW.currency, NEW.stream)
    ON CONFLICT DO NOTHING;
  INSERT INTO ledger_source_daily (k, day, rows, net) VALUES ((SELECT k FROM ledger_source_keys WHERE source_type = NEW.source_type AND source_id = NEW.source_id AND currency = NEW.currency AND stream = NEW.stream), studio_local_date(NEW.occurred_ms), 1, NEW.net)
    ON CONFLICT (k, day) DO UPDATE SET rows = rows + 1, net = net + excluded.net;
  INSERT INTO ledger_source_monthly (k, month, rows, net) VALUES ((SELECT k FROM ledger_source_keys WHERE source_type = NEW.source_type AND source_id = NEW.source_id AND currency = NEW.currency AND stream = NEW.stream), substr(studio_local_date(NEW.occurred_ms), 1, 7), 1, NEW.net)
    ON CONFLICT (k, month) DO UPDATE SET rows = rows + 1, net = net + excluded.net;
  INSERT INTO ledger_source_quarterly (k, quarter, rows, net) VALUES ((SELECT k FROM ledger_source_keys WHERE source_type = NEW.source_type AND source_id = NEW.source_id AND currency = NEW.currency AND stream = NEW.stream), printf('%s-%02d', substr(studio_local_date(NEW.occurred_ms), 1, 4), (CAST(substr(studio_local_date(NEW.occurred_ms), 6, 2) AS INTEGER) - 1) / 3 * 3 + 1), 1, NEW.net)
    ON CONFLICT (k, quarter) DO UPDATE SET rows = rows + 1, net = net + excluded.net;
END;
--> statement-breakpoint
INSERT INTO ledger_source_keys (source_type, source_id, currency, stream)
  SELECT DISTINCT source_type, source_id, currency, stream FROM ledger WHERE ledger.status <> 'reversed' AND ledger.stream <> 'payout' AND ledger.source_type IN ('character', 'plugin') ORDER BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO ledger_source_daily (k, day, rows, net)
  SELECT keys.k, studio_local_date(ledger.occurred_ms), count(*), sum(ledger.net) FROM ledger
  JOIN ledger_source_keys keys ON keys.source_type = ledger.source_type AND keys.source_id = ledger.source_id AND keys.currency = ledger.currency AND keys.stream = ledger.stream
  WHERE ledger.status <> 'reversed' AND ledger.stream <> 'payout' AND ledger.source_type IN ('character', 'plugin') GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO ledger_source_monthly (k, month, rows, net)
  SELECT k, substr(day, 1, 7), sum(rows), sum(net) FROM ledger_source_daily GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO ledger_source_quarterly (k, quarter, rows, net)
  SELECT k, printf('%s-%02d', substr(day, 1, 4), (CAST(substr(day, 6, 2) AS INTEGER) - 1) / 3 * 3 + 1), sum(rows), sum(net) FROM ledger_source_daily GROUP BY 1, 2;
