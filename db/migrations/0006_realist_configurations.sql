CREATE TABLE `cmo_elements` (
	`id` integer PRIMARY KEY NOT NULL,
	`guid` text NOT NULL,
	`label` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cmo_elements_guid_unique` ON `cmo_elements` (`guid`);--> statement-breakpoint
CREATE TABLE `configuration_elements` (
	`configuration_id` integer NOT NULL,
	`element_id` integer NOT NULL,
	`slot` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`configuration_id`, `element_id`, `slot`),
	FOREIGN KEY (`configuration_id`) REFERENCES `configurations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`element_id`) REFERENCES `cmo_elements`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `configuration_elements_element` ON `configuration_elements` (`element_id`);--> statement-breakpoint
CREATE TABLE `configuration_versions` (
	`configuration_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`status` text NOT NULL,
	`rationale` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`configuration_id`, `version_id`),
	FOREIGN KEY (`configuration_id`) REFERENCES `configurations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `theory_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `configurations` (
	`id` integer PRIMARY KEY NOT NULL,
	`guid` text NOT NULL,
	`statement` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `configurations_guid_unique` ON `configurations` (`guid`);--> statement-breakpoint
CREATE TABLE `element_evidence` (
	`element_id` integer NOT NULL,
	`coding_id` integer NOT NULL,
	PRIMARY KEY(`element_id`, `coding_id`),
	FOREIGN KEY (`element_id`) REFERENCES `cmo_elements`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`coding_id`) REFERENCES `codings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `element_evidence_coding` ON `element_evidence` (`coding_id`);--> statement-breakpoint
CREATE TABLE `theory_versions` (
	`id` integer PRIMARY KEY NOT NULL,
	`guid` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `theory_versions_guid_unique` ON `theory_versions` (`guid`);--> statement-breakpoint
ALTER TABLE `codes` ADD `realist_role` text;--> statement-breakpoint
ALTER TABLE `codings` ADD `realist_role` text;