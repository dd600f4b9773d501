import type { WorkType } from '../domain/attribution.js'
import type { PolicyKind } from '../domain/settings.js'

/**
 * The label readers see on a story of each type of work; news carries none (it is the default,
 * and a label on every story would be noise).
 */
export const workTypeLabels: Record<WorkType, string | null> = {
  news: null,
  analysis: 'Analysis',
  opinion: 'Opinion',
  review: 'Review',
  explainer: 'Explainer',
  sponsored: 'Sponsored',
}

/** The schema.org type of each type of work (https://schema.org/NewsArticle and its subtypes). */
export const workTypeSchemaTypes: Record<WorkType, string> = {
  news: 'NewsArticle',
  analysis: 'AnalysisNewsArticle',
  opinion: 'OpinionNewsArticle',
  review: 'ReviewNewsArticle',
  explainer: 'BackgroundNewsArticle',
  sponsored: 'AdvertiserContentArticle',
}

/** How the footer names each policy page. */
export const policyLabels: Record<PolicyKind, string> = {
  ethics: 'Ethics policy',
  corrections: 'Corrections policy',
  unnamedSources: 'Unnamed sources',
  diversity: 'Diversity',
  ownershipFunding: 'Ownership and funding',
  masthead: 'Masthead',
}

/** The NewsMediaOrganization property that links each policy page. */
export const policyProperties: Record<PolicyKind, string> = {
  ethics: 'ethicsPolicy',
  corrections: 'correctionsPolicy',
  unnamedSources: 'unnamedSourcesPolicy',
  diversity: 'diversityPolicy',
  ownershipFunding: 'ownershipFundingInfo',
  masthead: 'masthead',
}
