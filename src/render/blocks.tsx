import type { JSX } from 'preact'
import type { Block, List, ListItem, Paragraph, QuoteAttrs } from '../domain/block-document.js'
import { isHttpUrl } from '../domain/block-document.js'
import type { Media } from '../domain/media.js'
import type { Attribution } from '../domain/attribution.js'
import { attributionPieces, quoteCite } from './attribution-words.js'
import { Caption, Embed, Img } from './body-media.js'
import type { Inlines } from './inlines.js'
import { hrefOf, inlines } from './inlines.js'
import type { ImageInfo } from './views.js'

/** What the body renderer needs from the page: the pictures it references, and how to link them. */
interface BodyContext {
  media: Map<string, Media>
  image(media: Media): ImageInfo
  /**
   * Whether the story is sponsored (paid for): its links to other sites then carry
   * `rel="sponsored"` beside `noopener`, as search engines ask of paid links.
   */
  sponsored?: boolean
  /** The story's attributions, which its quotes name by id (none for older stories). */
  attributions?: readonly Attribution[]
  /** Formats a day (YYYY-MM-DD) as readers read dates, for "said on …". */
  formatDay?: (day: string) => string
}

/**
 * The article body. Every string goes through preact's escaping; no raw HTML is ever emitted.
 * A dateline ("KYIV") opens the first paragraph, or stands before the body when it does not open
 * with one.
 */
export function Body({
  blocks,
  ctx,
  dateline = null,
}: {
  blocks: Block[]
  ctx: BodyContext
  dateline?: string | null
}) {
  const rel: Inlines = {
    rel: ctx.sponsored === true ? 'sponsored noopener' : 'noopener',
    attributions: new Map((ctx.attributions ?? []).map((a) => [a.id, a])),
    formatDay: ctx.formatDay ?? ((day) => day),
  }
  if (dateline === null) return <>{blocks.map((b, i) => renderBlock(b, ctx, rel, i))}</>
  const [first, ...rest] = blocks
  const mark = <Dateline place={dateline} />
  if (first?.type !== 'paragraph')
    return (
      <>
        <p class="story-dateline-alone">{mark}</p>
        {blocks.map((b, i) => renderBlock(b, ctx, rel, i))}
      </>
    )
  return (
    <>
      <p key={0}>
        {mark} {inlines(first.content, rel)}
      </p>
      {rest.map((b, i) => renderBlock(b, ctx, rel, i + 1))}
    </>
  )
}

/** "KYIV —": where the story was reported from, in the style of a wire dateline. */
function Dateline({ place }: { place: string }) {
  return (
    <span class="story-dateline">
      <span class="story-dateline-place">{place}</span> —
    </span>
  )
}

function renderBlock(
  block: Block,
  ctx: BodyContext,
  rel: Inlines,
  key: number,
): JSX.Element | null {
  switch (block.type) {
    case 'paragraph':
      return <p key={key}>{inlines(block.content, rel)}</p>
    case 'heading': {
      const Tag = `h${block.attrs.level}` as const
      return <Tag key={key}>{inlines(block.content, rel)}</Tag>
    }
    case 'blockquote':
      return <Quote key={key} attrs={block.attrs ?? {}} content={block.content} rel={rel} />
    case 'figure':
      return <BodyFigure key={key} attrs={block.attrs} ctx={ctx} />
    case 'bulletList':
    case 'orderedList':
      return renderList(block, rel, key)
    case 'horizontalRule':
      return <hr key={key} />
    case 'embed':
      return <Embed key={key} url={block.attrs.url} rel={rel} />
  }
}

function renderList(list: List, rel: Inlines, key: number): JSX.Element {
  const items = list.content.map((item: ListItem, i) => (
    <li key={i}>{item.content.map((c, j) => listChild(c, rel, j))}</li>
  ))
  if (list.type === 'orderedList') {
    const start = list.attrs?.start
    return (
      <ol key={key} start={start !== undefined && start !== 1 ? start : undefined}>
        {items}
      </ol>
    )
  }
  return <ul key={key}>{items}</ul>
}

function listChild(c: Paragraph | List, rel: Inlines, key: number): JSX.Element {
  return c.type === 'paragraph' ? (
    <p key={key}>{inlines(c.content, rel)}</p>
  ) : (
    renderList(c, rel, key)
  )
}

