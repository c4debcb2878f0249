CREATE TABLE `ledger_daily` (
	`day` text NOT NULL,
	`currency` text NOT NULL,
	`stream` text NOT NULL,
	`status` text NOT NULL,
	`rows` integer NOT NULL,
	`net` integer NOT NULL,
	PRIMARY KEY(`day`, `currency`, `stream`, `status`)
);
--> statement-breakpoint
CREATE TABLE `ledger_source_monthly` (
	`month` text NOT NULL,
	`source_type` text NOT NULL,
	`source_id` text NOT NULL,
	`currency` text NOT NULL,
	`stream` text NOT NULL,
	`status` text NOT NULL,
	`rows` integer NOT NULL,
	`net` integer NOT NULL,
	PRIMARY KEY(`month`, `source_type`, `source_id`, `currency`, `stream`, `status`)
);
--> statement-breakpoint
CREATE TABLE `ledger_totals` (
	`currency` text NOT NULL,
	`stream` text NOT NULL,
	`status` text NOT NULL,
	`rows` integer NOT NULL,
	`gross` integer NOT NULL,
	`fee` integer NOT NULL,
	`net` integer NOT NULL,
	PRIMARY KEY(`currency`, `stream`, `status`)
);
--> statement-breakpoint
CREATE TABLE `rollup_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`zone` text NOT NULL
);
