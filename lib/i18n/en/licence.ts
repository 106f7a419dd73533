// English catalogue: the school licence (order, restricted mode, school page, staff panel, e-mails).
// Mirrors lib/i18n/pl/licence.ts key for key.
import type { Messages } from '../pl';
import { pluralEn } from '@/lib/format/plural';

export const licence: Messages['licence'] = {
  planner: {
    title: 'Matura planner for schools',
    intro:
      "Students' matura declarations, numbers sitting each subject and level, rooms and invigilation teams — in one place, for any number of school staff.",
    price: 'Licence for one matura exam session (1 September – 30 June): PLN 500 gross.',
    order: 'Order a licence for your school',
    school: 'Go to the school page',
  },
  order: {
    title: 'School licence order',
    intro:
      "The order is placed by a member of the school's staff on its behalf. After you send the form, you'll get the pro forma invoice and the terms of service by e-mail, and a link to set a password in a separate message. Until the payment is booked, the planner runs in restricted mode: no data downloads or printouts.",
    back: 'Matura planner',
    school: 'School',
    schoolName: 'School name',
    okeCode: "School's OKE code",
    okeCodeHint:
      '12 characters TTTTTT-NNTSS: the TERYT code of the municipality, the school number in the municipality, the school type and two check characters.',
    commission: 'Regional examination board (OKE)',
    commissionHint: 'We suggest it from the first two digits of the OKE code; you can choose another.',
    nip: "School's NIP (tax ID)",
    street: 'Street and number',
    postalCode: 'Postcode',
    city: 'Town or city',
    ecoInvoice: 'Eco invoice — no paper invoice sent by post',
    contact: 'Person placing the order',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'E-mail',
    emailHint:
      "We'll send the pro forma invoice and a link to set a password to this address; it will be your planner login.",
    signedIn: (name: string) => `You're ordering as ${name}; you'll become the school's head teacher in the planner.`,
    licence: 'Licence',
    examYear: 'Matura exam',
    examYearOption: (y: number) => `Matura ${y} (licence ${y - 1}/${y})`,
    price: 'Price',
    priceLine: (gross: string, net: string, vat: string) => `${gross} gross (${net} net + ${vat} VAT 23%)`,
    discount: (amount: string) => `School discount: −${amount}`,
    terms: 'I accept the school licence terms of service',
    termsLink: 'Licence terms of service (PDF)',
    submit: 'Order the licence',
    errors: {
      schoolName: 'Enter the school name.',
      okeCode: "Enter the school's OKE code.",
      commission: 'Choose the regional examination board.',
      street: 'Enter the street and number.',
      city: 'Enter the town or city.',
      email: 'Enter an e-mail address.',
      examYear: 'Choose the matura exam from the list.',
      terms: 'Accept the licence terms of service.',
      licenceExists: (y: number) => `The school already has a licence or an order for matura ${y}.`,
      schoolKnown:
        'A school with this OKE code already has a planner account. Further licences are ordered by its head teacher after signing in.',
      emailTaken: 'This address already has an account. Sign in and place the order from your account.',
      raced: 'Another order for this school or this address has just been placed. Check your inbox or try again.',
    },
    sent: {
      title: 'Order received',
      body: "We've e-mailed you the pro forma invoice with the transfer details and the terms of service. If we created an account, the second message contains a link to set a password (valid for 7 days).",
      school: 'School page',
    },
  },
  access: {
    downloadUnpaid: (number: string, amount: string, deadline: string) =>
      `Licence unpaid: data downloads and printouts are available once the payment of ${amount} for pro forma invoice ${number} has been booked (due ${deadline}).`,
    downloadBlocked: "The licence is invalid or the school's data has been deleted — downloading isn't possible.",
    levels: {
      restricted: 'licence unpaid',
      full: 'licence paid',
      'read-only': 'read and export only',
      blocked: 'access blocked',
    },
  },
  school: {
    title: 'School in the planner',
    none: "Your account isn't assigned to any school. A school orders a licence through the order form.",
    okeCode: (code: string) => `OKE code ${code}`,
    role: { DIRECTOR: 'head teacher', TEACHER: 'teacher' },
    licence: (y: number) => `Licence for matura ${y}`,
    noLicence: "The school doesn't have a licence.",
    unpaidTitle: 'Licence unpaid',
    unpaid: (number: string, amount: string, deadline: string) =>
      `Pay ${amount} by bank transfer against pro forma invoice ${number} by ${deadline}. Until then you can work in the planner, but data downloads and printouts are blocked.`,
    account: (account: string) => `Account: ${account}`,
    title2: (number: string) => `Transfer reference: ${number}`,
    proforma: 'Download the pro forma invoice (PDF)',
    payu: 'Pay via PayU',
    payuHint: 'Instead of a bank transfer you can pay straight away via PayU.',
    paid: 'Licence paid — all features, printouts and exports are available.',
    readOnly: 'The licence has expired: you can only view and export the data until it is deleted.',
    blocked: "The order wasn't paid on time or the school's data was deleted — access is blocked.",
    orderAgain: 'Order the licence again',
  },
  panel: {
    nav: 'Schools',
    title: 'Schools and licences',
    intro: 'Schools using the matura planner, the state of their licences and discounts; invoices to send by post.',
    empty: 'No school has ordered a licence yet.',
    columns: { school: 'School', okeCode: 'OKE code', licence: 'Licence', state: 'Status', discount: 'Discount' },
    examYear: (y: number) => `matura ${y}`,
    noLicence: 'none',
    eco: 'eco invoice',
    discountLabel: (school: string) => `Discount for: ${school} (PLN)`,
    discountSave: 'Save discount',
    discountSaved: "Discount saved; it will apply to the school's next pro forma invoice.",
    discountInvalid: 'Enter the discount amount in zloty, from PLN 0 to PLN 500.',
    toPost: 'Invoices to send by post',
    toPostIntro: "Schools' paid licences without an eco invoice whose paper invoice hasn't been sent yet.",
    toPostEmpty: 'There are no invoices to send.',
    invoice: 'Invoice',
    address: 'Address',
    noInvoice: 'invoice being prepared',
    posted: 'Sent',
    postedDone: 'Invoice marked as sent.',
    alreadyPosted: 'This invoice is already marked as sent.',
    notFound: 'There is no such licence.',
    schools: (n: number) => `${n} ${pluralEn(n, 'school', 'schools')}`,
  },
  emails: {
    greeting: (name: string) => `Hello ${name},`,
    signature: 'The Planeta team',
    ordered: {
      subject: (number: string) => `Matura planner licence order — pro forma ${number}`,
      intro: (school: string, y: number, number: string) =>
        `Thank you for ordering a matura planner licence for ${school} for matura ${y} (contract ${number}).`,
      amount: (amount: string) => `To pay: ${amount}.`,
      account: (account: string) => `Account: ${account || 'given on the pro forma invoice'}.`,
      title: (number: string) => `Transfer reference: ${number}.`,
      deadline: (date: string) =>
        `Due date: ${date}. An order not paid on time ceases to be binding, and access is blocked.`,
      restricted:
        "The planner works straight away, but without data downloads or printouts until the payment is booked. After payment we'll issue a VAT invoice.",
      attached:
        'Attached: the pro forma invoice and the school licence terms of service (payment means you accept them).',
      button: 'School page in the planner',
    },
    account: {
      subject: 'Matura planner account — set your password',
      intro:
        "We've created a matura planner account for the licence you ordered. It works straight away — set a password to sign in.",
      login: 'Login:',
      button: 'Set password',
      fallback: "If the button doesn't work, copy this address into your browser:",
      validity: (days: number) =>
        `The link can be used once and is valid for ${days} ${pluralEn(days, 'day', 'days')}. Once it expires, use “Forgotten your password?”.`,
    },
  },
};
