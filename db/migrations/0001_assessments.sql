CREATE TABLE `answers` (
	`assessment_id` text NOT NULL,
	`question_id` text NOT NULL,
	`kind` text,
	`option_id` text,
	`note` text DEFAULT '' NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`carried_over` integer DEFAULT false NOT NULL,
	`updated_by_user_id` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`assessment_id`, `question_id`),
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `assessments` (
	`id` text PRIMARY KEY NOT NULL,
	`organisation_id` text NOT NULL,
	`questionnaire_version` integer NOT NULL,
	`election_type` text NOT NULL,
	`election_date` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`created_by_user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`carried_from_assessment_id` text,
	`submitted_at` integer,
	`submitted_by_user_id` text,
	`score_snapshot` text,
	`overall_score` integer,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessments_org_idx` ON `assessments` (`organisation_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `assignments` (
	`assessment_id` text NOT NULL,
	`domain` text NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`assessment_id`, `domain`, `user_id`),
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
