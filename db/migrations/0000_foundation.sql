CREATE TABLE `project` (
	`id` integer PRIMARY KEY NOT NULL,
	`guid` text NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL,
	`created_with` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `coders` (
	`id` integer PRIMARY KEY NOT NULL,
	`guid` text NOT NULL,
	`name` text NOT NULL,
	`initials` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coders_guid_unique` ON `coders` (`guid`);--> statement-breakpoint
CREATE UNIQUE INDEX `coders_initials_unique` ON `coders` (`initials`);--> statement-breakpoint
CREATE TABLE `document_originals` (
	`document_id` integer PRIMARY KEY NOT NULL,
	`bytes` blob NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY NOT NULL,
	`guid` text NOT NULL,
	`title` text NOT NULL,
	`text` text NOT NULL,
	`text_length` integer NOT NULL,
	`word_count` integer NOT NULL,
	`format` text NOT NULL,
	`original_name` text NOT NULL,
	`original_hash` text NOT NULL,
	`imported_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_guid_unique` ON `documents` (`guid`);--> statement-breakpoint
CREATE UNIQUE INDEX `documents_title_unique` ON `documents` (`title`);--> statement-breakpoint
CREATE TABLE `codes` (
	`id` integer PRIMARY KEY NOT NULL,
	`guid` text NOT NULL,
	`parent_id` integer,
	`name` text NOT NULL,
	`colour` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `codes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `codes_guid_unique` ON `codes` (`guid`);--> statement-breakpoint
CREATE INDEX `codes_parent` ON `codes` (`parent_id`);--> statement-breakpoint
CREATE TABLE `codings` (
	`id` integer PRIMARY KEY NOT NULL,
	`guid` text NOT NULL,
	`document_id` integer NOT NULL,
	`code_id` integer NOT NULL,
	`coder_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`code_id`) REFERENCES `codes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`coder_id`) REFERENCES `coders`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "codings_range" CHECK("codings"."start" >= 0 AND "codings"."end" > "codings"."start")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `codings_guid_unique` ON `codings` (`guid`);--> statement-breakpoint
CREATE INDEX `codings_document` ON `codings` (`document_id`,`start`);--> statement-breakpoint
CREATE INDEX `codings_code` ON `codings` (`code_id`);--> statement-breakpoint
CREATE INDEX `codings_coder` ON `codings` (`coder_id`);