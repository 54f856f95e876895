CREATE TABLE `memos` (
	`id` integer PRIMARY KEY NOT NULL,
	`guid` text NOT NULL,
	`target_kind` text NOT NULL,
	`target_id` integer,
	`title` text DEFAULT '' NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`author_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`author_id`) REFERENCES `coders`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `memos_guid_unique` ON `memos` (`guid`);--> statement-breakpoint
CREATE INDEX `memos_target` ON `memos` (`target_kind`,`target_id`);--> statement-breakpoint
ALTER TABLE `codes` ADD `inclusion` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `codes` ADD `exclusion` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `codes` ADD `example` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- A memo belongs to what it is about: when that goes, the memo goes too (and undo brings both back).
CREATE TRIGGER `memos_follow_documents` AFTER DELETE ON `documents` BEGIN DELETE FROM memos WHERE target_kind = 'document' AND target_id = old.id; END;
--> statement-breakpoint
CREATE TRIGGER `memos_follow_participants` AFTER DELETE ON `participants` BEGIN DELETE FROM memos WHERE target_kind = 'participant' AND target_id = old.id; END;
--> statement-breakpoint
CREATE TRIGGER `memos_follow_codes` AFTER DELETE ON `codes` BEGIN DELETE FROM memos WHERE target_kind = 'code' AND target_id = old.id; END;
--> statement-breakpoint
CREATE TRIGGER `memos_follow_codings` AFTER DELETE ON `codings` BEGIN DELETE FROM memos WHERE target_kind = 'coding' AND target_id = old.id; END;
