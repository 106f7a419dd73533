// English catalogue: invoicing (buyer's address, shipping of Premium's books, invoice after a
// receipt). Mirrors lib/i18n/pl/invoices.ts key for key.
import type { Messages } from '../pl';

export const invoices: Messages['invoices'] = {
  address: {
    legend: 'Invoice details',
    intro: 'We issue the invoice to the parent — please enter your home address (required by the VAT Act).',
    remembered: "We've filled in the address from your previous order — please check it's still up to date.",
    street: 'Street and house number',
    postalCode: 'Postcode',
    postalCodeHint: (example: string) => `E.g. ${example}`,
    city: 'Town or city',
    country: 'Country',
    chooseCountry: 'Choose a country…',
    shippingLegend: 'Book delivery (Premium Package)',
    shippingIntro: 'With the Premium Package we send a set of set books. Where should we send them?',
    shippingSame: 'Send to the invoice address',
    shippingName: 'Recipient',
    shippingStreet: 'Street and house number (delivery)',
    shippingPostalCode: 'Postcode (delivery)',
    shippingCity: 'Town or city (delivery)',
    shippingCountry: 'Country (delivery)',
  },
  fields: {
    street: 'Enter the street and house number.',
    city: 'Enter the town or city.',
    max120: 'At most 120 characters.',
    country: 'Choose a country from the list.',
    postalCodeRequired: 'Enter the postcode.',
    postalCodeFormat: (example: string | null) =>
      example ? `Enter the postcode in this country's format, e.g. ${example}.` : 'Enter a valid postcode.',
    shippingName: "Enter the recipient's full name.",
  },
  request: {
    title: 'Proof of purchase and invoice',
    receipt:
      "For this order we issued a proof of purchase (it isn't a VAT invoice). If you need an invoice with your address, request it below.",
    download: 'Download proof of purchase (PDF)',
    until: (day: string) => `You can request an invoice until ${day} (Art. 106b(3) of the VAT Act).`,
    expired: (day: string) =>
      `The deadline for requesting an invoice passed on ${day}: under Art. 106b(3) of the VAT Act, it can be requested within 3 months of the end of the month of payment.`,
    open: 'Request an invoice',
    submit: 'Request an invoice',
    done: 'The invoice has been issued — you can download it in the “VAT invoice” section.',
  },
  errors: {
    requestExpired:
      'The deadline for requesting an invoice has passed: it can be requested within 3 months of the end of the month in which payment was made (Art. 106b(3) of the VAT Act).',
    alreadyInvoiced: 'An invoice has already been issued for this order.',
    notPaid: "We'll issue the invoice once the payment has been booked.",
  },
  file: {
    missing: 'Sales document not found.',
  },
  corrections: {
    reason: (whole: boolean, why: string) =>
      `${whole ? 'Refund of the whole price' : 'Refund of part of the price'} — ${why}`,
    withdrawal: 'withdrawal from the contract (Art. 27 of the Consumer Rights Act)',
    resignation: (description: string) => `package cancellation (${description})`,
    complaint: (number: string, description: string) => `complaint ${number}: ${description}`,
    staff: (description: string) => description,
    heading: 'Corrective invoices',
    intro: 'A refund is documented by a corrective invoice to the original invoice.',
    numbering: 'The corrective invoice is being numbered — the link will appear in a moment.',
    colNumber: 'Number',
    colDate: 'Date of issue',
    colAmount: 'Correction amount (gross)',
    colReason: 'Reason',
    colFile: 'Document',
    amount: (amount: string) => `−${amount}`,
    download: (number: string) => `Download correction ${number} (PDF)`,
    missing: 'Corrective invoice not found.',
    signIn: 'Sign in to download the corrective invoice.',
    none: 'No corrective invoices.',
  },
};
