import nodemailer from 'nodemailer'

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
  const transport = nodemailer.createTransport(url)
  return {
    async send(message) {
      await transport.sendMail({ from, ...message })
      return { delivered: true }
    },
  }
}
