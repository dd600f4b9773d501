/** The allow-list lives in the domain so the newsroom editor previews exactly what the site frames. */
export { embedFor, embedOrigins, recogniseEmbed } from '../domain/embeds.js'
