CREATE TABLE `party_targets` (
	`party_id` text PRIMARY KEY NOT NULL,
	`election_type` text NOT NULL,
	`election_date` text NOT NULL,
	`due_date` text NOT NULL,
	`set_by_user_id` text NOT NULL,
	`set_at` integer NOT NULL,
	FOREIGN KEY (`party_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`set_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `organisations` ADD `sharing_level` text DEFAULT 'progress' NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `sharing_set_at` integer;--> statement-breakpoint
ALTER TABLE `organisations` ADD `closed_at` integer;