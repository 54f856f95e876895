-- Full-text search over documents. Contentless (the text lives in `documents`), kept in step
-- by triggers so that imports, deletions and undo all update it. coherence_search_text()
-- spaces out Chinese/Japanese/Thai words (see core/model/searchText.ts).
CREATE VIRTUAL TABLE `documents_fts` USING fts5(title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
-- A bulk import defers indexing (deferred = 1) and indexes its batch in one statement: FTS5
-- writes its pending work at every savepoint, so indexing row by row inside savepoints costs
-- several times more. See core/search/searchIndex.ts.
CREATE TABLE `documents_fts_control` (`id` integer PRIMARY KEY NOT NULL, `deferred` integer DEFAULT 0 NOT NULL);
--> statement-breakpoint
INSERT INTO `documents_fts_control` (`id`, `deferred`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `documents_fts_insert` AFTER INSERT ON `documents` WHEN (SELECT deferred FROM documents_fts_control WHERE id = 1) = 0 BEGIN
  INSERT INTO documents_fts(rowid, title, body) VALUES (new.id, new.title, coherence_search_text(new.text));
END;
--> statement-breakpoint
CREATE TRIGGER `documents_fts_delete` AFTER DELETE ON `documents` BEGIN
  DELETE FROM documents_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `documents_fts_update` AFTER UPDATE OF title, text ON `documents` BEGIN
  DELETE FROM documents_fts WHERE rowid = old.id;
  INSERT INTO documents_fts(rowid, title, body) VALUES (new.id, new.title, coherence_search_text(new.text));
END;
--> statement-breakpoint
INSERT INTO documents_fts(rowid, title, body) SELECT id, title, coherence_search_text(text) FROM documents;
