-- The first and last day stored in each daily stats table, kept by triggers (db/stats-extent.ts prints
-- this): a window reaching past them is read from the monthly rollups alone.
CREATE TABLE stats_extent (
  tbl text PRIMARY KEY,
  first_date text NOT NULL,
  last_date text NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER stats_characters_extent_insert AFTER INSERT ON stats_characters BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_characters', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
CREATE TRIGGER stats_characters_extent_update AFTER UPDATE OF date ON stats_characters BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_characters', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
INSERT INTO stats_extent (tbl, first_date, last_date) SELECT 'stats_characters', min(date), max(date) FROM stats_characters HAVING count(*) > 0;
--> statement-breakpoint
CREATE TRIGGER stats_plugins_extent_insert AFTER INSERT ON stats_plugins BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_plugins', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
CREATE TRIGGER stats_plugins_extent_update AFTER UPDATE OF date ON stats_plugins BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_plugins', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
INSERT INTO stats_extent (tbl, first_date, last_date) SELECT 'stats_plugins', min(date), max(date) FROM stats_plugins HAVING count(*) > 0;
--> statement-breakpoint
CREATE TRIGGER stats_stories_extent_insert AFTER INSERT ON stats_stories BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_stories', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
CREATE TRIGGER stats_stories_extent_update AFTER UPDATE OF date ON stats_stories BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_stories', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
INSERT INTO stats_extent (tbl, first_date, last_date) SELECT 'stats_stories', min(date), max(date) FROM stats_stories HAVING count(*) > 0;
--> statement-breakpoint
CREATE TRIGGER stats_character_scenarios_extent_insert AFTER INSERT ON stats_character_scenarios BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_character_scenarios', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
CREATE TRIGGER stats_character_scenarios_extent_update AFTER UPDATE OF date ON stats_character_scenarios BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_character_scenarios', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
INSERT INTO stats_extent (tbl, first_date, last_date) SELECT 'stats_character_scenarios', min(date), max(date) FROM stats_character_scenarios HAVING count(*) > 0;
--> statement-breakpoint
CREATE TRIGGER stats_character_models_extent_insert AFTER INSERT ON stats_character_models BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_character_models', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
CREATE TRIGGER stats_character_models_extent_update AFTER UPDATE OF date ON stats_character_models BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_character_models', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
INSERT INTO stats_extent (tbl, first_date, last_date) SELECT 'stats_character_models', min(date), max(date) FROM stats_character_models HAVING count(*) > 0;
--> statement-breakpoint
CREATE TRIGGER stats_story_chapters_extent_insert AFTER INSERT ON stats_story_chapters BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_story_chapters', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
CREATE TRIGGER stats_story_chapters_extent_update AFTER UPDATE OF date ON stats_story_chapters BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_story_chapters', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
INSERT INTO stats_extent (tbl, first_date, last_date) SELECT 'stats_story_chapters', min(date), max(date) FROM stats_story_chapters HAVING count(*) > 0;
--> statement-breakpoint
CREATE TRIGGER stats_story_milestones_extent_insert AFTER INSERT ON stats_story_milestones BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_story_milestones', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
CREATE TRIGGER stats_story_milestones_extent_update AFTER UPDATE OF date ON stats_story_milestones BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_story_milestones', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
INSERT INTO stats_extent (tbl, first_date, last_date) SELECT 'stats_story_milestones', min(date), max(date) FROM stats_story_milestones HAVING count(*) > 0;
--> statement-breakpoint
CREATE TRIGGER stats_story_identities_extent_insert AFTER INSERT ON stats_story_identities BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_story_identities', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
CREATE TRIGGER stats_story_identities_extent_update AFTER UPDATE OF date ON stats_story_identities BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_story_identities', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
INSERT INTO stats_extent (tbl, first_date, last_date) SELECT 'stats_story_identities', min(date), max(date) FROM stats_story_identities HAVING count(*) > 0;
--> statement-breakpoint
CREATE TRIGGER stats_countries_extent_insert AFTER INSERT ON stats_countries BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_countries', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
CREATE TRIGGER stats_countries_extent_update AFTER UPDATE OF date ON stats_countries BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_countries', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
INSERT INTO stats_extent (tbl, first_date, last_date) SELECT 'stats_countries', min(date), max(date) FROM stats_countries HAVING count(*) > 0;
--> statement-breakpoint
CREATE TRIGGER stats_hashtags_extent_insert AFTER INSERT ON stats_hashtags BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_hashtags', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
CREATE TRIGGER stats_hashtags_extent_update AFTER UPDATE OF date ON stats_hashtags BEGIN
  INSERT INTO stats_extent (tbl, first_date, last_date) VALUES ('stats_hashtags', NEW.date, NEW.date)
    ON CONFLICT (tbl) DO UPDATE SET first_date = min(first_date, excluded.first_date), last_date = max(last_date, excluded.last_date);
END;
--> statement-breakpoint
INSERT INTO stats_extent (tbl, first_date, last_date) SELECT 'stats_hashtags', min(date), max(date) FROM stats_hashtags HAVING count(*) > 0;
