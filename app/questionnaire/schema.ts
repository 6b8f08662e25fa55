import { z } from "zod";
import { domainIds, efforts, measureOwners, milestones } from "./vocabulary";

// The lists live in a module without zod, so a page can use them without loading it.
export { domainIds, efforts, measureOwners, milestones };

/** Text that exists in Dutch (default) and English. */
export const localizedSchema = z.object({
  nl: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type Localized = z.infer<typeof localizedSchema>;

export const domainIdSchema = z.enum(domainIds);
export type DomainId = z.infer<typeof domainIdSchema>;

export const measureOwnerSchema = z.enum(measureOwners);
export type MeasureOwner = z.infer<typeof measureOwnerSchema>;

export const effortSchema = z.enum(efforts);
export type Effort = z.infer<typeof effortSchema>;

export const milestoneSchema = z.enum(milestones);
export type Milestone = z.infer<typeof milestoneSchema>;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "lower-case slug");

export const optionSchema = z.object({
  id: slug,
  label: localizedSchema,
  maturity: z.number().int().min(0).max(3),
});
export type Option = z.infer<typeof optionSchema>;

export const measureSchema = z.object({
  title: localizedSchema,
  detail: localizedSchema,
  owner: measureOwnerSchema,
  effort: effortSchema,
  timeframe: milestoneSchema,
  /**
   * The step needs an outside supplier (a hosting party, a domain registrar, a DDoS protection service), so the
   * plan puts it well before the campaign starts. When absent the plan decides from domain and effort.
   */
  needsSupplier: z.boolean().optional(),
});
export type Measure = z.infer<typeof measureSchema>;

/** Languages a source can be written in; a page in another language says so next to the link. */
export const sourceLanguages = ["nl", "en", "sv", "de", "fr"] as const;

export const sourceSchema = z.object({
  /** The source's key in the catalogue (questionnaire version 2 on); version 1 sources have none. */
  id: z
    .string()
    .regex(/^[a-z][A-Za-z0-9]*$/)
    .optional(),
  publisher: z.string().trim().min(1),
  title: z.string().trim().min(1),
  language: z.enum(sourceLanguages).optional(),
  /** Year of publication or of the version cited. */
  year: z.number().int().min(1990).max(2100).optional(),
  url: z.url({ protocol: /^https$/ }),
});
export type Source = z.infer<typeof sourceSchema>;

export const conditionSchema = z.object({
  questionId: slug,
  optionIds: z.array(slug).min(1),
});
export type Condition = z.infer<typeof conditionSchema>;

export const questionSchema = z.object({
  id: slug,
  domain: domainIdSchema,
  text: localizedSchema,
  /** A short name for the question's "find out" action ("Zoek uit: ..."); without it the basic measure's title is used. */
  shortTitle: localizedSchema.optional(),
  help: z.object({ why: localizedSchema, how: localizedSchema }),
  options: z.array(optionSchema).min(2).max(6),
  weight: z.number().int().min(1).max(3),
  critical: z.boolean(),
  allowNotApplicable: z.boolean(),
  condition: conditionSchema.optional(),
  sources: z.array(sourceSchema).min(1),
  measures: z.object({
    /** For maturity 0–1: the control is missing. */
    basic: measureSchema,
    /** For maturity 2: the control is partly there. */
    next: measureSchema,
  }),
});
export type Question = z.infer<typeof questionSchema>;

export const domainSchema = z.object({
  id: domainIdSchema,
  title: localizedSchema,
  intro: localizedSchema,
});
export type Domain = z.infer<typeof domainSchema>;

export const questionnaireSchema = z.object({
  version: z.number().int().positive(),
  title: localizedSchema,
  domains: z.array(domainSchema).length(domainIds.length),
  questions: z.array(questionSchema).min(1),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;
