-- What the earnings guide's last metrics need from the platform's newer fields and collections: each
-- character's embed price and every price it had (a version of the character row whose price differs
-- from the version before it, kept by triggers on characters, gone with its tombstone), the end-of-day count of distinct users and the embed part of the tokens on each stats
-- day (null where an older platform does not send them), chats by how many messages they had, and the
-- platform's topic counts; and when a platform answered 404 for a collection it may not offer. The two
-- new stats tables are stored in key order like the other character stats tables (0009), with monthly
-- rollups and extents as db/stats-rollups.ts and db/stats-extent.ts print them; the characters' monthly
-- rollup is made again with the embed tokens and the count of days that sent them.
CREATE TABLE `character_embed_prices` (
	`character_id` text NOT NULL,
	`updated_at` text NOT NULL,
	`currency` text NOT NULL,
	`per_million_micros` integer NOT NULL,
	PRIMARY KEY(`character_id`, `updated_at`)
);
--> statement-breakpoint
CREATE TABLE `stats_character_chat_lengths` (
	`character_id` text NOT NULL,
	`date` text NOT NULL,
	`length` text NOT NULL,
	`chats` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`character_id`, `date`, `length`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `stats_character_topics` (
	`character_id` text NOT NULL,
	`date` text NOT NULL,
	`topic` text NOT NULL,
	`chats` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`character_id`, `date`, `topic`)
) WITHOUT ROWID;
--> statement-breakpoint
ALTER TABLE `characters` ADD `embed_price_currency` text;--> statement-breakpoint
ALTER TABLE `characters` ADD `embed_price_micros` integer;--> statement-breakpoint
ALTER TABLE `stats_characters` ADD `users_total` integer;--> statement-breakpoint
ALTER TABLE `stats_characters` ADD `embed_tokens` integer;--> statement-breakpoint
ALTER TABLE `stats_characters` ADD `embed_days` integer GENERATED ALWAYS AS (embed_tokens IS NOT NULL) VIRTUAL;--> statement-breakpoint
ALTER TABLE `sync_state` ADD `not_offered_at` text;
--> statement-breakpoint
DROP TRIGGER stats_characters_monthly_insert;
--> statement-breakpoint
DROP TRIGGER stats_characters_monthly_delete;
--> statement-breakpoint
DROP TRIGGER stats_characters_monthly_update;
--> statement-breakpoint
DROP TABLE stats_characters_monthly;
--> statement-breakpoint
CREATE TABLE stats_characters_monthly (
  character_id text NOT NULL,
  month text NOT NULL,
  days integer NOT NULL,
  chats_started integer NOT NULL,
  messages integer NOT NULL,
  tokens integer NOT NULL,
  active_users integer NOT NULL,
  returning_users integer NOT NULL,
  profile_views integer NOT NULL,
  chats_from_profile integer NOT NULL,
  rating_count integer NOT NULL,
  rating_sum integer NOT NULL,
  new_followers integer NOT NULL,
  embed_tokens integer NOT NULL,
  embed_days integer NOT NULL,
  last_date text NOT NULL,
  active_users_30d integer NOT NULL,
  PRIMARY KEY (character_id, month)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER stats_characters_monthly_insert AFTER INSERT ON stats_characters BEGIN
  INSERT INTO stats_characters_monthly (character_id, month, days, chats_started, messages, tokens, active_users, returning_users, profile_views, chats_from_profile, rating_count, rating_sum, new_followers, embed_tokens, embed_days, last_date, active_users_30d) VALUES (NEW.character_id, substr(NEW.date, 1, 7), 1, NEW.chats_started, NEW.messages, NEW.tokens, NEW.active_users, NEW.returning_users, NEW.profile_views, NEW.chats_from_profile, NEW.rating_count, NEW.rating_sum, NEW.new_followers, coalesce(NEW.embed_tokens, 0), NEW.embed_days, NEW.date, NEW.active_users_30d)
    ON CONFLICT (character_id, month) DO UPDATE SET days = days + 1, chats_started = chats_started + excluded.chats_started, messages = messages + excluded.messages, tokens = tokens + excluded.tokens, active_users = active_users + excluded.active_users, returning_users = returning_users + excluded.returning_users, profile_views = profile_views + excluded.profile_views, chats_from_profile = chats_from_profile + excluded.chats_from_profile, rating_count = rating_count + excluded.rating_count, rating_sum = rating_sum + excluded.rating_sum, new_followers = new_followers + excluded.new_followers, embed_tokens = embed_tokens + excluded.embed_tokens, embed_days = embed_days + excluded.embed_days, active_users_30d = CASE WHEN excluded.last_date >= last_date THEN excluded.active_users_30d ELSE active_users_30d END, last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
CREATE TRIGGER stats_characters_monthly_delete AFTER DELETE ON stats_characters BEGIN
  UPDATE stats_characters_monthly SET days = days - 1, chats_started = chats_started - OLD.chats_started, messages = messages - OLD.messages, tokens = tokens - OLD.tokens, active_users = active_users - OLD.active_users, returning_users = returning_users - OLD.returning_users, profile_views = profile_views - OLD.profile_views, chats_from_profile = chats_from_profile - OLD.chats_from_profile, rating_count = rating_count - OLD.rating_count, rating_sum = rating_sum - OLD.rating_sum, new_followers = new_followers - OLD.new_followers, embed_tokens = embed_tokens - coalesce(OLD.embed_tokens, 0), embed_days = embed_days - OLD.embed_days WHERE character_id = OLD.character_id AND month = substr(OLD.date, 1, 7);
  UPDATE stats_characters_monthly SET (last_date, active_users_30d) = (SELECT b.date, b.active_users_30d FROM stats_characters b
      WHERE b.character_id = OLD.character_id AND b.date >= stats_characters_monthly.month || '-01' AND b.date <= stats_characters_monthly.month || '-31' ORDER BY b.date DESC LIMIT 1)
      WHERE character_id = OLD.character_id AND month = substr(OLD.date, 1, 7) AND last_date = OLD.date AND days > 0;
  DELETE FROM stats_characters_monthly WHERE character_id = OLD.character_id AND month = substr(OLD.date, 1, 7) AND days = 0;
END;
--> statement-breakpoint
CREATE TRIGGER stats_characters_monthly_update AFTER UPDATE ON stats_characters BEGIN
  UPDATE stats_characters_monthly SET days = days - 1, chats_started = chats_started - OLD.chats_started, messages = messages - OLD.messages, tokens = tokens - OLD.tokens, active_users = active_users - OLD.active_users, returning_users = returning_users - OLD.returning_users, profile_views = profile_views - OLD.profile_views, chats_from_profile = chats_from_profile - OLD.chats_from_profile, rating_count = rating_count - OLD.rating_count, rating_sum = rating_sum - OLD.rating_sum, new_followers = new_followers - OLD.new_followers, embed_tokens = embed_tokens - coalesce(OLD.embed_tokens, 0), embed_days = embed_days - OLD.embed_days WHERE character_id = OLD.character_id AND month = substr(OLD.date, 1, 7);
  UPDATE stats_characters_monthly SET (last_date, active_users_30d) = (SELECT b.date, b.active_users_30d FROM stats_characters b
      WHERE b.character_id = OLD.character_id AND b.date >= stats_characters_monthly.month || '-01' AND b.date <= stats_characters_monthly.month || '-31' ORDER BY b.date DESC LIMIT 1)
      WHERE character_id = OLD.character_id AND month = substr(OLD.date, 1, 7) AND last_date = OLD.date AND days > 0;
  DELETE FROM stats_characters_monthly WHERE character_id = OLD.character_id AND month = substr(OLD.date, 1, 7) AND days = 0;
  INSERT INTO stats_characters_monthly (character_id, month, days, chats_started, messages, tokens, active_users, returning_users, profile_views, chats_from_profile, rating_count, rating_sum, new_followers, embed_tokens, embed_days, last_date, active_users_30d) VALUES (NEW.character_id, substr(NEW.date, 1, 7), 1, NEW.chats_started, NEW.messages, NEW.tokens, NEW.active_users, NEW.returning_users, NEW.profile_views, NEW.chats_from_profile, NEW.rating_count, NEW.rating_sum, NEW.new_followers, coalesce(NEW.embed_tokens, 0), NEW.embed_days, NEW.date, NEW.active_users_30d)
    ON CONFLICT (character_id, month) DO UPDATE SET days = days + 1, chats_started = chats_started + excluded.chats_started, messages = messages + excluded.messages, tokens = tokens + excluded.tokens, active_users = active_users + excluded.active_users, returning_users = returning_users + excluded.returning_users, profile_views = profile_views + excluded.profile_views, chats_from_profile = chats_from_profile + excluded.chats_from_profile, rating_count = rating_count + excluded.rating_count, rating_sum = rating_sum + excluded.rating_sum, new_followers = new_followers + excluded.new_followers, embed_tokens = embed_tokens + excluded.embed_tokens, embed_days = embed_days + excluded.embed_days, active_users_30d = CASE WHEN excluded.last_date >= last_date THEN excluded.active_users_30d ELSE active_users_30d END, last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
INSERT INTO stats_characters_monthly (character_id, month, days, chats_started, messages, tokens, active_users, returning_users, profile_views, chats_from_profile, rating_count, rating_sum, new_followers, embed_tokens, embed_days, last_date, active_users_30d)
  SELECT character_id, substr(date, 1, 7), count(*), sum(chats_started), sum(messages), sum(tokens), sum(active_users), sum(returning_users), sum(profile_views), sum(chats_from_profile), sum(rating_count), sum(rating_sum), sum(new_followers), coalesce(sum(embed_tokens), 0), sum(embed_days), max(date), active_users_30d
  FROM stats_characters GROUP BY character_id, substr(date, 1, 7);
--> statement-breakpoint
CREATE TABLE stats_character_chat_lengths_monthly (
  character_id text NOT NULL,
  length text NOT NULL,
  month text NOT NULL,
  days integer NOT NULL,
  chats integer NOT NULL,
  PRIMARY KEY (character_id, length, month)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER stats_character_chat_lengths_monthly_insert AFTER INSERT ON stats_character_chat_lengths BEGIN
  INSERT INTO stats_character_chat_lengths_monthly (character_id, length, month, days, chats) VALUES (NEW.character_id, NEW.length, substr(NEW.date, 1, 7), 1, NEW.chats)
    ON CONFLICT (character_id, length, month) DO UPDATE SET days = days + 1, chats = chats + excluded.chats;
END;
--> statement-breakpoint
CREATE TRIGGER stats_character_chat_lengths_monthly_delete AFTER DELETE ON stats_character_chat_lengths BEGIN
  UPDATE stats_character_chat_lengths_monthly SET days = days - 1, chats = chats - OLD.chats WHERE character_id = OLD.character_id AND length = OLD.length AND month = substr(OLD.date, 1, 7);
  DELETE FROM stats_character_chat_lengths_monthly WHERE character_id = OLD.character_id AND length = OLD.length AND month = substr(OLD.date, 1, 7) AND days = 0;
END;
--> statement-breakpoint
CREATE TRIGGER stats_character_chat_lengths_monthly_update AFTER UPDATE ON stats_character_chat_lengths BEGIN
  UPDATE stats_character_chat_lengths_monthly SET days = days - 1, chats = chats - OLD.chats WHERE character_id = OLD.character_id AND length = OLD.length AND month = substr(OLD.date, 1, 7);
  DELETE FROM stats_character_chat_lengths_monthly WHERE character_id = OLD.character_id AND length = OLD.length AND month = substr(OLD.date, 1, 7) AND days = 0;
  INSERT INTO stats_character_chat_lengths_monthly (character_id, length, month, days, chats) VALUES (NEW.character_id, NEW.length, substr(NEW.date, 1, 7), 1, NEW.chats)
    ON CONFLICT (character_id, length, month) DO UPDATE SET days = days + 1, chats = chats + excluded.chats;
END;
--> statement-breakpoint
INSERT INTO stats_character_chat_lengths_monthly (character_id, length, month, days, chats)
  SELECT character_id, length, substr(date, 1, 7), count(*), sum(chats)
  FROM stats_character_chat_lengths GROUP BY character_id, length, substr(date, 1, 7);
--> statement-breakpoint
CREATE TABLE stats_character_topics_monthly (
  character_id text NOT NULL,
  topic text NOT NULL,
  month text NOT NULL,
  days integer NOT NULL,
  chats integer NOT NULL,
  PRIMARY KEY (character_id, topic, month)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER stats_character_topics_monthly_insert AFTER INSERT ON stats_character_topics BEGIN
  INSERT INTO stats_character_topics_monthly (character_id, topic, month, days, chats) VALUES (NEW.character_id, NEW.topic, substr(NEW.date, 1, 7), 1, NEW.chats)
    ON CONFLICT (character_id, topic, month) DO UPDATE SET days = days + 1, chats = chats + excluded.chats;
END;
--> statement-breakpoint
CREATE TRIGGER stats_character_topics_monthly_delete AFTER DELETE ON stats_character_topics BEGIN
  UPDATE stats_character_topics_monthly SET days = days - 1, chats = chats - OLD.chats WHERE character_id = OLD.character_id AND topic = OLD.topic AND month = substr(OLD.date, 1, 7);
  DELETE FROM stats_character_topics_monthly WHERE character_id = OLD.character_id AND topic = OLD.topic AND month = substr(OLD.date, 1, 7) AND days = 0;
END;
--> statement-breakpoint
CREATE TRIGGER stats_character_topics_monthly_update AFTER UPDATE ON stats_character_topics BEGIN
  UPDATE stats_character_topics_monthly SET days = days - 1, chats = chats - OLD.chats WHERE character_id = OLD.character_id AND topic = OLD.topic AND month = substr(OLD.date, 1, 7);
  DELETE FROM stats_character_topics_monthly WHERE character_id = OLD.character_id AND topic = OLD.topic AND month = substr(OLD.date, 1, 7) AND days = 0;
  INSERT INTO stats_character_topics_monthly (character_id, topic, month, days, chats) VALUES (NEW.character_id, NEW.topic, substr(NEW.date, 1, 7), 1, NEW.chats)
    ON CONFLICT (character_id, topic, month) DO UPDATE SET days = days + 1, chats = chats + excluded.chats;
END;
--> statement-breakpoint
INSERT INTO stats_character_topics_monthly (character_id, topic, month, days, chats)
  SELECT character_id, topic, substr(date, 1, 7), count(*), sum(chats)
  FROM stats_character_topics GROUP BY character_id, topic, substr(date, 1, 7);
--> statement-breakpoint
CREATE TRIGGER stats_character_chat_lengths_extent_insert AFTER INSERT ON stats_character_chat_lengths BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_character_chat_lengths', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
CREATE TRIGGER stats_character_chat_lengths_extent_update AFTER UPDATE OF date ON stats_character_chat_lengths BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_character_chat_lengths', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
INSERT INTO stats_extent (tbl, first_date, last_date) SELECT 'stats_character_chat_lengths', min(date), max(date) FROM stats_character_chat_lengths HAVING count(*) > 0;
--> statement-breakpoint
CREATE TRIGGER stats_character_topics_extent_insert AFTER INSERT ON stats_character_topics BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_character_topics', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
CREATE TRIGGER stats_character_topics_extent_update AFTER UPDATE OF date ON stats_character_topics BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_character_topics', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
INSERT INTO stats_extent (tbl, first_date, last_date) SELECT 'stats_character_topics', min(date), max(date) FROM stats_character_topics HAVING count(*) > 0;
--> statement-breakpoint
CREATE TRIGGER characters_embed_price_insert AFTER INSERT ON characters WHEN NEW.embed_price_micros IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM (SELECT currency, per_million_micros FROM character_embed_prices WHERE character_id = NEW.id AND updated_at <= NEW.updated_at ORDER BY updated_at DESC LIMIT 1) p
    WHERE p.currency = NEW.embed_price_currency AND p.per_million_micros = NEW.embed_price_micros) BEGIN
  INSERT INTO character_embed_prices (character_id, updated_at, currency, per_million_micros) VALUES (NEW.id, NEW.updated_at, NEW.embed_price_currency, NEW.embed_price_micros)
    ON CONFLICT (character_id, updated_at) DO UPDATE SET currency = excluded.currency, per_million_micros = excluded.per_million_micros;
END;
--> statement-breakpoint
CREATE TRIGGER characters_embed_price_update AFTER UPDATE ON characters WHEN NEW.embed_price_micros IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM (SELECT currency, per_million_micros FROM character_embed_prices WHERE character_id = NEW.id AND updated_at <= NEW.updated_at ORDER BY updated_at DESC LIMIT 1) p
    WHERE p.currency = NEW.embed_price_currency AND p.per_million_micros = NEW.embed_price_micros) BEGIN
  INSERT INTO character_embed_prices (character_id, updated_at, currency, per_million_micros) VALUES (NEW.id, NEW.updated_at, NEW.embed_price_currency, NEW.embed_price_micros)
    ON CONFLICT (character_id, updated_at) DO UPDATE SET currency = excluded.currency, per_million_micros = excluded.per_million_micros;
END;
--> statement-breakpoint
CREATE TRIGGER characters_embed_price_delete AFTER DELETE ON characters BEGIN
  DELETE FROM character_embed_prices WHERE character_id = OLD.id;
END;
