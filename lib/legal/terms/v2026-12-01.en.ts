// Courtesy translation of the terms of 1 Dec 2026 (./v2026-12-01.ts) into English, for readers
// who read no Polish: the version a person accepts when registering or buying before 15 Dec 2026.
// The contracts are made in Polish and only the Polish text binds; this one follows it section by
// section and clause by clause, with the same anchors, so that "§ 9 ust. 4" is § 9(4) here too.
import type { LegalContext, LegalDocument } from '../document';
import { sellerIdentityEn, withdrawalFormEn } from '../shared-text';

const VERSION = '2026-12-01';

export function terms20261201En(ctx: LegalContext): LegalDocument {
  const s = ctx.seller;
  const u = ctx.urls;
  return {
    kind: 'terms',
    version: VERSION,
    effectiveFrom: VERSION,
    title: 'Terms of sale and provision of services of the Planeta platform',
    intro:
      'These terms are the terms of providing services by electronic means within the meaning of art. 8 of the Act of 18 July 2002 on providing services by electronic means, and set out the rules for concluding contracts for the sale of online courses, group packages and subject packages for children.',
    sections: [
      {
        id: 'postanowienia-ogolne',
        title: 'General provisions and the Seller’s details',
        clauses: [
          `The Planeta platform, available at ${u.site}, is run by ${sellerIdentityEn(s)} (the “Seller”).`,
          {
            text: 'The Seller can be contacted:',
            points: [
              `by e-mail: ${s.email} (general matters) and ${s.complaintsEmail} (complaints and withdrawals from contracts),`,
              `by telephone: ${s.phone} (on working days from 9:00 to 17:00, charged at the operator’s rates),`,
              `in writing: ${s.addressLines.join(', ')},`,
              `through the contact form: ${u.contact}.`,
            ],
          },
          `The terms are available free of charge at ${u.terms} in a form that allows them to be downloaded, stored and printed. Before concluding a contract the Client accepts the terms; the Seller sends the Client the text of the accepted version together with the confirmation of the contract.`,
          'Contracts are concluded in Polish.',
        ],
      },
      {
        id: 'definicje',
        title: 'Definitions',
        clauses: [
          {
            text: 'The terms used in these terms mean:',
            points: [
              'Platform — the Planeta website on which the Seller provides online courses and packages;',
              'User — a person using the Platform, including a Participant and a Child;',
              'Client — a natural person, legal person or organisational unit that concludes a contract with the Seller through the Platform;',
              'Consumer — a natural person performing a legal act with the Seller not directly related to their business or profession (art. 22¹ of the Civil Code);',
              'Entrepreneur with consumer rights — a natural person concluding a contract directly related to their business, where the contract shows that it is not of a professional nature for them (art. 38a of the Consumer Rights Act); the provisions of these terms on Consumers apply to them as regards withdrawal from the contract and complaints;',
              'Account — a User’s individual, password-protected access to the Platform;',
              'Course — an online course (digital content: recordings, materials, a final test and a certificate) sold to one person;',
              'Group package — access to a Course for 30, 100, 250, 500 or 1000 Participant accounts, bought by a company, organisation or school;',
              'Company administrator — the person who manages a Group package on the Platform on behalf of the Client who bought it;',
              'Participant — a person for whom the Client bought access within a Group package;',
              'Subject package — a Child’s one-year access to the online Polish school (the Start, Mini, Standard or Premium package);',
              'Parent — a parent, legal guardian or other adult who concludes a Subject package contract for a Child;',
              'Child — a minor using the Platform under a contract concluded by the Parent and with the Parent’s consent;',
              'Data processing agreement — the agreement entrusting the processing of Participants’ personal data (art. 28 GDPR), concluded between the Client buying a Group package and the Seller;',
              'Order — the Client’s declaration of intent to conclude a contract, made through the order form;',
              'GDPR — Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016;',
              'Consumer Rights Act (u.p.k.) — the Polish Act of 30 May 2014 on consumer rights.',
            ],
          },
        ],
      },
      {
        id: 'wymagania-techniczne',
        title: 'Technical requirements',
        clauses: [
          {
            text: 'To use the Platform you need:',
            points: [
              'a device with internet access (a connection of at least 5 Mb/s is recommended for video recordings),',
              'an up-to-date version of Chrome, Firefox, Safari or Edge with JavaScript enabled and the cookies necessary for signing in,',
              'an active e-mail address,',
              'a PDF reader (invoices, certificates, the data processing agreement) and, for a Group package, a spreadsheet that handles CSV or XLSX files (the list of Participants).',
            ],
          },
          'Using the internet involves the usual risks (e.g. malware, interception of a password). The User does not share their password with third parties; the Seller never asks for a password in e-mails.',
          'Users must not provide unlawful content, including content that is offensive or infringes the rights of others.',
        ],
      },
      {
        id: 'konto',
        title: 'The account and services provided by electronic means',
        clauses: [
          'The Seller provides the following services free of charge: the Account, the cart, the order form, the contact form and the complaint form. The contract for the Account is concluded for an indefinite period on registration; the other services for the time they are used.',
          'When registering, the User gives true data and accepts the version of the terms in force. The User accepts a new version of the terms (§ 15) at their next purchase after it takes effect.',
          'Participants’ accounts are created by the Seller from the list sent by the Client (§ 8), and Children’s accounts by the Parent (§ 9).',
          `The User may terminate the contract for the Account at any time by writing to ${s.email}; the termination does not affect paid contracts whose performance requires the Account — the Account is deleted once they end.`,
          'The Seller may terminate the contract for the Account with 14 days’ notice, and block the Account immediately where the User grossly breaches the terms (in particular § 3(3) or § 14), after an unsuccessful request by e-mail to stop the breach.',
        ],
      },
      {
        id: 'zawarcie-umowy',
        title: 'Concluding a contract',
        clauses: [
          'The information about Courses and packages on the Platform is an invitation to conclude a contract (art. 71 of the Civil Code).',
          'To place an Order, the Client adds a Course or a Group package to the cart (a Subject package is chosen on the family page), signs in or creates an Account, gives the details for the invoice or the proof of purchase, and a Consumer may give the consent referred to in § 10(3).',
          'The Order is placed by clicking the “Order and pay” button (or an equivalent one), which means an obligation to pay. At that moment the contract is concluded.',
          'Promptly after the contract is concluded, the Seller sends the Client by e-mail a confirmation of it on a durable medium (art. 21 of the Consumer Rights Act): the subject, the price, the Seller’s details, the version of the terms and, for a Consumer, confirmation of the consent of § 10(3) or information on the right of withdrawal with the model form.',
        ],
      },
      {
        id: 'ceny-i-platnosci',
        title: 'Prices and payments',
        clauses: [
          'Prices are gross prices (including VAT). Courses and Group packages are priced in zloty; Subject packages in the currency set by the Parent’s country of residence (PLN, GBP, EUR or USD), in accordance with the package terms.',
          'Payments are handled by PayU S.A., Poznań (ul. Grunwaldzka 186, 60-166 Poznań), a national payment institution supervised by the Polish Financial Supervision Authority. The payment methods available (BLIK, fast online transfer, payment card) depend on the Order’s currency and are shown in the order form.',
          'Payment is due when the Order is placed. An Order whose payment has not been booked is not carried out; the Client may retry the payment from the order page.',
          'Once the payment is booked, the Seller issues a VAT invoice in electronic form, available for download on the order page; the Client accepts this form of invoice.',
          'The Seller charges no fees for the use of payment methods.',
        ],
      },
      {
        id: 'kursy',
        title: 'Online courses — supply of digital content',
        clauses: [
          'The Seller makes a Course available in the Client’s Account promptly after the payment is booked, at the latest within 24 hours, and informs the Client by e-mail with a link to the Course.',
          'The period of access to a Course is stated on the Course page and in the order confirmation; where none is stated, access is unlimited for as long as the Platform is run.',
          'After passing the final test, the User can download a certificate of completion of the Course as a PDF, with a number that allows its authenticity to be verified.',
        ],
      },
      {
        id: 'pakiety-grupowe',
        title: 'Group packages',
        clauses: [
          'A Group package gives access to a Course for the chosen number of Participant accounts: 30, 100, 250, 500 or 1000. The Client chooses a package not smaller than the number of Participants; unused accounts can be used later, e.g. for new employees, within the period of access to the Course.',
          {
            text: 'The training is provided in six steps:',
            points: [
              'purchase of the Group package (§ 5 and § 6) and going to the group’s page;',
              'conclusion of the Data processing agreement: the Client downloads the draft agreement, fills in the company’s details and dates, signs it and uploads a scan through the Platform; the Seller checks the agreement and accepts it or says what needs correcting;',
              'upload of the list of Participants on the template downloaded from the Platform: first and last name are required, e-mail address, login and password are optional;',
              'creation of the accounts: missing logins and passwords are generated automatically, and the Client is informed by e-mail that the accounts have been created;',
              'Participants’ learning: the Client is responsible for giving Participants their sign-in details; a Participant can start straight away and, after passing the final test, download the certificate;',
              'final report: 2 months after the training was made available, the Seller prepares a report listing the Participants and their final test results.',
            ],
          },
          'Participants’ accounts are not created before the Data processing agreement is accepted: the Seller processes Participants’ data only under that agreement, as a processor, on the instructions of the Client, who is the controller of that data.',
          'Participants have access to the Course for 2 months from the creation of their accounts.',
          'The Client warrants that it has a legal basis for providing the Participants’ data and that it has informed them of the processing.',
        ],
      },
      {
        id: 'pakiety-dla-dzieci',
        title: 'Subject packages for children',
        clauses: [
          `The detailed rules of Subject packages — the scope of the packages, the prices in each currency, the sibling discount, add-ons, the trial period and the assignment to a class — are set out in the Terms of subject packages for children (${u.familyTerms}), which form part of these terms.`,
          'A package covers the school year from 1 September to 30 June; a Parent who pays for a package before 1 September has access to the preparatory platform until the school year begins. Once paid, a package cannot be changed.',
          'The Parent may terminate the package contract at any time; the termination takes effect at the end of the month in which it is given, and the Seller refunds the fee for the unused months of the school year (fee ÷ 10 × the number of remaining months), with no refund where payment is made in instalments. Merely ceasing to use the Platform is not a termination.',
          'Regardless of paragraph 3, the Parent may withdraw from the package contract within 14 days of payment without giving a reason and receives a refund of the whole fee, also where the Child has already started learning.',
          'A Child uses the Platform only with the Parent’s consent, with the login and password set by the Parent; the Parent is responsible for how the Child’s Account is used.',
        ],
      },
      {
        id: 'odstapienie',
        title: 'Right of withdrawal',
        clauses: [
          'A Consumer may withdraw from a distance contract within 14 days without giving any reason. The period runs from the day the contract is concluded.',
          'To meet the deadline it is enough to send the statement before the period expires.',
          'The right of withdrawal does not apply to a contract for the supply of digital content not supplied on a tangible medium (a Course) if performance has begun with the Consumer’s express prior consent, the Consumer was informed before performance began that they would lose the right of withdrawal once it was performed and acknowledged this, and the Seller gave them a confirmation (art. 38(1)(13) of the Consumer Rights Act). The Consumer gives consent in the order form by ticking a separate box that is not ticked by default; without this consent access to the Course is given after payment and the right of withdrawal is kept for 14 days.',
          'A Consumer who asked for a service to begin before the withdrawal period ended and then withdrew from the contract pays for what was performed until the withdrawal (art. 35 of the Consumer Rights Act). For Subject packages the Seller does not use this and refunds the whole fee (§ 9(4)).',
          {
            text: 'To withdraw from the contract, the Consumer makes an unequivocal statement:',
            points: [
              `by e-mail to ${s.complaintsEmail},`,
              `in writing to ${s.addressLines.join(', ')},`,
              `through the contact form (${u.contact}).`,
            ],
          },
          'The Consumer may, but need not, use the model withdrawal form annexed to these terms (annex 2 to the Consumer Rights Act). The Seller promptly confirms receipt of the statement by e-mail.',
          'The Seller refunds all payments received promptly, at the latest within 14 days of receiving the statement, using the same means of payment as the Consumer used (a refund through PayU), unless the Consumer agrees to another means that costs them nothing. On withdrawal the access covered by the contract ends.',
          'The right of withdrawal does not apply to Clients who are neither Consumers nor Entrepreneurs with consumer rights, in particular companies buying Group packages.',
        ],
      },
      {
        id: 'reklamacje',
        title: 'Complaints',
        clauses: [
          'The Seller is liable to a Consumer for the conformity of a Course, a package and the Platform’s services with the contract under chapter 5b of the Consumer Rights Act (digital content and services), and to other Clients under the Civil Code, except that liability to them is limited to the price paid, unless the damage was caused intentionally.',
          {
            text: 'A complaint can be made:',
            points: [
              `through the complaint form: ${u.complaints} (also without signing in),`,
              `by e-mail to ${s.complaintsEmail},`,
              `in writing to ${s.addressLines.join(', ')}.`,
            ],
          },
          'A complaint should include the first and last name, the e-mail address, the order number (if any), a description of the problem and the request (e.g. restoring access, correcting an error in the materials, a price reduction, a refund). Missing details do not mean the complaint is left unconsidered; the Seller may ask for them.',
          'In the event of a lack of conformity, the Consumer may demand that the digital content or service be brought into conformity with the contract and, where this is impossible, has not happened within a reasonable time or the lack of conformity is significant, make a statement reducing the price or withdrawing from the contract (art. 43m of the Consumer Rights Act).',
          'The Seller answers a complaint on a durable medium (by e-mail, and a complaint made in writing also in writing if the Client asks) within 14 days of receiving it. If the Seller does not answer a Consumer’s complaint within this period, it is deemed to have accepted it (art. 7a of the Consumer Rights Act). The answer to a complaint about an Order is also shown on that order’s page.',
          'Complaints about the payment itself (e.g. a double charge) are handled by the Seller together with PayU S.A.; this does not extend the period of paragraph 5.',
        ],
      },
      {
        id: 'pozasadowe',
        title: 'Out-of-court complaint handling and redress',
        clauses: [
          {
            text: 'A Consumer may use out-of-court means of resolving disputes, in particular:',
            points: [
              'ask for free help from the district (municipal) consumer ombudsman or a consumer protection organisation (e.g. the Federacja Konsumentów, the Stowarzyszenie Konsumentów Polskich),',
              'apply for mediation to the regional inspector of the Trade Inspection,',
              'apply for the dispute to be settled by the permanent consumer arbitration court at the regional inspector of the Trade Inspection,',
              'in cross-border disputes (e.g. Parents living in another EU country), turn to the European Consumer Centre Poland (konsument.gov.pl).',
            ],
          },
          'Information on these means and procedures is available on the website of the Office of Competition and Consumer Protection: https://uokik.gov.pl (the page on out-of-court resolution of consumer disputes). The European Commission’s ODR platform closed on 20 July 2025 and no longer accepts complaints.',
          'Using out-of-court means is voluntary and does not exclude going to court.',
        ],
      },
      {
        id: 'dane-osobowe',
        title: 'Personal data',
        clauses: [
          `The controller of the personal data of Clients, Parents, Children and Users who created their Account themselves is the Seller. The purposes, legal bases, recipients, retention periods and the rights of data subjects are described in the Privacy policy: ${u.privacy}.`,
          'The controller of the data of Group package Participants is the Client; the Seller processes it as a processor under the Data processing agreement (§ 8(3)).',
        ],
      },
      {
        id: 'prawa-autorskie',
        title: 'Copyright',
        clauses: [
          'The materials available on the Platform (texts, recordings, graphics, tests) are protected by copyright. The User may use them only for their own use within a Course or package.',
          'Sharing an Account or materials with third parties, and copying or distributing them beyond permitted personal use, is not allowed; it is a gross breach of the terms.',
        ],
      },
      {
        id: 'zmiany',
        title: 'Changes to the terms',
        clauses: [
          'The Seller may change the terms for important reasons: a change in the law, a change in the scope or manner of providing services, a change in technical requirements or in payment methods.',
          `Each change is a new version of the terms marked with the date it takes effect. The version in force is available at ${u.terms}, and earlier versions at ${u.terms}/<version>; the number of the version in force is given in the footer of every page of the Platform.`,
          'The Seller informs Users with an Account of a change by e-mail at least 7 days before it takes effect. A User who does not accept the change may terminate the contract for the Account before that day (§ 4(4)).',
          'Contracts concluded before a change takes effect are governed by the version of the terms accepted when the contract was concluded; it is available on the order page.',
        ],
      },
      {
        id: 'postanowienia-koncowe',
        title: 'Final provisions',
        clauses: [
          'Contracts are governed by Polish law. This choice of law does not deprive a Consumer of the protection afforded by the mandatory provisions of the law of the country of their habitual residence (art. 6(2) of the Rome I Regulation).',
          'Disputes with Clients who are neither Consumers nor Entrepreneurs with consumer rights are settled by the court having jurisdiction over the Seller’s registered office.',
          'The terms do not limit a Consumer’s statutory rights; in the event of a conflict, those provisions apply.',
          `This version of the terms (${VERSION}) applies from 1 December 2026.`,
        ],
      },
      {
        id: 'uslugi-w-przygotowaniu',
        title: 'Services in preparation',
        later: true,
        clauses: [
          'Live classes by subscription (a period of four consecutive classes), language courses with a placement test, and school licences are not sold yet. Their rules will be added in a new version of the terms before sales begin, in accordance with § 15.',
        ],
      },
    ],
    annexes: [withdrawalFormEn(s)],
  };
}
