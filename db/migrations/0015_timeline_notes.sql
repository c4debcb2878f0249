-- The creator's notes on the timeline (markers on the charts of the account and of an item), and when
-- a review item was ticked: a ticked move is an event on its item's timeline on that day. Items ticked
-- before this column existed take the time their row was last saved.
CREATE TABLE `timeline_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`day` text NOT NULL,
	`text` text NOT NULL,
	`item_kind` text,
	`item_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `timeline_notes_day` ON `timeline_notes` (`day`);--> statement-breakpoint
CREATE INDEX `timeline_notes_item` ON `timeline_notes` (`item_kind`,`item_id`,`day`);--> statement-breakpoint
ALTER TABLE `review_notes` ADD `checked_at` text;--> statement-breakpoint
UPDATE `review_notes` SET `checked_at` = `updated_at` WHERE `checked` = 1;
