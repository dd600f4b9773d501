import type { FastifyReply, FastifyRequest } from 'fastify'
import { LogController } from 'fastify'

/**
 * Fastify's request lines ("incoming request", "request completed") at `debug` instead of
 * `info`: at `info`, a browser loading the site writes dozens of them and buries what an operator
 * must read (the first start's sign-in, mail links when no SMTP is set). Errors keep their level;
 * `MASTHEAD_LOG_LEVEL=debug` shows every request again.
 */
export class RequestLog extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return
    request.log.debug({ req: request }, 'incoming request')
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error !== null && error !== undefined) {
      super.requestCompleted(error, request, reply)
      return
    }
    if (this.isLogDisabled(request)) return
    reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'request completed')
  }
}
