/** An old path answered with a redirect to its new place. */
export interface Redirect {
  id: string
  fromPath: string
  toPath: string
  statusCode: number
  source: string
}
