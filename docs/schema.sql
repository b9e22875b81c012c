-- The current schema, as the migrations in src/change_journal/store/migrations.py build it.
-- Generated; tests/unit/test_migrations.py checks it is current.

CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);

CREATE TABLE account_drafts (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            form TEXT NOT NULL,
            payload TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (user_id, form)
        );

CREATE TABLE answer_wording_counts (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            prompt_id TEXT NOT NULL,
            wordings INTEGER NOT NULL,
            PRIMARY KEY (user_id, change_id, prompt_id)
        );

CREATE TABLE answer_wordings (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            quote_key TEXT NOT NULL,
            prompt_id TEXT NOT NULL,
            strength INTEGER NOT NULL,
            times INTEGER NOT NULL,
            latest_at TEXT NOT NULL,
            shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
            PRIMARY KEY (user_id, change_id, quote_key, prompt_id, strength)
        );

CREATE TABLE "answers" (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            checkin_id INTEGER REFERENCES checkins(id) ON DELETE CASCADE,
            prompt_id TEXT NOT NULL,
            question TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        , subject TEXT NOT NULL DEFAULT '', uid TEXT, talk_change INTEGER, talk_sustain INTEGER, talk_version INTEGER, quote_key TEXT, quote_strength INTEGER, talk_marks TEXT, talk_lead TEXT);

CREATE TABLE "changes" (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            why_now TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            archived_at TEXT
        , uid TEXT);

CREATE TABLE checkin_latest (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            latest_at TEXT,
            importance INTEGER,
            confidence INTEGER,
            readiness INTEGER,
            previous_importance INTEGER,
            previous_confidence INTEGER,
            previous_readiness INTEGER,
            PRIMARY KEY (user_id, change_id)
        );

CREATE TABLE checkin_months (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            month TEXT NOT NULL,
            checkins INTEGER NOT NULL,
            importance INTEGER NOT NULL,
            confidence INTEGER NOT NULL,
            readiness INTEGER NOT NULL,
            PRIMARY KEY (user_id, change_id, month)
        );

CREATE TABLE "checkins" (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            importance INTEGER NOT NULL CHECK (importance BETWEEN 0 AND 10),
            confidence INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 10),
            readiness INTEGER NOT NULL CHECK (readiness BETWEEN 0 AND 10)
        , uid TEXT);

CREATE TABLE coach_departures (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            client_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            coach_name TEXT NOT NULL,
            accepted INTEGER NOT NULL CHECK (accepted IN (0, 1)),
            left_at TEXT NOT NULL,
            seen_at TEXT
        );

CREATE TABLE "coach_invites" (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            code_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            revoked_at TEXT
        );

CREATE TABLE "coach_notes" (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            client_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        , edited_at TEXT);

CREATE TABLE "custom_values" (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, uid TEXT,
            UNIQUE (user_id, name)
        );

CREATE TABLE drafts (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            form TEXT NOT NULL,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            payload TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (user_id, form, change_id)
        );

