CREATE TABLE `insights_periods` (
	`period` text PRIMARY KEY NOT NULL,
	`decided_at` integer NOT NULL,
	`release_id` integer
);
--> statement-breakpoint
ALTER TABLE `assessments` ADD `shared` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Keep only the yes/no: the date of sharing and the plain withdrawal token are what linked a contribution to its party.
UPDATE `assessments` SET `shared` = 1 WHERE `shared_at` IS NOT NULL;--> statement-breakpoint
ALTER TABLE `assessments` DROP COLUMN `shared_at`;--> statement-breakpoint
ALTER TABLE `assessments` DROP COLUMN `share_token`;--> statement-breakpoint
ALTER TABLE `contributions` ADD `released_in` integer;--> statement-breakpoint
-- Contributions shared so far: the first release whose highest seq reached them (seqs were consecutive then).
UPDATE `contributions` SET `released_in` = (SELECT min(`releases`.`id`) FROM `releases` WHERE `releases`.`max_seq` >= `contributions`.`seq`);--> statement-breakpoint
-- The audit events of sharing named the organisation, the assessment and the minute: the link itself.
DELETE FROM `audit_events` WHERE `action` IN ('assessment_shared', 'assessment_share_withdrawn');
