import type { Transporter } from 'nodemailer'

export interface MailMessage {
  to: string
  subject: string
  text: string
}

/** Sends account mail (invitations, password resets). `delivered: false` means nobody got it. */
export interface Mailer {
  send(message: MailMessage): Promise<{ delivered: boolean }>
}

/** Without SMTP: the message (and so its link) goes to the server log; nothing is delivered. */
export function logMailer(log: (line: string) => void): Mailer {
  return {
    send(message) {
      log(
        `Mail not sent (no SMTP configured) to ${message.to}: ${message.subject}\n${message.text}`,
      )
      return Promise.resolve({ delivered: false })
    },
  }
}

/** Delivers through an SMTP server given as a URL (smtp://user:pass@host:587, smtps://…). */
export function smtpMailer(url: string, from: string): Mailer {
  // nodemailer is loaded with the first message: most processes never send one.
  let transport: Promise<Transporter> | null = null
  return {
    async send(message) {
      transport ??= import('nodemailer').then((m) => m.default.createTransport(url))
      await (await transport).sendMail({ from, ...message })
      return { delivered: true }
    },
  }
}
