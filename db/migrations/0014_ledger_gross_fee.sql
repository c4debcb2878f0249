-- Gross and fees beside net in the ledger's day, week and month rollups, so a period's gross, fees and
-- net (the Earnings page's figures, the creator guide's "revenue before any deductions") come from the
-- same whole days, weeks and months as its net, and the partial days at the edges from the time index,
-- now covering gross and fee too. The three tables are rebuilt from the ledger (weeks and months from
-- the days, as 0011 filled them) and their triggers recreated with the two sums.
DROP INDEX `ledger_occurred_id`;
--> statement-breakpoint
CREATE INDEX `ledger_occurred_id` ON `ledger` (`occurred_ms`,`id`,`source_type`,`source_id`,`currency`,`stream`,`status`,`net`,`gross`,`fee`);
--> statement-breakpoint
DROP TRIGGER ledger_rollup_insert;
--> statement-breakpoint
DROP TRIGGER ledger_rollup_delete;
--> statement-breakpoint
DROP TRIGGER ledger_rollup_update;
--> statement-breakpoint
DROP TABLE ledger_daily;
--> statement-breakpoint
DROP TABLE ledger_weekly;
--> statement-breakpoint
DROP TABLE ledger_monthly;
--> statement-breakpoint
CREATE TABLE `ledger_daily` (
	`day` text NOT NULL,
	`currency` text NOT NULL,
	`stream` text NOT NULL,
	`status` text NOT NULL,
	`rows` integer NOT NULL,
	`gross` integer NOT NULL,
	`fee` integer NOT NULL,
	`net` integer NOT NULL,
	PRIMARY KEY(`day`, `currency`, `stream`, `status`)
);
--> statement-breakpoint
CREATE TABLE ledger_weekly (
  week text NOT NULL,
  currency text NOT NULL,
  stream text NOT NULL,
  status text NOT NULL,
  rows integer NOT NULL,
  gross integer NOT NULL,
  fee integer NOT NULL,
  net integer NOT NULL,
  PRIMARY KEY (week, currency, stream, status)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE ledger_monthly (
  month text NOT NULL,
  currency text NOT NULL,
  stream text NOT NULL,
  status text NOT NULL,
  rows integer NOT NULL,
  gross integer NOT NULL,
  fee integer NOT NULL,
  net integer NOT NULL,
  PRIMARY KEY (month, currency, stream, status)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER ledger_rollup_insert AFTER INSERT ON ledger BEGIN
  INSERT INTO ledger_totals (currency, stream, status, rows, gross, fee, net)
    VALUES (NEW.currency, NEW.stream, NEW.status, 1, NEW.gross, NEW.fee, NEW.net)
    ON CONFLICT (currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross,
      fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_daily (day, currency, stream, status, rows, gross, fee, net)
    VALUES (studio_local_date(NEW.occurred_ms), NEW.currency, NEW.stream, NEW.status, 1, NEW.gross, NEW.fee, NEW.net)
    ON CONFLICT (day, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross, fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_weekly (week, currency, stream, status, rows, gross, fee, net)
    VALUES (date(studio_local_date(NEW.occurred_ms), '-6 days', 'weekday 1'), NEW.currency, NEW.stream, NEW.status, 1, NEW.gross, NEW.fee, NEW.net)
    ON CONFLICT (week, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross, fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_monthly (month, currency, stream, status, rows, gross, fee, net)
    VALUES (substr(studio_local_date(NEW.occurred_ms), 1, 7), NEW.currency, NEW.stream, NEW.status, 1, NEW.gross, NEW.fee, NEW.net)
    ON CONFLICT (month, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross, fee = fee + excluded.fee, net = net + excluded.net;
END;
--> statement-breakpoint
CREATE TRIGGER ledger_rollup_delete AFTER DELETE ON ledger BEGIN
  INSERT INTO ledger_totals (currency, stream, status, rows, gross, fee, net)
    VALUES (OLD.currency, OLD.stream, OLD.status, -1, -OLD.gross, -OLD.fee, -OLD.net)
    ON CONFLICT (currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross,
      fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_daily (day, currency, stream, status, rows, gross, fee, net)
    VALUES (studio_local_date(OLD.occurred_ms), OLD.currency, OLD.stream, OLD.status, -1, -OLD.gross, -OLD.fee, -OLD.net)
    ON CONFLICT (day, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross, fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_weekly (week, currency, stream, status, rows, gross, fee, net)
    VALUES (date(studio_local_date(OLD.occurred_ms), '-6 days', 'weekday 1'), OLD.currency, OLD.stream, OLD.status, -1, -OLD.gross, -OLD.fee, -OLD.net)
    ON CONFLICT (week, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross, fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_monthly (month, currency, stream, status, rows, gross, fee, net)
    VALUES (substr(studio_local_date(OLD.occurred_ms), 1, 7), OLD.currency, OLD.stream, OLD.status, -1, -OLD.gross, -OLD.fee, -OLD.net)
    ON CONFLICT (month, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross, fee = fee + excluded.fee, net = net + excluded.net;
END;
--> statement-breakpoint
CREATE TRIGGER ledger_rollup_update AFTER UPDATE ON ledger BEGIN
  INSERT INTO ledger_totals (currency, stream, status, rows, gross, fee, net)
    VALUES (OLD.currency, OLD.stream, OLD.status, -1, -OLD.gross, -OLD.fee, -OLD.net)
    ON CONFLICT (currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross,
      fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_daily (day, currency, stream, status, rows, gross, fee, net)
    VALUES (studio_local_date(OLD.occurred_ms), OLD.currency, OLD.stream, OLD.status, -1, -OLD.gross, -OLD.fee, -OLD.net)
    ON CONFLICT (day, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross, fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_weekly (week, currency, stream, status, rows, gross, fee, net)
    VALUES (date(studio_local_date(OLD.occurred_ms), '-6 days', 'weekday 1'), OLD.currency, OLD.stream, OLD.status, -1, -OLD.gross, -OLD.fee, -OLD.net)
    ON CONFLICT (week, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross, fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_monthly (month, currency, stream, status, rows, gross, fee, net)
    VALUES (substr(studio_local_date(OLD.occurred_ms), 1, 7), OLD.currency, OLD.stream, OLD.status, -1, -OLD.gross, -OLD.fee, -OLD.net)
    ON CONFLICT (month, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross, fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_totals (currency, stream, status, rows, gross, fee, net)
    VALUES (NEW.currency, NEW.stream, NEW.status, 1, NEW.gross, NEW.fee, NEW.net)
    ON CONFLICT (currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross,
      fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_daily (day, currency, stream, status, rows, gross, fee, net)
    VALUES (studio_local_date(NEW.occurred_ms), NEW.currency, NEW.stream, NEW.status, 1, NEW.gross, NEW.fee, NEW.net)
    ON CONFLICT (day, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross, fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_weekly (week, currency, stream, status, rows, gross, fee, net)
    VALUES (date(studio_local_date(NEW.occurred_ms), '-6 days', 'weekday 1'), NEW.currency, NEW.stream, NEW.status, 1, NEW.gross, NEW.fee, NEW.net)
    ON CONFLICT (week, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross, fee = fee + excluded.fee, net = net + excluded.net;
  INSERT INTO ledger_monthly (month, currency, stream, status, rows, gross, fee, net)
    VALUES (substr(studio_local_date(NEW.occurred_ms), 1, 7), NEW.currency, NEW.stream, NEW.status, 1, NEW.gross, NEW.fee, NEW.net)
    ON CONFLICT (month, currency, stream, status) DO UPDATE SET rows = rows + excluded.rows, gross = gross + excluded.gross, fee = fee + excluded.fee, net = net + excluded.net;
END;
--> statement-breakpoint
INSERT INTO ledger_daily (day, currency, stream, status, rows, gross, fee, net)
  SELECT studio_local_date(occurred_ms), currency, stream, status, count(*), sum(gross), sum(fee), sum(net) FROM ledger GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO ledger_weekly (week, currency, stream, status, rows, gross, fee, net)
  SELECT date(day, '-6 days', 'weekday 1'), currency, stream, status, sum(rows), sum(gross), sum(fee), sum(net) FROM ledger_daily GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO ledger_monthly (month, currency, stream, status, rows, gross, fee, net)
  SELECT substr(day, 1, 7), currency, stream, status, sum(rows), sum(gross), sum(fee), sum(net) FROM ledger_daily GROUP BY 1, 2, 3, 4;
