/**
 * How figures, embeds and quotes look and are edited inside the body. The schema stays in
 * editor-schema/; these views only add the fields a writer fills in (credit, speaker…) and a
 * preview. Inputs here stop ProseMirror's event handling (Tiptap's NodeView.stopEvent).
 */
import type { ReactNodeViewProps } from '@tiptap/react'
import { NodeViewContent, NodeViewWrapper, ReactNodeViewRenderer } from '@tiptap/react'
import { useQuery } from '@tanstack/react-query'
import { createContext, useContext, useId } from 'react'
import { isHttpUrl } from '../../../domain/block-document.js'
import { recogniseEmbed } from '../../../domain/embeds.js'
import { Blockquote, Embed, Figure } from '../../editor-schema/index.js'
import { getMedia } from './article-api'

/** Problems the server named inside the body, by path (`body.content.3.attrs.credit`). */
export const BodyProblems = createContext<(path: string) => string | undefined>(() => undefined)

const str = (value: unknown) => (typeof value === 'string' ? value : '')

function topIndex(props: ReactNodeViewProps): number | null {
  const pos = props.getPos()
  return typeof pos === 'number' ? props.editor.state.doc.resolve(pos).index(0) : null
}

function AttrInput(props: {
  label: string
  name: string
  node: ReactNodeViewProps
  error?: string | undefined
  hint?: string
  type?: string
  required?: boolean
}) {
  const id = useId()
  const { node } = props
  const value = str(node.node.attrs[props.name])
  return (
    <div className={`node-field${props.error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required && <span className="required"> (required)</span>}
      </label>
      <input
        id={id}
        type={props.type ?? 'text'}
        value={value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error || props.hint ? `${id}-note` : undefined}
        onChange={(e) => node.updateAttributes({ [props.name]: e.target.value || null })}
      />
      {(props.error ?? props.hint) && (
        <p id={`${id}-note`} className={props.error ? 'field-error' : 'field-hint'}>
          {props.error ?? props.hint}
        </p>
      )}
    </div>
  )
}

function FigureView(props: ReactNodeViewProps) {
  const problemAt = useContext(BodyProblems)
  const index = topIndex(props)
  const mediaId = str(props.node.attrs.mediaId)
  const media = useQuery({
    queryKey: ['media', mediaId],
    queryFn: () => getMedia(mediaId),
    enabled: mediaId !== '',
    staleTime: 300_000,
  })
  const src = mediaId !== '' ? media.data?.url : str(props.node.attrs.src)
  const at = (name: string) =>
    index === null ? undefined : problemAt(`body.content.${index}.attrs.${name}`)
  const credit = str(props.node.attrs.credit)
  return (
    <NodeViewWrapper
      className={`node figure-node${props.selected ? ' is-selected' : ''}`}
      data-drag-handle=""
    >
      <div className="figure-preview">
        {src ? <img src={src} alt="" /> : <span className="muted">Photo {mediaId}</span>}
      </div>
      <div className="node-fields" role="group" aria-label="Photo details">
        <AttrInput
          label="Alt text"
          name="alt"
          node={props}
          error={at('alt')}
          hint="What the photo shows, for readers who cannot see it"
        />
        <AttrInput label="Caption" name="caption" node={props} error={at('caption')} />
        <AttrInput
          label="Photo credit"
          name="credit"
          node={props}
          required
          error={
            at('credit') ??
            (credit === '' ? 'A photo needs a credit before it is published.' : undefined)
          }
        />
        <button type="button" className="button quiet small" onClick={() => props.deleteNode()}>
          Remove photo
        </button>
      </div>
    </NodeViewWrapper>
  )
}

function EmbedView(props: ReactNodeViewProps) {
  const url = str(props.node.attrs.url)
  const known = recogniseEmbed(url)
  return (
    <NodeViewWrapper
      className={`node embed-node${props.selected ? ' is-selected' : ''}`}
      data-drag-handle=""
    >
      {known?.kind === 'player' ? (
        <iframe
          src={known.src}
          title={known.title}
          className={`embed-${known.shape}`}
          sandbox="allow-scripts allow-same-origin allow-presentation"
          loading="lazy"
          referrerPolicy="no-referrer"
        />
      ) : (
        <p className={known ? 'embed-card' : 'muted'}>
          {known
            ? `${known.title}: shown on the site as a card with a link (${known.provider} posts cannot be framed).`
            : 'Shown on the site as a link: this address is not on the list of players we embed.'}
        </p>
      )}
      <p className="embed-url">
        <span className="visually-hidden">Embed address: </span>
        {url}
      </p>
      <button type="button" className="button quiet small" onClick={() => props.deleteNode()}>
        Remove embed
      </button>
    </NodeViewWrapper>
  )
}

function QuoteView(props: ReactNodeViewProps) {
  const problemAt = useContext(BodyProblems)
  const index = topIndex(props)
  const at = (name: string) =>
    index === null ? undefined : problemAt(`body.content.${index}.attrs.${name}`)
  const sourceUrl = str(props.node.attrs.sourceUrl)
  return (
    <NodeViewWrapper as="blockquote" className="node quote-node">
      <NodeViewContent className="quote-text" />
      <div
        className="node-fields quote-fields"
        role="group"
        aria-label="Quote attribution"
        contentEditable={false}
      >
        <AttrInput label="Speaker" name="speaker" node={props} error={at('speaker')} />
        <AttrInput label="Role" name="role" node={props} error={at('role')} />
        <AttrInput label="Source" name="source" node={props} error={at('source')} />
        <AttrInput
          label="Source URL"
          name="sourceUrl"
          type="url"
          node={props}
          error={
            at('sourceUrl') ??
            (sourceUrl !== '' && !isHttpUrl(sourceUrl)
              ? 'Saved once it is a full address starting with https://'
              : undefined)
          }
        />
      </div>
    </NodeViewWrapper>
  )
}

/** The schema's nodes with their editing views (the schema itself is unchanged). */
export const FigureWithView = Figure.extend({
  addNodeView: () => ReactNodeViewRenderer(FigureView),
})
export const EmbedWithView = Embed.extend({ addNodeView: () => ReactNodeViewRenderer(EmbedView) })
export const QuoteWithView = Blockquote.extend({
  addNodeView: () => ReactNodeViewRenderer(QuoteView),
})
