// The fixed lists the questionnaire content is written with. Plain constants without zod, so a page can
// use them (the plan's owner and milestone choices) without loading the schema library; schema.ts builds
// its zod enums from them.

export const domainIds = ["governance", "accounts", "devices", "email_web", "disinformation", "candidates", "people"] as const;

/** Who carries out a measure inside the party. */
export const measureOwners = ["it_lead", "campaign_manager", "communications_lead", "candidate_coordinator", "board", "secretary", "treasurer"] as const;

export const efforts = ["small", "medium", "large"] as const;

/** The election milestones a campaign works towards, in time order. */
export const milestones = [
  "now",
  "nomination_day",
  "candidate_lists_published",
  "campaign_start",
  "two_weeks_before",
  "election_day",
  "after_election",
] as const;
