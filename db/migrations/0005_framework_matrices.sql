CREATE TABLE `matrices` (
	`id` integer PRIMARY KEY NOT NULL,
	`guid` text NOT NULL,
	`name` text NOT NULL,
	`row_kind` text NOT NULL,
	`code_ids` text NOT NULL,
	`row_ids` text,
	`group_by` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `matrices_guid_unique` ON `matrices` (`guid`);--> statement-breakpoint
CREATE TABLE `matrix_cells` (
	`matrix_id` integer NOT NULL,
	`row_id` integer NOT NULL,
	`code_id` integer NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'empty' NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`matrix_id`, `row_id`, `code_id`),
	FOREIGN KEY (`matrix_id`) REFERENCES `matrices`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- A cell's summary goes with its theme or its row (and comes back with them on undo).
CREATE TRIGGER `matrix_cells_follow_codes` AFTER DELETE ON `codes` BEGIN DELETE FROM matrix_cells WHERE code_id = old.id; END;
--> statement-breakpoint
CREATE TRIGGER `matrix_cells_follow_participants` AFTER DELETE ON `participants` BEGIN DELETE FROM matrix_cells WHERE row_id = old.id AND matrix_id IN (SELECT id FROM matrices WHERE row_kind = 'participant'); END;
--> statement-breakpoint
CREATE TRIGGER `matrix_cells_follow_documents` AFTER DELETE ON `documents` BEGIN DELETE FROM matrix_cells WHERE row_id = old.id AND matrix_id IN (SELECT id FROM matrices WHERE row_kind = 'document'); END;
