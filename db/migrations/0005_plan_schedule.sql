ALTER TABLE `assessments` ADD `nomination_date` text;--> statement-breakpoint
ALTER TABLE `plan_actions` ADD `owner_role` text;