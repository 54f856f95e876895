CREATE TABLE `assignments` (
	`document_id` integer NOT NULL,
	`coder_id` integer NOT NULL,
	`assigned_at` text NOT NULL,
	`completed_at` text,
	PRIMARY KEY(`document_id`, `coder_id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`coder_id`) REFERENCES `coders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `assignments_coder` ON `assignments` (`coder_id`);