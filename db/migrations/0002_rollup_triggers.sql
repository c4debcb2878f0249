-- Rollups of the ledger kept by triggers, in the same transaction as every ledger write.
-- studio_local_date() is registered on every connection by db/open.ts, in rollup_state's zone.
INSERT INTO rollup_state (id, zone) VALUES (1, 'UTC');
--> statement-breakpoint
CREATE TRIGGER ledger_rollup_insert AFTER INSERT ON ledger BEGIN
  INSERT INTO ledger_totals (currency, stream, status, rows, gross, fee, net)
    VALUES (NEW.currency, NEW.stream, NEW.status, 1, NEW.gross, NEW.fee, NEW.net)
    ON CONFLICT (currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross,
      fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_daily (day, currency, stream, status, rows, net)
    VALUES (studio_local_date(NEW.occurred_ms), NEW.currency, NEW.stream, NEW.status, 1, NEW.net)
    ON CONFLICT (day, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, net = net + excluded.net;
  INSERT INTO ledger_source_monthly (month, source_type, source_id, currency, stream, status, rows, net)
    VALUES (substr(studio_local_date(NEW.occurred_ms), 1, 7), NEW.source_type, NEW.source_id, NEW.currency, NEW.stream, NEW.status, 1, NEW.net)
    ON CONFLICT (month, source_type, source_id, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, net = net + excluded.net;
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
  INSERT INTO ledger_source_monthly (month, source_type, source_id, currency, stream, status, rows, net)
    VALUES (substr(studio_local_date(OLD.occurred_ms), 1, 7), OLD.source_type, OLD.source_id, OLD.currency, OLD.stream, OLD.status, -1, -OLD.net)
    ON CONFLICT (month, source_type, source_id, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, net = net + excluded.net;
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
  INSERT INTO ledger_source_monthly (month, source_type, source_id, currency, stream, status, rows, net)
    VALUES (substr(studio_local_date(OLD.occurred_ms), 1, 7), OLD.source_type, OLD.source_id, OLD.currency, OLD.stream, OLD.status, -1, -OLD.net)
    ON CONFLICT (month, source_type, source_id, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, net = net + excluded.net;
  INSERT INTO ledger_totals (currency, stream, status, rows, gross, fee, net)
    VALUES (NEW.currency, NEW.stream, NEW.status, 1, NEW.gross, NEW.fee, NEW.net)
    ON CONFLICT (currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross,
      fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_daily (day, currency, stream, status, rows, net)
    VALUES (studio_local_date(NEW.occurred_ms), NEW.currency, NEW.stream, NEW.status, 1, NEW.net)
    ON CONFLICT (day, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, net = net + excluded.net;
  INSERT INTO ledger_source_monthly (month, source_type, source_id, currency, stream, status, rows, net)
    VALUES (substr(studio_local_date(NEW.occurred_ms), 1, 7), NEW.source_type, NEW.source_id, NEW.currency, NEW.stream, NEW.status, 1, NEW.net)
    ON CONFLICT (month, source_type, source_id, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, net = net + excluded.net;
END;
--> statement-breakpoint
INSERT INTO ledger_totals (currency, stream, status, rows, gross, fee, net)
  SELECT currency, stream, status, count(*), sum(gross), sum(fee), sum(net) FROM ledger GROUP BY currency, stream, status;
--> statement-breakpoint
INSERT INTO ledger_daily (day, currency, stream, status, rows, net)
  SELECT studio_local_date(occurred_ms), currency, stream, status, count(*), sum(net) FROM ledger GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO ledger_source_monthly (month, source_type, source_id, currency, stream, status, rows, net)
  SELECT substr(studio_local_date(occurred_ms), 1, 7), source_type, source_id, currency, stream, status, count(*), sum(net) FROM ledger GROUP BY 1, 2, 3, 4, 5, 6;
