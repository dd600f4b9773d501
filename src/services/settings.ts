import type { FieldError } from '../domain/errors.js'
import { InvalidInputError } from '../domain/errors.js'
import { validatePermalinkPattern } from '../domain/permalink.js'
import type { Actor } from '../domain/roles.js'
import { requireRole } from '../domain/roles.js'
import type { PolicyPages, Settings } from '../domain/settings.js'
import { canonicalLocale, defaultSettings, policyKinds } from '../domain/settings.js'
import type { ColourToken, LookName, Theming, TypefaceName } from '../domain/theming.js'
import { colourTokens, lookNames, themingErrors, typefaceNames } from '../domain/theming.js'
import { isValidTimeZone } from '../domain/time.js'
import type { Repos } from '../store/index.js'
import type { Deps } from './deps.js'
import { audit } from './deps.js'

/** The publication's settings, defaults filled in. */
export async function getSettings(repos: Pick<Repos, 'settings'>): Promise<Settings> {
  const stored = await repos.settings.getAll()
  const merged: Record<string, unknown> = { ...defaultSettings }
  for (const key of Object.keys(defaultSettings)) if (key in stored) merged[key] = stored[key]
  merged.policies = policiesOf(stored.policies)
  merged.theming = themingOf(stored.theming)
  return merged as unknown as Settings
}

/** Stored policy pages with every kind present (null when unset or not an id). */
function policiesOf(stored: unknown): PolicyPages {
  const given = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >
  return Object.fromEntries(
    policyKinds.map((k) => {
      const id = given[k]
      return [k, typeof id === 'string' ? id : null]
    }),
  ) as PolicyPages
}

/**
 * Stored theming with every part present and nothing the site cannot draw: a value written by an
 * older version, or restored from an export, falls back part by part to the defaults.
 */
function themingOf(stored: unknown): Theming {
  const given = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Theming>
  const colours = (scheme: 'light' | 'dark') =>
    Object.fromEntries(
      Object.entries(given.colours?.[scheme] ?? {}).filter(
        ([token, value]) =>
          colourTokens.includes(token as ColourToken) &&
          typeof value === 'string' &&
          /^#[0-9a-f]{6}$/i.test(value),
      ),
    )
  const look = lookNames.includes(given.look as LookName) ? (given.look as LookName) : 'default'
  const typeface = typefaceNames.includes(given.typeface as TypefaceName)
    ? (given.typeface as TypefaceName)
    : null
  return { look, typeface, colours: { light: colours('light'), dark: colours('dark') } }
}

/**
 * A change of theming: the look and typeface replace the current ones; a colour scheme given
 * replaces that scheme's overrides (`{}` removes them), one left out stays.
 */
export interface ThemingPatch {
  look?: Theming['look']
  typeface?: Theming['typeface']
  colours?: Partial<Theming['colours']>
}

function mergeTheming(current: Theming, change: ThemingPatch): Theming {
  return {
    look: change.look ?? current.look,
    typeface: change.typeface === undefined ? current.typeface : change.typeface,
    colours: { ...current.colours, ...change.colours },
  }
}

/** A change of settings: any of them, and any of the policy pages (the others stay). */
export type SettingsPatch = Partial<Omit<Settings, 'policies' | 'theming'>> & {
  policies?: Partial<PolicyPages>
  theming?: ThemingPatch
}

/**
 * Changes settings (admins only). A policy must be a static page (kind `page`).
 * Throws ForbiddenError or InvalidInputError.
 */
export async function updateSettings(
  deps: Deps,
  actor: Actor,
  change: SettingsPatch,
): Promise<Settings> {
  requireRole(actor, 'admin', 'change settings')
  const errors: FieldError[] = []
  let patch: Partial<Settings> = { ...change, policies: undefined, theming: undefined }
  if (change.theming !== undefined) {
    const theming = mergeTheming((await getSettings(deps.store)).theming, change.theming)
    errors.push(...themingErrors(theming))
    patch = { ...patch, theming }
  }
  if (change.policies !== undefined) {
    const current = (await getSettings(deps.store)).policies
    const policies = { ...current, ...change.policies }
    for (const kind of policyKinds) {
      const id = change.policies[kind]
      if (typeof id !== 'string') continue
      const page = await deps.store.articles.findById(id)
      if (page === null || page.kind !== 'page')
        errors.push({ field: `policies.${kind}`, message: `no page “${id}”` })
    }
    patch = { ...patch, policies }
  }
  if (patch.timeZone !== undefined && !isValidTimeZone(patch.timeZone))
    errors.push({ field: 'timeZone', message: 'is not a known IANA time zone' })
  const locale = patch.locale === undefined ? undefined : canonicalLocale(patch.locale)
  if (locale === null)
    errors.push({ field: 'locale', message: 'is not a BCP 47 language tag such as en-GB' })
  else if (locale !== undefined) patch = { ...patch, locale }
  if (patch.title !== undefined && patch.title.trim() === '')
    errors.push({ field: 'title', message: 'is required' })
  if (
    patch.publicUrl !== undefined &&
    patch.publicUrl !== null &&
    !/^https?:\/\/[^/\s]+$/.test(patch.publicUrl.replace(/\/$/, ''))
  ) {
    errors.push({
      field: 'publicUrl',
      message: 'must be an origin such as https://news.example.com',
    })
  }
  if (patch.permalinkPattern !== undefined) {
    try {
      validatePermalinkPattern(patch.permalinkPattern)
    } catch (error) {
      if (error instanceof InvalidInputError) errors.push(...error.errors)
      else throw error
    }
  }
  if (
    typeof patch.logoMediaId === 'string' &&
    (await deps.store.media.findById(patch.logoMediaId)) === null
  )
    errors.push({ field: 'logoMediaId', message: `no media “${patch.logoMediaId}”` })
  if (errors.length > 0) throw new InvalidInputError('The settings are invalid.', errors)
  const result = await deps.store.transaction(async (tx) => {
    for (const [key, value] of Object.entries(patch)) {
      if (key in defaultSettings && value !== undefined)
        await tx.settings.set(
          key,
          key === 'publicUrl' && typeof value === 'string' ? value.replace(/\/$/, '') : value,
        )
    }
    await audit(
      tx,
      deps,
      actor,
      'settings.update',
      { type: 'settings', id: null },
      { keys: Object.keys(change) },
    )
    return getSettings(tx)
  })
  deps.events.emit({ type: 'settings.changed' })
  return result
}
