// English catalogue: the contract confirmation on a durable medium (Art. 21 of the Consumer Rights
// Act). Mirrors lib/i18n/pl/contract.ts key for key. The withdrawal texts follow the English model
// of Annex I to Directive 2011/83/EU, of which annexes 1 and 2 to the Polish Act are the translation.
import type { Messages } from '../pl';

const act = 'the Consumer Rights Act';

export const contract: Messages['contract'] = {
  documents: {
    terms: (version: string) => `Terms of service, version ${version} (PDF)`,
    earlyStart: 'Confirmation of the request to start performance (PDF)',
    withdrawalInstruction: 'Information on the right of withdrawal (PDF)',
    withdrawalForm: 'Withdrawal form (PDF)',
    copy: (label: string, language: string) => `${label} — courtesy translation (${language})`,
    copyLanguage: { en: 'English', uk: 'Ukrainian' },
  },
  fileNames: {
    terms: (version: string) => `terms-${version}.pdf`,
    earlyStart: (order: string) => `early-start-request-${order}.pdf`,
    withdrawalInstruction: (order: string) => `withdrawal-information-${order}.pdf`,
    withdrawalForm: (order: string) => `withdrawal-form-${order}.pdf`,
  },
  statements: {
    rightLost: `The right of withdrawal expired when the digital content was made available, because its supply began at the buyer's express request, with acknowledgement of the loss of this right (Art. 38(1)(13) of ${act}).`,
    serviceProRata: (lastDay: string) =>
      `Until ${lastDay} inclusive you can withdraw from the service contract, paying for the services performed up to the moment of withdrawal (Art. 35 of ${act}).`,
    withdrawalRight: (lastDay: string) =>
      `Until ${lastDay} inclusive you can withdraw from the contract without giving a reason and get a refund of the whole payment (Art. 27 of ${act}).`,
    familyProcedure: (lastDay: string, familyUrl: string) =>
      `You can withdraw from a subject package contract until ${lastDay} inclusive, separately for each child: on the “My family” page (${familyUrl}), choose “Cancel or withdraw from the contract” next to the child's package. We refund the whole fee within 14 days, reduced only by the sibling discount (§ 5.3 of the package terms of service) if the remaining siblings are no longer entitled to it. Later you can cancel the package with a refund for the unused months (§ 7).`,
    business: 'This order was placed by a company: the statutory right of withdrawal is for consumers.',
  },
  consent: {
    given: (at: string) => `Yes — given in the order form ${at}.`,
    notGiven: 'No — the right of withdrawal has been kept.',
    notApplicable: 'Not applicable — the order was placed by a company.',
    family:
      'Not applicable — subject packages have their own withdrawal procedure (§ 8 of the package terms of service).',
  },
  page: {
    heading: 'Your contract',
    terms: (version: string, at: string) => `Terms of service version ${version}, accepted ${at}.`,
    consentLabel: 'Request to start performance before the 14 days are up:',
    documentsLabel: 'Contract documents (we e-mailed the same ones after payment):',
    withdrawHint:
      "You don't have to use the form: the “Withdraw from the contract” button below or an e-mail is enough.",
    original: 'in Polish, the binding original',
    copyLink: 'English translation',
    copiesNote: 'Only the Polish documents are binding; the English translations are for your information.',
  },
  pdf: {
    footer: (title: string, page: number, total: number) => `${title} — page ${page} of ${total}`,
    courtesy: {
      banner:
        'Courtesy translation. The contract was concluded in Polish and only the Polish original of this document, sent together with this translation, is binding. This translation is for your information only.',
      header: 'Courtesy translation — the Polish original is binding',
    },
    terms: {
      version: (version: string, from: string) => `Version ${version}, in force from ${from}.`,
      accepted: (order: string, at: string) => `Version accepted with order ${order} (${at}).`,
      section: (n: number, title: string) => `§ ${n}. ${title}`,
    },
    order: {
      heading: 'Contract',
      number: (n: string) => `Order no. ${n}`,
      concluded: (at: string) => `Date the contract was concluded: ${at}`,
      buyer: (name: string) => `Buyer: ${name}`,
      items: 'Subject of the contract:',
      item: (name: string, quantity: number, price: string) =>
        `${name}${quantity > 1 ? ` × ${quantity}` : ''} — ${price}`,
      total: (price: string) => `Total price (gross): ${price}`,
      seller: 'Seller:',
      sellerContact: (email: string, phone: string) => `e-mail: ${email}, tel. ${phone}`,
      sellerIds: (nip: string, krs: string) => `NIP ${nip}, KRS ${krs}`,
    },
    instruction: {
      title: 'Information on the right of withdrawal',
      lead: 'Information in accordance with Annex 1 to the Consumer Rights Act of 30 May 2014.',
      rightHeading: 'Right of withdrawal',
      right: (lastDay: string) => [
        'You have the right to withdraw from this contract within 14 days without giving any reason.',
        `The withdrawal period will expire after 14 days from the day of the conclusion of the contract; for this order — at the end of ${lastDay}.`,
      ],
      how: (seller: string, email: string, phone: string) =>
        `To exercise the right of withdrawal, you must inform us (${seller}, e-mail: ${email}, tel. ${phone}) of your decision to withdraw from this contract by an unequivocal statement (e.g. a letter sent by post or e-mail).`,
      form: 'You may use the attached model withdrawal form, but it is not obligatory.',
      online: (url: string) =>
        `You can also withdraw from the contract on the order page (${url}) with the “Withdraw from the contract” button. If you use this option, we will communicate to you an acknowledgement of receipt of such a withdrawal on a durable medium (by e-mail) without delay.`,
      inTime:
        'To meet the withdrawal deadline, it is sufficient for you to send your communication concerning your exercise of the right of withdrawal before the withdrawal period has expired.',
      effectsHeading: 'Effects of withdrawal',
      effects: [
        'If you withdraw from this contract, we shall reimburse to you all payments received from you without undue delay and in any event not later than 14 days from the day on which we are informed about your decision to withdraw from this contract.',
        'We will carry out such reimbursement using the same means of payment as you used for the initial transaction (refund via PayU), unless you have expressly agreed otherwise; in any event, you will not incur any fees as a result of such reimbursement.',
        'On withdrawal, access to the digital content covered by the contract ends.',
      ],
      proRata: `If you requested to begin the performance of services during the withdrawal period, you shall pay us an amount which is in proportion to what has been provided until you have communicated to us your withdrawal from this contract (Art. 35 of ${act}).`,
    },
    family: {
      lead: 'Information in accordance with Annex 1 to the Consumer Rights Act of 30 May 2014, with the provisions on Subject packages for children (§ 8 of the package terms of service).',
      heading: 'Subject packages for children',
      right:
        'You can withdraw from a Subject package contract separately for each child, even if the child has already started learning.',
      online: (familyUrl: string) =>
        `The simplest way is on the “My family” page (${familyUrl}): choose “Cancel or withdraw from the contract” next to the child's package. Before you confirm, the page shows the refund, any deduction of the sibling discount and the amount to be paid out; we will e-mail you an acknowledgement of receipt of the withdrawal without delay. Packages in this order:`,
      packageLink: (name: string, url: string) => `${name}: ${url}`,
      effects: [
        `If you withdraw from a Package contract, we shall reimburse to you all payments received under that contract without undue delay and in any event not later than 14 days from the day on which we are informed about your decision, using the same means of payment (refund via PayU), without any fees. We do not charge for the period of learning up to the withdrawal (Art. 35 of ${act}).`,
        "On withdrawal, the child's access to the package ends.",
      ],
      setOffHeading: 'Sibling discount on withdrawal (§ 5.3 of the package terms of service)',
      setOff:
        'The discount for the second and every further child applies only because another child has a Standard Package paid at the full price. If you withdraw from the package contract of the child who paid the full price, the remaining child loses the basis for the discount: we set the discount amount off against the refund for the leaving child (Art. 498 of the Civil Code), never beyond that refund, and the remaining child keeps the package without a surcharge. If the child for whom the discount was deducted later leaves too, the deducted amount is returned with their refund.',
      formNote: 'With several packages, please cross out the packages of the children the withdrawal does not concern.',
    },
    form: {
      title: 'Model withdrawal form',
      lead: 'Annex 2 to the Consumer Rights Act of 30 May 2014.',
      note: '(complete and return this form only if you wish to withdraw from the contract)',
      addressee: (seller: string, address: string, email: string) => `To: ${seller}, ${address}, e-mail: ${email}`,
      statement:
        'I/We(*) hereby give notice that I/We(*) withdraw from my/our(*) contract for the supply of the following digital content(*)/for the provision of the following service(*):',
      concluded: (at: string) => `Date the contract was concluded: ${at}`,
      number: (n: string) => `Order number: ${n}`,
      blanks: [
        'Name of consumer(s):',
        'Address of consumer(s):',
        'Signature of consumer(s) (only if this form is notified on paper):',
        'Date:',
      ],
      strike: '(*) Delete as appropriate.',
    },
    earlyStart: {
      title: 'Confirmation of the request to start performance before the end of the withdrawal period',
      lead: (order: string, at: string) =>
        `We confirm that when placing order no. ${order} (${at}), you ticked a separate box in the order form, not ticked by default, reading:`,
      digitalHeading: `Digital content — the right of withdrawal has expired (Art. 38(1)(13) of ${act})`,
      digital:
        'Performance began with your express prior consent, after you were informed of, and acknowledged, the loss of the right of withdrawal. Once the content below is made available, the right of withdrawal no longer applies:',
      serviceHeading: `Services — withdrawal with payment for the part performed (Art. 35 of ${act})`,
      service: (lastDay: string) =>
        `The right to withdraw from the contract for the services below applies until ${lastDay} inclusive; after withdrawal you pay for the services performed up to the moment of withdrawal, and once the service has been fully performed, the right of withdrawal expires (Art. 38(1)(1)):`,
      rights:
        'This does not affect your rights if the digital content or the service does not conform to the contract (complaints — the “Complaints” section of the terms of service).',
    },
  },
  file: { signIn: 'Sign in to download the document.', missing: 'Document not found.' },
  mailbox: { attachments: 'Attachments', none: 'No attachments.', unknown: (kind: string) => `Attachment ${kind}` },
};
