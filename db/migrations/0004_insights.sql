CREATE TABLE `contributions` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_kind` text NOT NULL,
	`election_type` text NOT NULL,
	`questionnaire_version` integer NOT NULL,
	`month` text NOT NULL,
	`domain_scores` text NOT NULL,
	`maturities` text NOT NULL,
	`withdrawal_token_hash` text NOT NULL,
	`withdrawn` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contributions_withdrawal_token_hash_unique` ON `contributions` (`withdrawal_token_hash`);--> statement-breakpoint
CREATE TABLE `releases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`published_at` integer NOT NULL,
	`min_group` integer NOT NULL,
	`max_seq` integer NOT NULL,
	`contribution_count` integer NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `assessments` ADD `shared_at` integer;--> statement-breakpoint
ALTER TABLE `assessments` ADD `share_token` text;