CREATE TABLE grant_answer_kinds (
            grant_id INTEGER NOT NULL REFERENCES grants(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            prompt_glob TEXT NOT NULL,
            PRIMARY KEY (grant_id, prompt_glob)
        );

CREATE TABLE grant_answers (
            grant_id INTEGER NOT NULL REFERENCES grants(id) ON DELETE CASCADE,
            answer_id INTEGER NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
            PRIMARY KEY (grant_id, answer_id)
        );

CREATE TABLE "grants" (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            client_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            coach_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            scope TEXT NOT NULL CHECK (scope IN ('numbers', 'answers')),
            created_at TEXT NOT NULL,
            expires_at TEXT,
            revoked_at TEXT,
            last_viewed_at TEXT
        , coach_status TEXT NOT NULL DEFAULT 'pending'
            CHECK (coach_status IN ('pending', 'accepted', 'declined')), coach_status_at TEXT, coach_hidden INTEGER NOT NULL DEFAULT 0
            CHECK (coach_hidden IN (0, 1)));

CREATE TABLE "plans" (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            goal TEXT NOT NULL,
            reasons TEXT NOT NULL DEFAULT '',
            steps TEXT NOT NULL DEFAULT '',
            helpers TEXT NOT NULL DEFAULT '',
            signs TEXT NOT NULL DEFAULT '',
            obstacles TEXT NOT NULL DEFAULT '', uid TEXT,
            UNIQUE (change_id, version)
        );

CREATE TABLE retired_names (
            name_hash TEXT PRIMARY KEY,
            retired_at TEXT NOT NULL
        );

CREATE TABLE sessions (
            token_hash TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            last_used_at TEXT NOT NULL,
            device TEXT NOT NULL DEFAULT ''
        );

CREATE TABLE "share_links" (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            token_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            expires_at TEXT,
            revoked_at TEXT,
            last_opened_at TEXT
        );

CREATE TABLE "sign_in_failures" (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            username_hash TEXT NOT NULL,
            failed_at TEXT NOT NULL
        );

CREATE TABLE "talk_corrections" (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            sentence TEXT NOT NULL,
            side TEXT NOT NULL CHECK (side IN ('change', 'sustain', 'none')),
            kind TEXT CHECK (kind IN ('desire', 'ability', 'reasons', 'need', 'commitment',
                                      'activation', 'taking_steps')),
            created_at TEXT NOT NULL,
            CHECK (side != 'none' OR kind IS NULL),
            CHECK (side != 'change' OR kind IS NOT NULL),
            UNIQUE (user_id, change_id, sentence)
        );

CREATE TABLE talk_days (
                user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
                day TEXT NOT NULL,
                answers INTEGER NOT NULL,
                change_sentences INTEGER NOT NULL,
                sustain_sentences INTEGER NOT NULL,
                PRIMARY KEY (user_id, change_id, day)
            );

CREATE TABLE talk_months (
                user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                change_id INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
                month TEXT NOT NULL,
                answers INTEGER NOT NULL,
                change_sentences INTEGER NOT NULL,
                sustain_sentences INTEGER NOT NULL,
                PRIMARY KEY (user_id, change_id, month)
            );

CREATE TABLE "users" (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            username TEXT NOT NULL,
            username_key TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL DEFAULT 'person' CHECK (role IN ('person', 'coach')),
            created_at TEXT NOT NULL
        );

CREATE TABLE value_sort_cards (
            sort_id INTEGER NOT NULL REFERENCES value_sorts(id) ON DELETE CASCADE,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            value_name TEXT NOT NULL,
            pile TEXT NOT NULL CHECK (pile IN ('very', 'important', 'not')),
            top_rank INTEGER CHECK (top_rank BETWEEN 1 AND 10),
            PRIMARY KEY (sort_id, value_name)
        );

CREATE TABLE "value_sorts" (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            started_at TEXT NOT NULL,
            completed_at TEXT
        , uid TEXT);

CREATE INDEX answer_wording_counts_by_change ON answer_wording_counts(change_id);

CREATE INDEX answer_wordings_by_change ON answer_wordings(change_id);

CREATE INDEX answer_wordings_ranked ON answer_wordings(user_id, change_id, prompt_id, strength, latest_at) WHERE shared = 0;

CREATE INDEX answer_wordings_shared ON answer_wordings(user_id, change_id, prompt_id) WHERE shared = 1;

CREATE INDEX answers_by_change ON answers(user_id, change_id, created_at);

CREATE INDEX answers_by_checkin ON answers(checkin_id);

CREATE INDEX answers_by_quote ON answers(user_id, change_id, prompt_id, quote_key, quote_strength, created_at);

CREATE INDEX answers_by_talk_version ON answers(user_id, change_id, talk_version);

CREATE UNIQUE INDEX answers_by_uid ON answers(user_id, uid);

CREATE INDEX answers_unkeyed ON answers(user_id, change_id) WHERE quote_key IS NULL;

CREATE INDEX answers_unmarked ON answers(user_id, change_id) WHERE talk_marks IS NULL;

CREATE UNIQUE INDEX changes_by_uid ON changes(user_id, uid);

CREATE INDEX changes_by_user ON changes(user_id);

CREATE INDEX checkin_latest_by_change ON checkin_latest(change_id);

CREATE INDEX checkin_months_by_change ON checkin_months(change_id);

CREATE INDEX checkins_by_change ON checkins(user_id, change_id, created_at);

CREATE UNIQUE INDEX checkins_by_uid ON checkins(user_id, uid);

CREATE INDEX coach_departures_by_change ON coach_departures(change_id);

CREATE INDEX coach_departures_by_client ON coach_departures(client_id, seen_at);

CREATE INDEX coach_invites_by_coach ON coach_invites(coach_id);

CREATE INDEX coach_notes_by_client ON coach_notes(coach_id, client_id, created_at)
        ;

CREATE UNIQUE INDEX custom_values_by_uid ON custom_values(user_id, uid);

CREATE INDEX grant_answers_by_answer ON grant_answers(answer_id);

CREATE INDEX grants_by_coach ON grants(coach_id, revoked_at);

CREATE INDEX grants_by_coach_status ON grants(coach_id, coach_status, revoked_at);

CREATE UNIQUE INDEX grants_one_open
            ON grants(client_id, coach_id, change_id) WHERE revoked_at IS NULL;

CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");

CREATE INDEX plans_by_change ON plans(user_id, change_id, version)
        ;

CREATE UNIQUE INDEX plans_by_uid ON plans(user_id, uid);

CREATE INDEX sessions_by_user ON sessions(user_id);

CREATE INDEX share_links_by_user ON share_links(user_id);

CREATE INDEX sign_in_failures_by_name ON sign_in_failures(username_hash, failed_at);

CREATE INDEX sign_in_failures_by_time ON sign_in_failures(failed_at);

CREATE INDEX talk_corrections_by_change ON talk_corrections(change_id);

CREATE INDEX talk_days_by_change ON talk_days(change_id);

CREATE INDEX talk_months_by_change ON talk_months(change_id);

CREATE UNIQUE INDEX value_sorts_by_uid ON value_sorts(user_id, uid);

CREATE INDEX value_sorts_by_user ON value_sorts(user_id, completed_at);

CREATE TRIGGER answer_wordings_added AFTER INSERT ON answer_wordings BEGIN
    INSERT INTO answer_wording_counts (user_id, change_id, prompt_id, wordings)
    VALUES (NEW.user_id, NEW.change_id, NEW.prompt_id, 1)
    ON CONFLICT (user_id, change_id, prompt_id) DO UPDATE SET
        wordings = answer_wording_counts.wordings + 1;
    UPDATE answer_wordings SET shared = (SELECT CASE WHEN COUNT(*) > 1 THEN 1 ELSE 0 END FROM answer_wordings WHERE user_id = NEW.user_id AND change_id = NEW.change_id AND quote_key = NEW.quote_key)
        WHERE user_id = NEW.user_id AND change_id = NEW.change_id AND quote_key = NEW.quote_key AND shared != (SELECT CASE WHEN COUNT(*) > 1 THEN 1 ELSE 0 END FROM answer_wordings WHERE user_id = NEW.user_id AND change_id = NEW.change_id AND quote_key = NEW.quote_key);
END;

CREATE TRIGGER answer_wordings_removed AFTER DELETE ON answer_wordings BEGIN
    UPDATE answer_wording_counts SET wordings = wordings - 1
        WHERE user_id = OLD.user_id AND change_id = OLD.change_id AND prompt_id = OLD.prompt_id;
    DELETE FROM answer_wording_counts WHERE user_id = OLD.user_id AND change_id = OLD.change_id
        AND prompt_id = OLD.prompt_id AND wordings <= 0;
    UPDATE answer_wordings SET shared = (SELECT CASE WHEN COUNT(*) > 1 THEN 1 ELSE 0 END FROM answer_wordings WHERE user_id = OLD.user_id AND change_id = OLD.change_id AND quote_key = OLD.quote_key)
        WHERE user_id = OLD.user_id AND change_id = OLD.change_id AND quote_key = OLD.quote_key AND shared != (SELECT CASE WHEN COUNT(*) > 1 THEN 1 ELSE 0 END FROM answer_wordings WHERE user_id = OLD.user_id AND change_id = OLD.change_id AND quote_key = OLD.quote_key);
END;

CREATE TRIGGER answers_talk_added AFTER INSERT ON answers BEGIN
    INSERT INTO talk_days (user_id, change_id, day, answers, change_sentences, sustain_sentences)
    VALUES (NEW.user_id, NEW.change_id, date(NEW.created_at), 1, 1 * coalesce(NEW.talk_change, 0),
            1 * coalesce(NEW.talk_sustain, 0))
    ON CONFLICT (user_id, change_id, day) DO UPDATE SET
        answers = answers + excluded.answers,
        change_sentences = change_sentences + excluded.change_sentences,
        sustain_sentences = sustain_sentences + excluded.sustain_sentences;
    DELETE FROM talk_days WHERE user_id = NEW.user_id AND change_id = NEW.change_id
        AND day = date(NEW.created_at) AND answers <= 0;
    INSERT INTO talk_months (user_id, change_id, month, answers, change_sentences, sustain_sentences)
    VALUES (NEW.user_id, NEW.change_id, strftime('%Y-%m', NEW.created_at), 1, 1 * coalesce(NEW.talk_change, 0),
            1 * coalesce(NEW.talk_sustain, 0))
    ON CONFLICT (user_id, change_id, month) DO UPDATE SET
        answers = answers + excluded.answers,
        change_sentences = change_sentences + excluded.change_sentences,
        sustain_sentences = sustain_sentences + excluded.sustain_sentences;
    DELETE FROM talk_months WHERE user_id = NEW.user_id AND change_id = NEW.change_id
        AND month = strftime('%Y-%m', NEW.created_at) AND answers <= 0;
END;

CREATE TRIGGER answers_talk_changed AFTER UPDATE OF talk_change, talk_sustain, created_at, user_id, change_id ON answers BEGIN
    INSERT INTO talk_days (user_id, change_id, day, answers, change_sentences, sustain_sentences)
    VALUES (OLD.user_id, OLD.change_id, date(OLD.created_at), -1, -1 * coalesce(OLD.talk_change, 0),
            -1 * coalesce(OLD.talk_sustain, 0))
    ON CONFLICT (user_id, change_id, day) DO UPDATE SET
        answers = answers + excluded.answers,
        change_sentences = change_sentences + excluded.change_sentences,
        sustain_sentences = sustain_sentences + excluded.sustain_sentences;
    DELETE FROM talk_days WHERE user_id = OLD.user_id AND change_id = OLD.change_id
        AND day = date(OLD.created_at) AND answers <= 0;
    INSERT INTO talk_months (user_id, change_id, month, answers, change_sentences, sustain_sentences)
    VALUES (OLD.user_id, OLD.change_id, strftime('%Y-%m', OLD.created_at), -1, -1 * coalesce(OLD.talk_change, 0),
            -1 * coalesce(OLD.talk_sustain, 0))
    ON CONFLICT (user_id, change_id, month) DO UPDATE SET
        answers = answers + excluded.answers,
        change_sentences = change_sentences + excluded.change_sentences,
        sustain_sentences = sustain_sentences + excluded.sustain_sentences;
    DELETE FROM talk_months WHERE user_id = OLD.user_id AND change_id = OLD.change_id
        AND month = strftime('%Y-%m', OLD.created_at) AND answers <= 0;
    INSERT INTO talk_days (user_id, change_id, day, answers, change_sentences, sustain_sentences)
    VALUES (NEW.user_id, NEW.change_id, date(NEW.created_at), 1, 1 * coalesce(NEW.talk_change, 0),
            1 * coalesce(NEW.talk_sustain, 0))
    ON CONFLICT (user_id, change_id, day) DO UPDATE SET
        answers = answers + excluded.answers,
        change_sentences = change_sentences + excluded.change_sentences,
        sustain_sentences = sustain_sentences + excluded.sustain_sentences;
    DELETE FROM talk_days WHERE user_id = NEW.user_id AND change_id = NEW.change_id
        AND day = date(NEW.created_at) AND answers <= 0;
    INSERT INTO talk_months (user_id, change_id, month, answers, change_sentences, sustain_sentences)
    VALUES (NEW.user_id, NEW.change_id, strftime('%Y-%m', NEW.created_at), 1, 1 * coalesce(NEW.talk_change, 0),
            1 * coalesce(NEW.talk_sustain, 0))
    ON CONFLICT (user_id, change_id, month) DO UPDATE SET
        answers = answers + excluded.answers,
        change_sentences = change_sentences + excluded.change_sentences,
        sustain_sentences = sustain_sentences + excluded.sustain_sentences;
    DELETE FROM talk_months WHERE user_id = NEW.user_id AND change_id = NEW.change_id
        AND month = strftime('%Y-%m', NEW.created_at) AND answers <= 0;
END;

CREATE TRIGGER answers_talk_removed AFTER DELETE ON answers BEGIN
    INSERT INTO talk_days (user_id, change_id, day, answers, change_sentences, sustain_sentences)
    VALUES (OLD.user_id, OLD.change_id, date(OLD.created_at), -1, -1 * coalesce(OLD.talk_change, 0),
            -1 * coalesce(OLD.talk_sustain, 0))
    ON CONFLICT (user_id, change_id, day) DO UPDATE SET
        answers = answers + excluded.answers,
        change_sentences = change_sentences + excluded.change_sentences,
        sustain_sentences = sustain_sentences + excluded.sustain_sentences;
    DELETE FROM talk_days WHERE user_id = OLD.user_id AND change_id = OLD.change_id
        AND day = date(OLD.created_at) AND answers <= 0;
    INSERT INTO talk_months (user_id, change_id, month, answers, change_sentences, sustain_sentences)
    VALUES (OLD.user_id, OLD.change_id, strftime('%Y-%m', OLD.created_at), -1, -1 * coalesce(OLD.talk_change, 0),
            -1 * coalesce(OLD.talk_sustain, 0))
    ON CONFLICT (user_id, change_id, month) DO UPDATE SET
        answers = answers + excluded.answers,
        change_sentences = change_sentences + excluded.change_sentences,
        sustain_sentences = sustain_sentences + excluded.sustain_sentences;
    DELETE FROM talk_months WHERE user_id = OLD.user_id AND change_id = OLD.change_id
        AND month = strftime('%Y-%m', OLD.created_at) AND answers <= 0;
END;

CREATE TRIGGER answers_uid AFTER INSERT ON answers WHEN NEW.uid IS NULL BEGIN UPDATE answers SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid; END;

CREATE TRIGGER answers_wording_added AFTER INSERT ON answers BEGIN
    INSERT INTO answer_wordings (user_id, change_id, quote_key, prompt_id, strength, times,
                                 latest_at)
    SELECT NEW.user_id, NEW.change_id, NEW.quote_key, NEW.prompt_id, NEW.quote_strength, 1,
           NEW.created_at
    WHERE NEW.quote_key IS NOT NULL AND NEW.quote_strength IS NOT NULL
    ON CONFLICT (user_id, change_id, quote_key, prompt_id, strength) DO UPDATE SET
        times = answer_wordings.times + 1,
        latest_at = max(answer_wordings.latest_at, excluded.latest_at);
END;

CREATE TRIGGER answers_wording_changed AFTER UPDATE OF user_id, change_id, prompt_id, quote_key, quote_strength, created_at ON answers WHEN (OLD.user_id, OLD.change_id, OLD.prompt_id, OLD.quote_key, OLD.quote_strength, OLD.created_at) IS NOT (NEW.user_id, NEW.change_id, NEW.prompt_id, NEW.quote_key, NEW.quote_strength, NEW.created_at) BEGIN
    UPDATE answer_wordings SET times = times - 1,
        latest_at = CASE WHEN OLD.created_at < latest_at THEN latest_at
            ELSE coalesce((SELECT MAX(created_at) FROM answers
                           WHERE user_id = OLD.user_id AND change_id = OLD.change_id AND quote_key = OLD.quote_key AND prompt_id = OLD.prompt_id
                           AND quote_strength = OLD.quote_strength), latest_at) END
        WHERE user_id = OLD.user_id AND change_id = OLD.change_id AND quote_key = OLD.quote_key AND prompt_id = OLD.prompt_id AND strength = OLD.quote_strength;
    DELETE FROM answer_wordings WHERE user_id = OLD.user_id AND change_id = OLD.change_id AND quote_key = OLD.quote_key AND prompt_id = OLD.prompt_id AND strength = OLD.quote_strength AND times <= 0;
    INSERT INTO answer_wordings (user_id, change_id, quote_key, prompt_id, strength, times,
                                 latest_at)
    SELECT NEW.user_id, NEW.change_id, NEW.quote_key, NEW.prompt_id, NEW.quote_strength, 1,
           NEW.created_at
    WHERE NEW.quote_key IS NOT NULL AND NEW.quote_strength IS NOT NULL
    ON CONFLICT (user_id, change_id, quote_key, prompt_id, strength) DO UPDATE SET
        times = answer_wordings.times + 1,
        latest_at = max(answer_wordings.latest_at, excluded.latest_at);
END;

CREATE TRIGGER answers_wording_removed AFTER DELETE ON answers BEGIN
    UPDATE answer_wordings SET times = times - 1,
        latest_at = CASE WHEN OLD.created_at < latest_at THEN latest_at
            ELSE coalesce((SELECT MAX(created_at) FROM answers
                           WHERE user_id = OLD.user_id AND change_id = OLD.change_id AND quote_key = OLD.quote_key AND prompt_id = OLD.prompt_id
                           AND quote_strength = OLD.quote_strength), latest_at) END
        WHERE user_id = OLD.user_id AND change_id = OLD.change_id AND quote_key = OLD.quote_key AND prompt_id = OLD.prompt_id AND strength = OLD.quote_strength;
    DELETE FROM answer_wordings WHERE user_id = OLD.user_id AND change_id = OLD.change_id AND quote_key = OLD.quote_key AND prompt_id = OLD.prompt_id AND strength = OLD.quote_strength AND times <= 0;
END;

CREATE TRIGGER changes_uid AFTER INSERT ON changes WHEN NEW.uid IS NULL BEGIN UPDATE changes SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid; END;

CREATE TRIGGER checkins_latest_added AFTER INSERT ON checkins BEGIN
    INSERT INTO checkin_latest (user_id, change_id) VALUES (NEW.user_id, NEW.change_id)
    ON CONFLICT (user_id, change_id) DO NOTHING;
    UPDATE checkin_latest SET (latest_at, importance, confidence, readiness) = (SELECT created_at, importance, confidence, readiness FROM checkins WHERE user_id = NEW.user_id AND change_id = NEW.change_id ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 0), (previous_importance, previous_confidence, previous_readiness) = (SELECT importance, confidence, readiness FROM checkins WHERE user_id = NEW.user_id AND change_id = NEW.change_id ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 1) WHERE user_id = NEW.user_id AND change_id = NEW.change_id;
END;

CREATE TRIGGER checkins_latest_changed AFTER UPDATE OF user_id, change_id, created_at, importance, confidence, readiness ON checkins BEGIN
    UPDATE checkin_latest SET (latest_at, importance, confidence, readiness) = (SELECT created_at, importance, confidence, readiness FROM checkins WHERE user_id = OLD.user_id AND change_id = OLD.change_id ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 0), (previous_importance, previous_confidence, previous_readiness) = (SELECT importance, confidence, readiness FROM checkins WHERE user_id = OLD.user_id AND change_id = OLD.change_id ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 1) WHERE user_id = OLD.user_id AND change_id = OLD.change_id;
    DELETE FROM checkin_latest WHERE user_id = OLD.user_id AND change_id = OLD.change_id AND latest_at IS NULL;
    INSERT INTO checkin_latest (user_id, change_id) VALUES (NEW.user_id, NEW.change_id)
    ON CONFLICT (user_id, change_id) DO NOTHING;
    UPDATE checkin_latest SET (latest_at, importance, confidence, readiness) = (SELECT created_at, importance, confidence, readiness FROM checkins WHERE user_id = NEW.user_id AND change_id = NEW.change_id ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 0), (previous_importance, previous_confidence, previous_readiness) = (SELECT importance, confidence, readiness FROM checkins WHERE user_id = NEW.user_id AND change_id = NEW.change_id ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 1) WHERE user_id = NEW.user_id AND change_id = NEW.change_id;
END;

CREATE TRIGGER checkins_latest_removed AFTER DELETE ON checkins BEGIN
    UPDATE checkin_latest SET (latest_at, importance, confidence, readiness) = (SELECT created_at, importance, confidence, readiness FROM checkins WHERE user_id = OLD.user_id AND change_id = OLD.change_id ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 0), (previous_importance, previous_confidence, previous_readiness) = (SELECT importance, confidence, readiness FROM checkins WHERE user_id = OLD.user_id AND change_id = OLD.change_id ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 1) WHERE user_id = OLD.user_id AND change_id = OLD.change_id;
    DELETE FROM checkin_latest WHERE user_id = OLD.user_id AND change_id = OLD.change_id AND latest_at IS NULL;
END;

CREATE TRIGGER checkins_month_added AFTER INSERT ON checkins BEGIN
    INSERT INTO checkin_months (user_id, change_id, month, checkins, importance, confidence,
                                readiness)
    VALUES (NEW.user_id, NEW.change_id, substr(NEW.created_at, 1, 7), 1, NEW.importance,
            NEW.confidence, NEW.readiness)
    ON CONFLICT (user_id, change_id, month) DO UPDATE SET
        checkins = checkin_months.checkins + 1,
        importance = checkin_months.importance + excluded.importance,
        confidence = checkin_months.confidence + excluded.confidence,
        readiness = checkin_months.readiness + excluded.readiness;
END;

CREATE TRIGGER checkins_month_changed AFTER UPDATE OF user_id, change_id, created_at, importance, confidence, readiness ON checkins BEGIN
    UPDATE checkin_months SET checkins = checkins - 1, importance = importance - OLD.importance,
        confidence = confidence - OLD.confidence, readiness = readiness - OLD.readiness
        WHERE user_id = OLD.user_id AND change_id = OLD.change_id AND month = substr(OLD.created_at, 1, 7);
    DELETE FROM checkin_months WHERE user_id = OLD.user_id AND change_id = OLD.change_id AND month = substr(OLD.created_at, 1, 7) AND checkins <= 0;
    INSERT INTO checkin_months (user_id, change_id, month, checkins, importance, confidence,
                                readiness)
    VALUES (NEW.user_id, NEW.change_id, substr(NEW.created_at, 1, 7), 1, NEW.importance,
            NEW.confidence, NEW.readiness)
    ON CONFLICT (user_id, change_id, month) DO UPDATE SET
        checkins = checkin_months.checkins + 1,
        importance = checkin_months.importance + excluded.importance,
        confidence = checkin_months.confidence + excluded.confidence,
        readiness = checkin_months.readiness + excluded.readiness;
END;

CREATE TRIGGER checkins_month_removed AFTER DELETE ON checkins BEGIN
    UPDATE checkin_months SET checkins = checkins - 1, importance = importance - OLD.importance,
        confidence = confidence - OLD.confidence, readiness = readiness - OLD.readiness
        WHERE user_id = OLD.user_id AND change_id = OLD.change_id AND month = substr(OLD.created_at, 1, 7);
    DELETE FROM checkin_months WHERE user_id = OLD.user_id AND change_id = OLD.change_id AND month = substr(OLD.created_at, 1, 7) AND checkins <= 0;
END;

CREATE TRIGGER checkins_uid AFTER INSERT ON checkins WHEN NEW.uid IS NULL BEGIN UPDATE checkins SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid; END;

CREATE TRIGGER custom_values_uid AFTER INSERT ON custom_values WHEN NEW.uid IS NULL BEGIN UPDATE custom_values SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid; END;

CREATE TRIGGER grants_deleted_forget_notes AFTER DELETE ON grants
        BEGIN
            DELETE FROM coach_notes
                WHERE coach_id = OLD.coach_id AND client_id = OLD.client_id
                AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.coach_id = OLD.coach_id AND g.client_id = OLD.client_id AND g.revoked_at IS NULL AND g.coach_status = 'accepted');
        END;

CREATE TRIGGER grants_ended_forget_notes
            AFTER UPDATE OF revoked_at, coach_status ON grants
            WHEN NEW.revoked_at IS NOT NULL OR NEW.coach_status != 'accepted'
        BEGIN
            DELETE FROM coach_notes
                WHERE coach_id = NEW.coach_id AND client_id = NEW.client_id
                AND NOT EXISTS (SELECT 1 FROM grants g WHERE g.coach_id = NEW.coach_id AND g.client_id = NEW.client_id AND g.revoked_at IS NULL AND g.coach_status = 'accepted');
        END;

CREATE TRIGGER plans_uid AFTER INSERT ON plans WHEN NEW.uid IS NULL BEGIN UPDATE plans SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid; END;

CREATE TRIGGER value_sorts_uid AFTER INSERT ON value_sorts WHEN NEW.uid IS NULL BEGIN UPDATE value_sorts SET uid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid; END;

