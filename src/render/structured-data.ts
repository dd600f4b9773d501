import type { Article, Correction } from '../domain/article.js'
import type { Author } from '../domain/taxonomy.js'
import type { Media } from '../domain/media.js'
import type { Entity } from '../domain/entity.js'
import { isBasisOf, quotations, sourceWork } from './quotations.js'
import { policyProperties, workTypeSchemaTypes } from './trust-labels.js'
import type { ImageInfo, SiteView } from './views.js'

/** schema.org vocabulary for search engines: https://schema.org/NewsArticle and friends. */
type Thing = Record<string, unknown>

export function organization(site: SiteView): Thing {
  const logo = site.logo !== null ? site.links.image(site.logo) : null
  return {
    '@type': 'NewsMediaOrganization',
    name: site.title,
    url: `${site.links.origin}/`,
    ...(logo !== null ? { logo: imageObject(logo) } : {}),
    ...policies(site),
  }
}

/**
 * The publication's policy pages as NewsMediaOrganization properties, absolute URLs; the ethics
 * policy is also its `publishingPrinciples`.
 */
function policies(site: SiteView): Thing {
  const out: Thing = {}
  for (const p of site.policies) {
    const url = `${site.links.origin}${p.path}`
    if (p.kind === 'ethics') out.publishingPrinciples = url
    out[policyProperties[p.kind]] = url
  }
  return out
}

function imageObject(info: ImageInfo): Thing {
  return {
    '@type': 'ImageObject',
    url: info.src,
    ...(info.width !== null ? { width: info.width } : {}),
    ...(info.height !== null ? { height: info.height } : {}),
  }
}

/** A NewsArticle with its bylines, picture, sections and any public corrections. */
export function newsArticle(
  site: SiteView,
  article: Article,
  authors: Author[],
  hero: Media | null,
  corrections: Correction[],
  entities: ReadonlyMap<string, Entity> = new Map(),
): Thing {
  const quoted = quotations(article.body, article.attributions, entities)
  const basis = article.sources.filter(isBasisOf)
  const url = `${site.links.origin}${site.links.articlePath(article)}`
  const image = hero !== null ? site.links.image(hero) : null
  return {
    '@context': 'https://schema.org',
    '@type': article.kind === 'page' ? 'WebPage' : workTypeSchemaTypes[article.workType],
    mainEntityOfPage: url,
    url,
    headline: article.headline,
    description: article.seoDescription ?? article.dek,
    ...(image !== null ? { image: [image.src] } : {}),
    ...(article.publishedAt !== null
      ? {
          // A date-only source stays a date (schema.org allows Date here): no invented midnight.
          datePublished:
            article.publishedPrecision === 'day'
              ? article.publishedAt.slice(0, 10)
              : article.publishedAt,
        }
      : {}),
    dateModified: article.updatedAt ?? article.publishedAt ?? article.editedAt,
    author: authors.map((a) => ({
      '@type': a.isWire ? 'Organization' : 'Person',
      name: a.name,
      url: `${site.links.origin}${site.links.authorPath(a.slug)}`,
    })),
    publisher: organization(site),
    articleSection: article.sections.map((s) => s.name),
    ...(article.tags.length > 0 ? { keywords: article.tags.map((t) => t.name) } : {}),
    ...(article.language !== null ? { inLanguage: article.language } : {}),
    ...(article.dateline !== null && article.kind === 'article'
      ? {
          // Where it was reported from, which is also what it is about.
          locationCreated: { '@type': 'Place', name: article.dateline },
          contentLocation: { '@type': 'Place', name: article.dateline },
        }
      : {}),
    // Attributed reporting: the sources it cites and rests on, and each attributed quote.
    ...(article.sources.length > 0 ? { citation: article.sources.map(sourceWork) } : {}),
    ...(basis.length > 0 ? { isBasedOn: basis.map(sourceWork) } : {}),
    ...(quoted.length > 0 ? { hasPart: quoted } : {}),
    ...(corrections.some((c) => c.withdrawn === null)
      ? {
          // The current wording of each correction still standing (a withdrawn one is not).
          correction: corrections
            .filter((c) => c.withdrawn === null)
            .map((c) => ({
              '@type': 'CorrectionComment',
              text: c.text,
              datePublished: c.createdAt,
            })),
        }
      : {}),
  }
}

/** A BreadcrumbList from (name, path) pairs, outermost first. */
export function breadcrumbs(site: SiteView, trail: { name: string; path: string }[]): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((t, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: t.name,
      item: `${site.links.origin}${t.path}`,
    })),
  }
}

/** A list page: CollectionPage, or ProfilePage (with the Person) for an author. */
export function collectionPage(
  site: SiteView,
  input: {
    name: string
    description: string
    path: string
    author: Author | null
    photo: ImageInfo | null
  },
): Thing {
  const url = `${site.links.origin}${input.path}`
  const base = {
    '@context': 'https://schema.org',
    url,
    name: input.name,
    description: input.description,
    isPartOf: { '@type': 'WebSite', name: site.title, url: `${site.links.origin}/` },
  }
  if (input.author === null) return { ...base, '@type': 'CollectionPage' }
  return {
    ...base,
    '@type': 'ProfilePage',
    mainEntity: {
      '@type': input.author.isWire ? 'Organization' : 'Person',
      name: input.author.name,
      description: input.author.bio,
      url,
      ...(input.photo !== null ? { image: input.photo.src } : {}),
      ...(input.author.jobTitle !== null && !input.author.isWire
        ? { jobTitle: input.author.jobTitle }
        : {}),
      ...(input.author.expertise.length > 0 ? { knowsAbout: input.author.expertise } : {}),
      ...(input.author.profileLinks.length > 0 ? { sameAs: input.author.profileLinks } : {}),
    },
  }
}
