// Courtesy translation of the privacy policy of 1 Dec 2026 (./v2026-12-01.ts) into English, for
// readers who read no Polish: the policy in force until 15 Dec 2026. Only the Polish text binds;
// this one follows it section by section and clause by clause, with the same anchors. Its
// retention periods are written out in the Polish text itself (no shared table), so here too.
import type { LegalContext, LegalDocument } from '../document';
import { sellerIdentityEn } from '../shared-text';

const VERSION = '2026-12-01';

export function privacy20261201En(ctx: LegalContext): LegalDocument {
  const s = ctx.seller;
  const u = ctx.urls;
  return {
    kind: 'privacy',
    version: VERSION,
    effectiveFrom: VERSION,
    title: 'Privacy policy of the Planeta platform',
    intro:
      'This policy fulfils the duty to inform under Articles 13 and 14 GDPR towards the people whose data we process on the Planeta platform: buyers, parents, children, training participants and people who write to us.',
    sections: [
      {
        id: 'administrator',
        title: 'Data controller',
        clauses: [
          `The controller of the data is ${sellerIdentityEn(s)} (“we”).`,
          `In matters of personal data you can write to ${s.email}, call ${s.phone} or write to ${s.addressLines.join(', ')}. We have not appointed a data protection officer; data matters are handled by the customer service team.`,
          'The controller of the data of group package participants is the company that bought the package; we process them on its behalf under a data-processing agreement (Art. 28 GDPR). In matters of these data a participant may turn to the company or to us — we will pass the matter on to the company.',
        ],
      },
      {
        id: 'cele-i-podstawy',
        title: 'What data, for what purpose and on what legal basis',
        clauses: [
          {
            text: 'Account and learning — first name, surname, e-mail address, login, password hash, progress in courses, test results and certificates:',
            points: [
              'running the Account and providing courses and packages — performance of a contract (Art. 6(1)(b) GDPR),',
              'checking the authenticity of certificates at the request of the people they were shown to — our legitimate interest (Art. 6(1)(f) GDPR).',
            ],
          },
          {
            text: 'Orders and payments — the buyer’s and invoice data (full name or company name, tax identification number (NIP), address), amounts, PayU transaction identifiers, consent to the start of performance before the withdrawal period ends:',
            points: [
              'concluding and performing the contract — Art. 6(1)(b) GDPR,',
              'issuing and keeping invoices and accounting records — a legal obligation (Art. 6(1)(c) GDPR in connection with the VAT Act, the Tax Ordinance and the Accounting Act),',
              'establishing, pursuing and defending claims — Art. 6(1)(f) GDPR.',
            ],
          },
          {
            text: 'Parents and children — the parent’s first name, e-mail, telephone (optional) and country of residence, the child’s first name, surname and year of birth, grade, the address for sending set books (Premium Package):',
            points: [
              'performance of the contract concluded with the parent — Art. 6(1)(b) GDPR (see also the section on children’s data).',
            ],
          },
          {
            text: 'Complaints, withdrawals from contracts and messages from the contact form — full name, e-mail, content, order number:',
            points: [
              'handling the complaint and the withdrawal — a legal obligation (Art. 6(1)(c) GDPR in connection with the Consumer Rights Act),',
              'answering the message — our legitimate interest in conducting correspondence (Art. 6(1)(f) GDPR), and where the message concerns a contract — Art. 6(1)(b) GDPR.',
            ],
          },
          {
            text: 'Security — counters of failed sign-ins, a hash of the IP address (with the contact and complaint forms, to limit abuse), server logs:',
            points: ['protecting the Platform and the Accounts against abuse — Art. 6(1)(f) GDPR.'],
          },
          {
            text: 'Group package participants — first name, surname, optionally e-mail and login, progress and the result of the final test, given to the company in the final report:',
            points: [
              'we process them on the instructions of the company (the controller), under a data-processing agreement.',
            ],
          },
          'Providing the data is voluntary, but without the data marked as required in the forms it is not possible to create an Account, place an order or receive an invoice. We do not take decisions based solely on automated processing, including profiling (Art. 22 GDPR), and we do not send marketing information.',
        ],
      },
      {
        id: 'odbiorcy',
        title: 'Recipients of the data',
        clauses: [
          {
            text: 'We pass data on only to the extent needed for the given purpose:',
            points: [
              'PayU S.A., registered office in Poznań (ul. Grunwaldzka 186, 60-166 Poznań) — handling payments and refunds; PayU is a separate controller of the payer’s data (rules: https://poland.payu.com/privacy-portal/),',
              'the provider of the e-mail sending service — delivering messages from the Platform (a processor),',
              'the provider of servers and the database (hosting) in Poland — storing the data (a processor),',
              'the accounting office — accounting and invoices (a processor),',
              'the postal operator or courier — sending set books in the Premium Package,',
              'the company that bought a group package — the results of its participants in the final report,',
              'public authorities, where the law requires it.',
            ],
          },
          'We have data-processing agreements with the processors; they process the data only on our instructions.',
        ],
      },
      {
        id: 'eog',
        title: 'Place of processing',
        clauses: [
          'We store and process the data in Poland and in the European Economic Area. We do not transfer data to third countries or international organisations. An e-mail sent to a person living outside the EEA goes to the e-mail provider that person chose — at their request, in order to perform the contract (Art. 49(1)(b) GDPR).',
        ],
      },
      {
        id: 'okresy',
        title: 'How long we keep the data',
        clauses: [
          {
            text: 'The period depends on the kind of data:',
            points: [
              'the Account, learning progress and children’s data — for as long as the Account is kept; after it is deleted, the data needed to defend against claims — until the limitation period ends (Article 118 of the Civil Code: as a rule 6 years, 3 years for claims connected with running a business, counted to the end of the calendar year);',
              'orders, payments and invoices — 5 years from the end of the calendar year in which the tax payment deadline passed (Article 86 § 1 of the Tax Ordinance, Article 112 of the VAT Act), and accounting records — for the period required by Article 74 of the Accounting Act;',
              'the numbers and data of issued certificates — 5 years from issue, so that their authenticity can be confirmed;',
              'complaints and withdrawals from contracts — as long as the data of the order they concern, and without an order — until the limitation period for claims ends, no longer than 3 years from the answer;',
              'messages from the contact form — one year from the last message in the matter;',
              'the data of group package participants — until the data-processing agreement ends, after which we delete them or return them to the company in accordance with that agreement;',
              'counters of failed sign-ins — until the lock expires (15 minutes); the hash of the IP address saved with a message or complaint — as long as it; server logs — up to 90 days;',
              'copies of sent e-mails — 12 months.',
            ],
          },
        ],
      },
      {
        id: 'prawa',
        title: 'Your rights',
        clauses: [
          'You have the right of access to your data and to receive a copy of them (Art. 15 GDPR), to their rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18) and portability (Art. 20), and, as regards processing based on legitimate interest, the right to object on grounds relating to your particular situation (Art. 21).',
          `To exercise your rights, write to ${s.email} or use the form: ${u.contact}. We will answer without undue delay, and at the latest within one month (Art. 12(3) GDPR).`,
          'You have the right to lodge a complaint with the President of the Personal Data Protection Office (UODO; ul. Stawki 2, 00-193 Warsaw, https://uodo.gov.pl) if you believe that we process your data unlawfully.',
        ],
      },
      {
        id: 'dzieci',
        title: 'Children’s data',
        clauses: [
          'The contract for a package for a child is concluded by a parent or guardian; they create the child’s Account, give the child a login and password and decide on the use of the Platform. We process the child’s data to perform the contract with the parent (Art. 6(1)(b) GDPR), not on the basis of the child’s consent; we do not offer services directly to children under 16 without the parent’s involvement (Art. 8 GDPR).',
          'About a child we collect only what is needed for learning: first name, surname, year of birth (assignment to a grade), login, progress and results. We do not profile children, show them advertisements or pass their data on for marketing purposes.',
          'The child’s rights are exercised by the parent or guardian; you may at any time ask to see the child’s data, correct it or delete the child’s Account.',
        ],
      },
      {
        id: 'cookies',
        title: 'Cookies',
        clauses: [
          'We use only the cookies necessary for the Platform to work: the signed-in User’s session and form security. We use no analytics or advertising cookies; necessary cookies do not require consent. You can delete them in the browser settings, which will sign you out.',
        ],
      },
      {
        id: 'zmiany',
        title: 'Changes to the privacy policy',
        clauses: [
          `Each change is a new version marked with a date; the version in force is at ${u.privacy}, and earlier ones at ${u.privacy}/<version>. This version (${VERSION}) applies from 1 December 2026.`,
        ],
      },
    ],
    annexes: [],
  };
}
