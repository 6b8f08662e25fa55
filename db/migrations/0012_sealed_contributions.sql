-- Each contribution is sealed whole with a key from the configuration (ADR 018). SQL cannot encrypt, so the
-- plain content and metadata move to a holding table that start-up seals and drops in one transaction
-- (sealPlainContributions in app/models/insights.server.ts); until then each row's box is empty and opens as nothing.
CREATE TABLE `contributions_unsealed` (
	`seq` integer PRIMARY KEY NOT NULL,
	`organisation_kind` text NOT NULL,
	`election_type` text NOT NULL,
	`questionnaire_version` integer NOT NULL,
	`month` text NOT NULL,
	`domain_scores` text NOT NULL,
	`maturities` text NOT NULL,
	`withdrawn` integer NOT NULL
);
--> statement-breakpoint
INSERT INTO `contributions_unsealed` SELECT `seq`, `organisation_kind`, `election_type`, `questionnaire_version`, `month`, `domain_scores`, `maturities`, `withdrawn` FROM `contributions`;--> statement-breakpoint
-- The new table has no AUTOINCREMENT: every seq is random and given at sharing.
CREATE TABLE `__new_contributions` (
	`seq` integer PRIMARY KEY NOT NULL,
	`sealed` blob NOT NULL,
	`withdrawal_token_hash` text NOT NULL,
	`withdrawn` integer DEFAULT false NOT NULL,
	`released_in` integer
);
--> statement-breakpoint
INSERT INTO `__new_contributions`("seq", "sealed", "withdrawal_token_hash", "withdrawn", "released_in") SELECT "seq", X'', "withdrawal_token_hash", "withdrawn", "released_in" FROM `contributions`;--> statement-breakpoint
DROP TABLE `contributions`;--> statement-breakpoint
ALTER TABLE `__new_contributions` RENAME TO `contributions`;--> statement-breakpoint
CREATE UNIQUE INDEX `contributions_withdrawal_token_hash_unique` ON `contributions` (`withdrawal_token_hash`);