function Quote({
  attrs,
  content,
  rel,
}: {
  attrs: QuoteAttrs
  content: (Paragraph | List)[]
  rel: Inlines
}) {
  const attributed =
    attrs.attribution !== undefined ? rel.attributions.get(attrs.attribution) : undefined
  if (attributed !== undefined)
    return <AttributedQuote attribution={attributed} content={content} rel={rel} />
  const hasSource = attrs.source !== undefined && attrs.source !== ''
  const sourceUrl =
    attrs.sourceUrl !== undefined && isHttpUrl(attrs.sourceUrl) ? hrefOf(attrs.sourceUrl) : null
  const attribution =
    (attrs.speaker ?? '') !== '' || hasSource ? (
      <figcaption>
        {attrs.speaker !== undefined && attrs.speaker !== '' && (
          <span class="speaker">{attrs.speaker}</span>
        )}
        {attrs.role !== undefined && attrs.role !== '' && <span class="role">, {attrs.role}</span>}
        {hasSource && (
          // The source says where or how it was said ("told the Courier", "in a statement", a
          // programme or paper's name): it follows the speaker as a clause of its own.
          <span class="source">
            {(attrs.speaker ?? '') !== '' || (attrs.role ?? '') !== '' ? ', ' : ''}
            <cite>
              {sourceUrl !== null ? (
                // Unchanged for other stories; paid content marks every outbound link.
                <a href={sourceUrl} rel={rel.rel === 'noopener' ? undefined : rel.rel}>
                  {attrs.source}
                </a>
              ) : (
                attrs.source
              )}
            </cite>
          </span>
        )}
      </figcaption>
    ) : null
  return (
    <figure class="quote">
      <blockquote cite={sourceUrl ?? undefined}>
        {content.map((c, i) => listChild(c, rel, i))}
      </blockquote>
      {attribution}
    </figure>
  )
}

/**
 * A quote with a structured attribution: the speaker, their role and how the statement is sourced,
 * in words, under it ("…, said on background, according to Interfax").
 */
function AttributedQuote({
  attribution,
  content,
  rel,
}: {
  attribution: Attribution
  content: (Paragraph | List)[]
  rel: Inlines
}) {
  const pieces = attributionPieces(attribution, rel.formatDay)
  return (
    <figure class="quote">
      <blockquote cite={quoteCite(attribution) ?? undefined}>
        {content.map((c, i) => listChild(c, rel, i))}
      </blockquote>
      {pieces.length > 0 && (
        <figcaption>
          {pieces.map((p, i) => {
            const link = (text: string) =>
              p.href !== undefined ? (
                <a href={hrefOf(p.href) ?? undefined} rel={rel.rel}>
                  {text}
                </a>
              ) : (
                text
              )
            return (
              <span class={p.kind === 'relayed' ? 'source' : p.kind}>
                {i > 0 ? ', ' : ''}
                {p.lead}
                {p.cite === true ? <cite>{link(p.text)}</cite> : link(p.text)}
              </span>
            )
          })}
        </figcaption>
      )}
    </figure>
  )
}

function BodyFigure({
  attrs,
  ctx,
}: {
  attrs: { mediaId?: string; src?: string; alt?: string; caption?: string; credit?: string }
  ctx: BodyContext
}) {
  const media = attrs.mediaId !== undefined ? ctx.media.get(attrs.mediaId) : undefined
  const info: ImageInfo | null =
    media !== undefined
      ? ctx.image(media)
      : attrs.src !== undefined && isHttpUrl(attrs.src)
        ? {
            src: hrefOf(attrs.src) ?? '',
            srcset: null,
            sources: [],
            width: null,
            height: null,
            alt: '',
            mime: '',
          }
        : null
  if (info === null) return null
  const caption = attrs.caption ?? media?.caption ?? ''
  const credit = attrs.credit ?? media?.credit ?? ''
  return (
    <figure class="figure">
      <Img
        info={info}
        alt={attrs.alt ?? media?.alt ?? ''}
        sizes="(min-width: 720px) 680px, 100vw"
      />
      <Caption caption={caption} credit={credit} />
    </figure>
  )
}
