-- Exchange rates for the tax pack's home-currency values: the ECB's euro reference rates fetched with
-- the sync, and rate series the creator imports. Kept in the database so a tax pack made offline uses
-- the same rates as one made online; the rate is exact decimal text, never a float.
CREATE TABLE `exchange_rates` (
	`source` text NOT NULL,
	`day` text NOT NULL,
	`base` text NOT NULL,
	`quote` text NOT NULL,
	`rate` text NOT NULL,
	`origin` text NOT NULL,
	`stored_at` text NOT NULL,
	PRIMARY KEY(`source`, `base`, `quote`, `day`)
);
