CREATE TABLE `document_participants` (
	`document_id` integer NOT NULL,
	`participant_id` integer NOT NULL,
	PRIMARY KEY(`document_id`, `participant_id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `document_participants_participant` ON `document_participants` (`participant_id`);--> statement-breakpoint
CREATE TABLE `document_speakers` (
	`document_id` integer NOT NULL,
	`label` text NOT NULL,
	`turn_count` integer DEFAULT 0 NOT NULL,
	`participant_id` integer,
	`not_participant` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`document_id`, `label`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `document_speakers_participant` ON `document_speakers` (`participant_id`);--> statement-breakpoint
CREATE TABLE `participants` (
	`id` integer PRIMARY KEY NOT NULL,
	`guid` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participants_guid_unique` ON `participants` (`guid`);--> statement-breakpoint
CREATE UNIQUE INDEX `participants_name_unique` ON `participants` (`name`);--> statement-breakpoint
CREATE TABLE `attributes` (
	`id` integer PRIMARY KEY NOT NULL,
	`guid` text NOT NULL,
	`scope` text NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`allowed_values` text DEFAULT '[]' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attributes_guid_unique` ON `attributes` (`guid`);--> statement-breakpoint
CREATE UNIQUE INDEX `attributes_scope_name_unique` ON `attributes` (`scope`,`name`);--> statement-breakpoint
CREATE TABLE `document_attribute_values` (
	`document_id` integer NOT NULL,
	`attribute_id` integer NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`document_id`, `attribute_id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attribute_id`) REFERENCES `attributes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `participant_attribute_values` (
	`participant_id` integer NOT NULL,
	`attribute_id` integer NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`participant_id`, `attribute_id`),
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`attribute_id`) REFERENCES `attributes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `document_set_members` (
	`set_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	PRIMARY KEY(`set_id`, `document_id`),
	FOREIGN KEY (`set_id`) REFERENCES `document_sets`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `document_sets` (
	`id` integer PRIMARY KEY NOT NULL,
	`guid` text NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_sets_guid_unique` ON `document_sets` (`guid`);--> statement-breakpoint
CREATE UNIQUE INDEX `document_sets_name_unique` ON `document_sets` (`name`);--> statement-breakpoint
CREATE TABLE `history_actions` (
	`id` integer PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`coder` text,
	`created_at` text NOT NULL,
	`state` text DEFAULT 'done' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `history_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_id` integer NOT NULL,
	`phase` text NOT NULL,
	`statement` text NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `history_actions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `history_recorder` (
	`id` integer PRIMARY KEY NOT NULL,
	`recording` integer DEFAULT false NOT NULL,
	`action_id` integer,
	`phase` text DEFAULT 'undo' NOT NULL
);
--> statement-breakpoint
ALTER TABLE `documents` ADD `turns` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `time_marks` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `turn_convention` text DEFAULT 'none' NOT NULL;--> statement-breakpoint
CREATE INDEX `documents_original_hash` ON `documents` (`original_hash`);--> statement-breakpoint
CREATE INDEX `documents_summary` ON `documents` (`id`,`title`,`format`,`original_name`,`imported_at`,`text_length`,`word_count`,`turn_convention`);