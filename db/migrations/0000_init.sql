CREATE TABLE `announcements` (
	`id` text PRIMARY KEY NOT NULL,
	`posted_at` text NOT NULL,
	`title` text NOT NULL,
	`delivered` integer NOT NULL,
	`opened` integer NOT NULL,
	`engaged` integer NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `characters` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`tags` text NOT NULL,
	`greeting_updated_at` text
);
--> statement-breakpoint
CREATE TABLE `creator` (
	`id` text PRIMARY KEY NOT NULL,
	`handle` text NOT NULL,
	`display_name` text NOT NULL,
	`timezone` text NOT NULL,
	`created_at` text NOT NULL,
	`payout_schedule` text NOT NULL,
	`payout_minimum` text NOT NULL,
	`fetched_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `plugins` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`tags` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `stories` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`tags` text NOT NULL,
	`chapters` text NOT NULL,
	`milestones` text NOT NULL,
	`identities` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `balance_snapshots` (
	`as_of` text NOT NULL,
	`currency` text NOT NULL,
	`available` integer NOT NULL,
	`pending` integer NOT NULL,
	`fetched_at` text NOT NULL,
	PRIMARY KEY(`as_of`, `currency`)
);
--> statement-breakpoint
CREATE TABLE `ledger` (
	`id` text PRIMARY KEY NOT NULL,
	`occurred_at` text NOT NULL,
	`occurred_ms` integer NOT NULL,
	`updated_at` text NOT NULL,
	`stream` text NOT NULL,
	`source_type` text NOT NULL,
	`source_id` text NOT NULL,
	`currency` text NOT NULL,
	`gross` integer NOT NULL,
	`fee` integer NOT NULL,
	`net` integer NOT NULL,
	`status` text NOT NULL,
	`available_on` text,
	`payout_id` text,
	`description` text
);
--> statement-breakpoint
CREATE INDEX `ledger_occurred` ON `ledger` (`occurred_ms`);--> statement-breakpoint
CREATE INDEX `ledger_currency_status` ON `ledger` (`currency`,`status`);--> statement-breakpoint
CREATE INDEX `ledger_source` ON `ledger` (`source_type`,`source_id`,`occurred_ms`);--> statement-breakpoint
CREATE INDEX `ledger_payout` ON `ledger` (`payout_id`);--> statement-breakpoint
CREATE TABLE `payouts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`created_ms` integer NOT NULL,
	`updated_at` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`currency` text NOT NULL,
	`amount` integer NOT NULL,
	`fee` integer NOT NULL,
	`status` text NOT NULL,
	`method` text NOT NULL,
	`network` text,
	`tx_hash` text,
	`arrival_date` text,
	`failure_reason` text,
	`breakdown` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `payouts_created` ON `payouts` (`created_ms`);--> statement-breakpoint
CREATE TABLE `support` (
	`id` text PRIMARY KEY NOT NULL,
	`occurred_at` text NOT NULL,
	`occurred_ms` integer NOT NULL,
	`updated_at` text NOT NULL,
	`supporter_name` text NOT NULL,
	`message` text NOT NULL,
	`amount` integer NOT NULL,
	`currency` text NOT NULL,
	`source_type` text,
	`source_id` text
);
--> statement-breakpoint
CREATE INDEX `support_occurred` ON `support` (`occurred_ms`);--> statement-breakpoint
CREATE TABLE `stats_activity_hourly` (
	`date` text NOT NULL,
	`hour` integer NOT NULL,
	`chats_started` integer NOT NULL,
	`messages` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`date`, `hour`)
);
--> statement-breakpoint
CREATE TABLE `stats_audience` (
	`date` text PRIMARY KEY NOT NULL,
	`followers_total` integer NOT NULL,
	`new_followers` integer NOT NULL,
	`lost_followers` integer NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `stats_character_models` (
	`character_id` text NOT NULL,
	`date` text NOT NULL,
	`model` text NOT NULL,
	`chats` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`character_id`, `date`, `model`)
);
--> statement-breakpoint
CREATE TABLE `stats_character_scenarios` (
	`character_id` text NOT NULL,
	`date` text NOT NULL,
	`scenario` text NOT NULL,
	`chats` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`character_id`, `date`, `scenario`)
);
--> statement-breakpoint
CREATE TABLE `stats_characters` (
	`character_id` text NOT NULL,
	`date` text NOT NULL,
	`chats_started` integer NOT NULL,
	`messages` integer NOT NULL,
	`tokens` integer NOT NULL,
	`active_users` integer NOT NULL,
	`active_users_30d` integer NOT NULL,
	`returning_users` integer NOT NULL,
	`profile_views` integer NOT NULL,
	`chats_from_profile` integer NOT NULL,
	`rating_count` integer NOT NULL,
	`rating_sum` integer NOT NULL,
	`new_followers` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`character_id`, `date`)
);
--> statement-breakpoint
CREATE INDEX `stats_characters_date` ON `stats_characters` (`date`);--> statement-breakpoint
CREATE TABLE `stats_countries` (
	`date` text NOT NULL,
	`country` text NOT NULL,
	`active_users` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`date`, `country`)
);
--> statement-breakpoint
CREATE TABLE `stats_hashtags` (
	`date` text NOT NULL,
	`hashtag` text NOT NULL,
	`impressions` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`date`, `hashtag`)
);
--> statement-breakpoint
CREATE TABLE `stats_plugins` (
	`plugin_id` text NOT NULL,
	`date` text NOT NULL,
	`installs` integer NOT NULL,
	`uninstalls` integer NOT NULL,
	`installs_total` integer NOT NULL,
	`active_chats` integer NOT NULL,
	`active_chats_7d` integer NOT NULL,
	`chats` integer NOT NULL,
	`rating_count` integer NOT NULL,
	`rating_sum` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`plugin_id`, `date`)
);
--> statement-breakpoint
CREATE INDEX `stats_plugins_date` ON `stats_plugins` (`date`);--> statement-breakpoint
CREATE TABLE `stats_stories` (
	`story_id` text NOT NULL,
	`date` text NOT NULL,
	`plays` integer NOT NULL,
	`players` integer NOT NULL,
	`replays` integer NOT NULL,
	`playtime_seconds` integer NOT NULL,
	`completions` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`story_id`, `date`)
);
--> statement-breakpoint
CREATE INDEX `stats_stories_date` ON `stats_stories` (`date`);--> statement-breakpoint
CREATE TABLE `stats_story_chapters` (
	`story_id` text NOT NULL,
	`date` text NOT NULL,
	`chapter` integer NOT NULL,
	`reached` integer NOT NULL,
	`dropped` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`story_id`, `date`, `chapter`)
);
--> statement-breakpoint
CREATE TABLE `stats_story_identities` (
	`story_id` text NOT NULL,
	`date` text NOT NULL,
	`identity` text NOT NULL,
	`plays` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`story_id`, `date`, `identity`)
);
--> statement-breakpoint
CREATE TABLE `stats_story_milestones` (
	`story_id` text NOT NULL,
	`date` text NOT NULL,
	`milestone` text NOT NULL,
	`hits` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`story_id`, `date`, `milestone`)
);
--> statement-breakpoint
CREATE TABLE `review_notes` (
	`period_key` text NOT NULL,
	`item` text NOT NULL,
	`checked` integer DEFAULT false NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`period_key`, `item`)
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`status` text NOT NULL,
	`rows_written` integer DEFAULT 0 NOT NULL,
	`error` text
);
--> statement-breakpoint
CREATE TABLE `sync_state` (
	`resource` text PRIMARY KEY NOT NULL,
	`max_updated_at` text,
	`cursor` text,
	`pass_since` text,
	`pass_max_updated_at` text,
	`last_completed_at` text,
	`last_error` text,
	`rows` integer DEFAULT 0 NOT NULL
);
