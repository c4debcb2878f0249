-- The character stats tables stored in their key's order (WITHOUT ROWID): all characters' days in a
-- window are read by seeking each character's run of days, one b-tree per row instead of the key's
-- index and then the row it points to. Characters this month read 6.2 → 4.0 ms of totals and 9.8 →
-- 6.1 ms of scenarios on the large sample (500 characters, five years). The monthly rollups' triggers
-- went with the old tables and are created again as migration 0005 made them (db/stats-rollups.ts);
-- the copy runs before they exist, so the rollups, already right, are not added to twice.
CREATE TABLE stats_characters_clustered (
  character_id text NOT NULL,
  date text NOT NULL,
  chats_started integer NOT NULL,
  messages integer NOT NULL,
  tokens integer NOT NULL,
  active_users integer NOT NULL,
  active_users_30d integer NOT NULL,
  returning_users integer NOT NULL,
  profile_views integer NOT NULL,
  chats_from_profile integer NOT NULL,
  rating_count integer NOT NULL,
  rating_sum integer NOT NULL,
  new_followers integer NOT NULL,
  updated_at text NOT NULL,
  PRIMARY KEY (character_id, date)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO stats_characters_clustered (character_id, date, chats_started, messages, tokens, active_users, active_users_30d, returning_users, profile_views, chats_from_profile, rating_count, rating_sum, new_followers, updated_at)
  SELECT character_id, date, chats_started, messages, tokens, active_users, active_users_30d, returning_users, profile_views, chats_from_profile, rating_count, rating_sum, new_followers, updated_at FROM stats_characters ORDER BY character_id, date;
--> statement-breakpoint
DROP TABLE stats_characters;
--> statement-breakpoint
ALTER TABLE stats_characters_clustered RENAME TO stats_characters;
--> statement-breakpoint
-- The day's 30-day actives ride in the date index: Earnings sums them over every character for 14
-- days per payload, which would otherwise look each row up by its text key (9 ms against 0.35).
CREATE INDEX stats_characters_date ON stats_characters (date, active_users_30d);
--> statement-breakpoint
CREATE TRIGGER stats_characters_monthly_insert AFTER INSERT ON stats_characters BEGIN
  INSERT INTO stats_characters_monthly (character_id, month, days, chats_started, messages, tokens, active_users, returning_users, profile_views, chats_from_profile, rating_count, rating_sum, new_followers, last_date, active_users_30d) VALUES (NEW.character_id, substr(NEW.date, 1, 7), 1, NEW.chats_started, NEW.messages, NEW.tokens, NEW.active_users, NEW.returning_users, NEW.profile_views, NEW.chats_from_profile, NEW.rating_count, NEW.rating_sum, NEW.new_followers, NEW.date, NEW.active_users_30d)
    ON CONFLICT (character_id, month) DO UPDATE SET days = days + 1, chats_started = chats_started + excluded.chats_started, messages = messages + excluded.messages, tokens = tokens + excluded.tokens, active_users = active_users + excluded.active_users, returning_users = returning_users + excluded.returning_users, profile_views = profile_views + excluded.profile_views, chats_from_profile = chats_from_profile + excluded.chats_from_profile, rating_count = rating_count + excluded.rating_count, rating_sum = rating_sum + excluded.rating_sum, new_followers = new_followers + excluded.new_followers, active_users_30d = CASE WHEN excluded.last_date >= last_date THEN excluded.active_users_30d ELSE active_users_30d END, last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
CREATE TRIGGER stats_characters_monthly_delete AFTER DELETE ON stats_characters BEGIN
  UPDATE stats_characters_monthly SET days = days - 1, chats_started = chats_started - OLD.chats_started, messages = messages - OLD.messages, tokens = tokens - OLD.tokens, active_users = active_users - OLD.active_users, returning_users = returning_users - OLD.returning_users, profile_views = profile_views - OLD.profile_views, chats_from_profile = chats_from_profile - OLD.chats_from_profile, rating_count = rating_count - OLD.rating_count, rating_sum = rating_sum - OLD.rating_sum, new_followers = new_followers - OLD.new_followers WHERE character_id = OLD.character_id AND month = substr(OLD.date, 1, 7);
  UPDATE stats_characters_monthly SET (last_date, active_users_30d) = (SELECT b.date, b.active_users_30d FROM stats_characters b
      WHERE b.character_id = OLD.character_id AND b.date >= stats_characters_monthly.month || '-01' AND b.date <= stats_characters_monthly.month || '-31' ORDER BY b.date DESC LIMIT 1)
      WHERE character_id = OLD.character_id AND month = substr(OLD.date, 1, 7) AND last_date = OLD.date AND days > 0;
  DELETE FROM stats_characters_monthly WHERE character_id = OLD.character_id AND month = substr(OLD.date, 1, 7) AND days = 0;
END;
--> statement-breakpoint
CREATE TRIGGER stats_characters_monthly_update AFTER UPDATE ON stats_characters BEGIN
  UPDATE stats_characters_monthly SET days = days - 1, chats_started = chats_started - OLD.chats_started, messages = messages - OLD.messages, tokens = tokens - OLD.tokens, active_users = active_users - OLD.active_users, returning_users = returning_users - OLD.returning_users, profile_views = profile_views - OLD.profile_views, chats_from_profile = chats_from_profile - OLD.chats_from_profile, rating_count = rating_count - OLD.rating_count, rating_sum = rating_sum - OLD.rating_sum, new_followers = new_followers - OLD.new_followers WHERE character_id = OLD.character_id AND month = substr(OLD.date, 1, 7);
  UPDATE stats_characters_monthly SET (last_date, active_users_30d) = (SELECT b.date, b.active_users_30d FROM stats_characters b
      WHERE b.character_id = OLD.character_id AND b.date >= stats_characters_monthly.month || '-01' AND b.date <= stats_characters_monthly.month || '-31' ORDER BY b.date DESC LIMIT 1)
      WHERE character_id = OLD.character_id AND month = substr(OLD.date, 1, 7) AND last_date = OLD.date AND days > 0;
  DELETE FROM stats_characters_monthly WHERE character_id = OLD.character_id AND month = substr(OLD.date, 1, 7) AND days = 0;
  INSERT INTO stats_characters_monthly (character_id, month, days, chats_started, messages, tokens, active_users, returning_users, profile_views, chats_from_profile, rating_count, rating_sum, new_followers, last_date, active_users_30d) VALUES (NEW.character_id, substr(NEW.date, 1, 7), 1, NEW.chats_started, NEW.messages, NEW.tokens, NEW.active_users, NEW.returning_users, NEW.profile_views, NEW.chats_from_profile, NEW.rating_count, NEW.rating_sum, NEW.new_followers, NEW.date, NEW.active_users_30d)
    ON CONFLICT (character_id, month) DO UPDATE SET days = days + 1, chats_started = chats_started + excluded.chats_started, messages = messages + excluded.messages, tokens = tokens + excluded.tokens, active_users = active_users + excluded.active_users, returning_users = returning_users + excluded.returning_users, profile_views = profile_views + excluded.profile_views, chats_from_profile = chats_from_profile + excluded.chats_from_profile, rating_count = rating_count + excluded.rating_count, rating_sum = rating_sum + excluded.rating_sum, new_followers = new_followers + excluded.new_followers, active_users_30d = CASE WHEN excluded.last_date >= last_date THEN excluded.active_users_30d ELSE active_users_30d END, last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
CREATE TABLE stats_character_scenarios_clustered (
  character_id text NOT NULL,
  date text NOT NULL,
  scenario text NOT NULL,
  chats integer NOT NULL,
  updated_at text NOT NULL,
  PRIMARY KEY (character_id, date, scenario)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO stats_character_scenarios_clustered (character_id, date, scenario, chats, updated_at)
  SELECT character_id, date, scenario, chats, updated_at FROM stats_character_scenarios ORDER BY character_id, date, scenario;
--> statement-breakpoint
DROP TABLE stats_character_scenarios;
--> statement-breakpoint
ALTER TABLE stats_character_scenarios_clustered RENAME TO stats_character_scenarios;
--> statement-breakpoint
CREATE TRIGGER stats_character_scenarios_monthly_insert AFTER INSERT ON stats_character_scenarios BEGIN
  INSERT INTO stats_character_scenarios_monthly (character_id, scenario, month, days, chats) VALUES (NEW.character_id, NEW.scenario, substr(NEW.date, 1, 7), 1, NEW.chats)
    ON CONFLICT (character_id, scenario, month) DO UPDATE SET days = days + 1, chats = chats + excluded.chats;
END;
--> statement-breakpoint
CREATE TRIGGER stats_character_scenarios_monthly_delete AFTER DELETE ON stats_character_scenarios BEGIN
  UPDATE stats_character_scenarios_monthly SET days = days - 1, chats = chats - OLD.chats WHERE character_id = OLD.character_id AND scenario = OLD.scenario AND month = substr(OLD.date, 1, 7);
  DELETE FROM stats_character_scenarios_monthly WHERE character_id = OLD.character_id AND scenario = OLD.scenario AND month = substr(OLD.date, 1, 7) AND days = 0;
END;
--> statement-breakpoint
CREATE TRIGGER stats_character_scenarios_monthly_update AFTER UPDATE ON stats_character_scenarios BEGIN
  UPDATE stats_character_scenarios_monthly SET days = days - 1, chats = chats - OLD.chats WHERE character_id = OLD.character_id AND scenario = OLD.scenario AND month = substr(OLD.date, 1, 7);
  DELETE FROM stats_character_scenarios_monthly WHERE character_id = OLD.character_id AND scenario = OLD.scenario AND month = substr(OLD.date, 1, 7) AND days = 0;
  INSERT INTO stats_character_scenarios_monthly (character_id, scenario, month, days, chats) VALUES (NEW.character_id, NEW.scenario, substr(NEW.date, 1, 7), 1, NEW.chats)
    ON CONFLICT (character_id, scenario, month) DO UPDATE SET days = days + 1, chats = chats + excluded.chats;
END;
--> statement-breakpoint
CREATE TABLE stats_character_models_clustered (
  character_id text NOT NULL,
  date text NOT NULL,
  model text NOT NULL,
  chats integer NOT NULL,
  updated_at text NOT NULL,
  PRIMARY KEY (character_id, date, model)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO stats_character_models_clustered (character_id, date, model, chats, updated_at)
  SELECT character_id, date, model, chats, updated_at FROM stats_character_models ORDER BY character_id, date, model;
--> statement-breakpoint
DROP TABLE stats_character_models;
--> statement-breakpoint
ALTER TABLE stats_character_models_clustered RENAME TO stats_character_models;
--> statement-breakpoint
CREATE TRIGGER stats_character_models_monthly_insert AFTER INSERT ON stats_character_models BEGIN
  INSERT INTO stats_character_models_monthly (character_id, model, month, days, chats) VALUES (NEW.character_id, NEW.model, substr(NEW.date, 1, 7), 1, NEW.chats)
    ON CONFLICT (character_id, model, month) DO UPDATE SET days = days + 1, chats = chats + excluded.chats;
END;
--> statement-breakpoint
CREATE TRIGGER stats_character_models_monthly_delete AFTER DELETE ON stats_character_models BEGIN
  UPDATE stats_character_models_monthly SET days = days - 1, chats = chats - OLD.chats WHERE character_id = OLD.character_id AND model = OLD.model AND month = substr(OLD.date, 1, 7);
  DELETE FROM stats_character_models_monthly WHERE character_id = OLD.character_id AND model = OLD.model AND month = substr(OLD.date, 1, 7) AND days = 0;
END;
--> statement-breakpoint
CREATE TRIGGER stats_character_models_monthly_update AFTER UPDATE ON stats_character_models BEGIN
  UPDATE stats_character_models_monthly SET days = days - 1, chats = chats - OLD.chats WHERE character_id = OLD.character_id AND model = OLD.model AND month = substr(OLD.date, 1, 7);
  DELETE FROM stats_character_models_monthly WHERE character_id = OLD.character_id AND model = OLD.model AND month = substr(OLD.date, 1, 7) AND days = 0;
  INSERT INTO stats_character_models_monthly (character_id, model, month, days, chats) VALUES (NEW.character_id, NEW.model, substr(NEW.date, 1, 7), 1, NEW.chats)
    ON CONFLICT (character_id, model, month) DO UPDATE SET days = days + 1, chats = chats + excluded.chats;
END;
