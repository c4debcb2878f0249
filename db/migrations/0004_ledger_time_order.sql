DROP INDEX `ledger_occurred`;--> statement-breakpoint
CREATE INDEX `ledger_occurred_id` ON `ledger` (`occurred_ms`,`id`);