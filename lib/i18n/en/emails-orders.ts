// English catalogue: the order's e-mails. Mirrors lib/i18n/pl/emails-orders.ts key for key.
import type { Messages } from '../pl';

export const emailsOrders: Messages['emailsOrders'] = {
  orderPaid: {
    subject: (orderNumber: string) => `Payment received — order ${orderNumber}`,
    thanksLead: 'Thank you — PayU has confirmed the payment for order',
    confirmed: (orderNumber: string, total: string) =>
      `PayU has confirmed the payment for order ${orderNumber} (${total}).`,
    family: {
      button: 'My family',
      sentence:
        'The packages are active now: the children sign in with their own logins, and you can see the packages and what they include on the "My family" page.',
    },
    topUp: {
      button: 'Go to the group',
      sentence: 'The extra seats are in the group now: add participants to them on the group page.',
    },
    group: {
      button: 'Go to the group',
      sentence:
        'The group package is waiting in the "Groups" tab: there you accept the data processing agreement and add participants.',
    },
    courses: { button: 'My courses', sentence: 'The courses are available now in the "My courses" tab.' },
    invoice: {
      lead: 'VAT invoice:',
      both: 'You will also find both files on the',
      orderPage: 'order page',
      ksef: ', where the invoice’s KSeF number will appear.',
      pdfText: (link: string) => `VAT invoice (PDF): ${link}`,
      xmlText: (link: string) => `VAT invoice (XML, KSeF): ${link}`,
    },
    receipt: {
      lead: 'Download the proof of purchase as a',
      on: '; on the',
      ask: 'you can also ask for a VAT invoice.',
      pdfText: (link: string) => `Proof of purchase (PDF): ${link}`,
    },
    invoiceLater: {
      lead: 'Download the VAT invoice from the',
      orderPage: 'order page',
      text: (link: string) => `Order and VAT invoice: ${link}`,
    },
    contract: {
      title: 'Confirmation of the contract',
      titleText: 'CONFIRMATION OF THE CONTRACT',
      subject: (total: string) =>
        `Subject of the contract: the items above, total price (gross) ${total}. The contract was concluded on payment.`,
      seller: 'Seller:',
      registryCourt: (court: string) => `Registry court: ${court}`,
      shareCapital: (amount: string) => `share capital ${amount}`,
      sellerContact: (email: string, phone: string) => `e-mail: ${email}, phone ${phone}`,
      consent: (state: string) => `Request to start the service before the 14 days expire: ${state}`,
      attached: 'Attached:',
      copies:
        'Each document is attached in Polish — the binding original — and, where we have one, as an English courtesy translation.',
    },
  },
  invoiceCorrection: {
    subject: (number: string, orderNumber: string) => `Corrective invoice ${number} — order ${orderNumber}`,
    issued: (issueDate: string, number: string, invoiceNumber: string, orderNumber: string, amount: string) =>
      `On ${issueDate} we issued corrective invoice ${number} to invoice ${invoiceNumber} (order ${orderNumber}). It reduces the invoice by ${amount} gross — the amount we refunded.`,
    reason: (reason: string) => `Reason for the correction: ${reason}`,
    button: 'Download the corrective invoice (PDF)',
    xml: 'The structured invoice (XML, National e-Invoice System, KSeF):',
    pdfText: (link: string) => `Corrective invoice (PDF): ${link}`,
    xmlText: (link: string) => `Structured invoice (XML, KSeF): ${link}`,
  },
  refundSent: {
    subject: (orderNumber: string) => `Refund — order ${orderNumber}`,
    done: (finalizedAt: string, amount: string, orderNumber: string) =>
      `On ${finalizedAt} PayU completed a refund of ${amount} for order ${orderNumber}.`,
    way: 'The money goes back the way the payment came (to your account or card); banks usually book it within a few business days.',
    wayText: 'The money goes back the way the payment came; banks usually book it within a few business days.',
    reason: (reason: string) => `Reason for the refund: ${reason}`,
  },
  orderWithdrawal: {
    subject: (orderNumber: string) => `Confirmation of withdrawal from the contract — order ${orderNumber}`,
    received: (filedAt: string, orderNumber: string) =>
      `We confirm that on ${filedAt} we received your statement of withdrawal from the contract (order ${orderNumber}) concerning:`,
    accessEnded: 'Access to these courses ended at the moment of withdrawal.',
    refund: (amount: string) =>
      `We have ordered the refund of ${amount} through PayU — it goes back the way the payment came, within 14 days at the latest. We will write when PayU completes it.`,
    refundText: (amount: string) =>
      `We have ordered the refund of ${amount} through PayU — it goes back the way the payment came, within 14 days at the latest.`,
  },
  termsChanged: {
    subject: (effectiveFrom: string) => `Planeta's terms of service change on ${effectiveFrom}`,
    published: (version: string, effectiveFrom: string) =>
      `We have published a new version of the Planeta platform's terms of service (version ${version}). It takes effect on ${effectiveFrom}. The main changes:`,
    fullText: 'The full text and a description of the changes:',
    accept: 'After signing in you can accept the new version.',
    acceptText: (link: string) => `After signing in you can accept the new version: ${link}`,
    notice:
      'If you do not agree to it, you can give notice of the account agreement (and of a child’s package agreement) until the day it takes effect — the rules are in § 15 of the terms. Orders placed earlier keep the terms accepted with the order.',
    button: 'Read and accept',
  },
  accessEnding: {
    courseSubject: (what: string) => `Your access to the course "${what}" ends in a week`,
    familySubject: (what: string, childName: string) => `${what} (${childName}) ends in a week`,
    course: (what: string, lastDay: string) =>
      `Your access to the course "${what}" ends in a week — the last day is ${lastDay}. Until then you can finish the lessons and the final test. To extend access, buy the course again on its page.`,
    family: (what: string, childName: string, lastDay: string) =>
      `${what} for ${childName} ends in a week — the last day of learning is ${lastDay}. Choose the package for the next school year on the packages page.`,
    courseButton: 'Course page',
    familyButton: "Children's packages",
  },
};
