// Courtesy translation of the terms of 15 Dec 2026 (./v2026-12-15.ts) into English, for readers
// who read no Polish. The contracts are made in Polish and only the Polish text binds; this one
// follows it section by section and clause by clause, with the same anchors, so that "§ 9 ust. 5"
// is § 9(5) here too. A change of the Polish text is a new version, translated anew.
import type { LegalContext, LegalDocument } from '../document';
import { resignationFormEn, sellerIdentityEn, withdrawalFormEn } from '../shared-text';

const VERSION = '2026-12-15';

export function terms20261215En(ctx: LegalContext): LegalDocument {
  const s = ctx.seller;
  const u = ctx.urls;
  return {
    kind: 'terms',
    version: VERSION,
    effectiveFrom: VERSION,
    title: 'Terms of sale and provision of services of the Planeta platform',
    changes: [
      'Subject packages (§ 9): on withdrawal from the contract or resignation concerning a child who paid the full price, their siblings lose the discount of § 5.3 of the package terms — the lost discount is set off against the refund for the departing child (never above that refund); previously the terms promised the whole fee back without this proviso.',
      'Resigning from a package (§ 9): the Seller does not deduct transfer costs; a model notice of termination has been added (annex 1).',
      'Withdrawal from the contract (§ 10): the “Withdraw from the contract” button on the order page, the effects of withdrawing from a contract for digital content.',
      'Complaints (§ 11): the rules on the conformity of digital content and services with the contract (chapter 5b of the Consumer Rights Act), including updates and the period of liability.',
      'Changes to the terms (§ 15): notice by e-mail at least 14 days before a change takes effect, and acceptance of the new version after signing in.',
    ],
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
          'When registering, the User gives true data and accepts the version of the terms in force. The User is informed of a new version of the terms in accordance with § 15; they may accept it after signing in, and when buying they accept the version in force at the time the Order is placed.',
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
          'An Order placed without payment within the time shown in the PayU payment form may be cancelled; the Client may retry the payment from the order page until it is cancelled.',
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
          'The Seller makes a Course available in the Client’s Account promptly after the payment is booked, at the latest within 24 hours, and informs the Client by e-mail with a link to the Course. A Consumer who has not given the consent of § 10(3) gets access in the same way, and keeps the right of withdrawal.',
          'The Seller may update a Course (e.g. correct an error, add materials, adapt them to a change in the law) at no extra cost to the Client. A change that significantly and negatively affects the Consumer’s access to or use of the Course gives the Consumer the right to terminate the contract within 30 days of the change or of being informed of it, whichever is later; the Seller then refunds the part of the price corresponding to the period of access that will not be used.',
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
          'The Parent may terminate the package contract (resign) at any time — with the button on the family page, by e-mail or in writing, including on the model in annex 1; the termination takes effect at the end of the month in which it is given. The Seller refunds the fee for the unused months of the school year (fee ÷ 10 × the number of months from the next month to June), without deducting transfer costs. Merely ceasing to use the Platform is not a termination.',
          'Regardless of paragraph 3, the Parent may withdraw from the package contract within 14 days of payment without giving a reason. The Seller refunds all payments received under that contract within 14 days, also where the Child has already started learning — it does not claim payment for the period until the withdrawal (art. 35 of the Consumer Rights Act), subject to paragraph 5.',
          'The sibling discount (§ 5.3 of the package terms) is given for the second and each further child only because another child of the Parent has a Standard package paid at the full price. If the Parent withdraws from the contract or resigns from the package of the child who paid the full price, the condition of the discount for the remaining child is no longer met: one of the remaining children should pay the full price — on withdrawal for the whole school year, on resignation for the same months for which the refund is due. The Seller sets this difference (the amount of the discount, and on resignation its part for those months) off against the refund due for the departing child (art. 498 of the Civil Code), never above the amount of that refund; the remaining child keeps the package without paying extra. Before confirming, the Parent sees on the family page the refund, the set-off and the amount to be paid out; the confirmation e-mail shows the same amounts. If the child for whom the discount was set off leaves later as well, the amount set off is returned with their refund. Buying a package again for a child who left does not give a second discount: there is always one discount fewer than there are children with a paid Standard package.',
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
          'A Consumer who asked for a service to begin before the withdrawal period ended and then withdrew from the contract pays for what was performed until the withdrawal, in proportion to its extent (art. 35 of the Consumer Rights Act). For Subject packages the Seller does not use this and refunds the whole fee, with the settlement of the sibling discount described in § 9(5).',
          {
            text: 'To withdraw from the contract, the Consumer makes an unequivocal statement:',
            points: [
              'with the “Withdraw from the contract” button on the order page (Subject packages — on the family page), available throughout the period of paragraph 1,',
              `by e-mail to ${s.complaintsEmail},`,
              `in writing to ${s.addressLines.join(', ')},`,
              `through the contact form (${u.contact}).`,
            ],
          },
          'The Consumer may, but need not, use the model withdrawal form annexed to these terms (annex 2 to the Consumer Rights Act). The Seller promptly confirms receipt of the statement by e-mail.',
          'The Seller refunds all payments received promptly, at the latest within 14 days of receiving the statement, using the same means of payment as the Consumer used (a refund through PayU), unless the Consumer agrees to another means that costs them nothing. On withdrawal the access covered by the contract ends.',
          'After withdrawing from a contract for the supply of digital content, the Consumer refrains from using it and from making it available to third parties (art. 34(1a) of the Consumer Rights Act); content the Consumer placed on the Platform themselves (e.g. answers in a test) is made available to them free of charge on request, and the Seller stops using it, with the exceptions of art. 16 of the Consumer Rights Act.',
          'The right of withdrawal does not apply to Clients who are neither Consumers nor Entrepreneurs with consumer rights, in particular companies buying Group packages.',
        ],
      },
      {
        id: 'reklamacje',
        title: 'Complaints',
        clauses: [
          'The Seller is liable to a Consumer for the conformity of a Course, a package and the Platform’s services with the contract under chapter 5b of the Consumer Rights Act (art. 43h et seq., digital content and services), and to other Clients under the Civil Code, except that liability to them is limited to the price paid, unless the damage was caused intentionally.',
          {
            text: 'Digital content or a digital service conforms with the contract when:',
            points: [
              'it matches the description, type, quantity, quality, completeness and functionality given on the Course or package page and in the terms, works in the environment described in § 3 and is supplied with the instructions and updates provided for in the contract,',
              'it is fit for the purposes for which online courses of this kind are normally used, and has the features a Consumer may reasonably expect,',
              'the Seller supplies the updates, including security updates, needed to keep it in conformity throughout the period of access.',
            ],
          },
          'For a Course, a Group package and a Subject package (continuous supply over the period of access) the Seller is liable for a lack of conformity that occurred or became apparent during that period; for a one-off supply (e.g. a certificate) — for a lack of conformity existing at the time of supply that became apparent within two years. The burden of proving that the content or service conformed with the contract lies with the Seller. The Seller is not liable for a lack of conformity resulting from the Consumer’s digital environment not meeting the requirements of § 3, of which the Consumer was informed before the contract was concluded.',
          {
            text: 'A complaint can be made:',
            points: [
              `through the complaint form: ${u.complaints} (also without signing in),`,
              `by e-mail to ${s.complaintsEmail},`,
              `in writing to ${s.addressLines.join(', ')}.`,
            ],
          },
          'A complaint should include the first and last name, the e-mail address, the order number (if any), a description of the problem and the request (e.g. restoring access, correcting an error in the materials, a price reduction, a refund). Missing details do not mean the complaint is left unconsidered; the Seller may ask for them.',
          'In the event of a lack of conformity, the Consumer may demand that the digital content or service be brought into conformity with the contract and, where this is impossible, has not happened within a reasonable time or the lack of conformity is significant, make a statement reducing the price or withdrawing from the contract; the contract cannot be withdrawn from where the lack of conformity is minor. The reduced price is in the same proportion to the contract price as the value of the non-conforming content is to the value of conforming content and, for continuous supply, for the time of the lack of conformity. The Seller refunds amounts due for a price reduction or withdrawal within 14 days of receiving the statement, by the same means of payment.',
          'The Seller brings the digital content or service into conformity with the contract within a reasonable time of being informed of the lack of conformity, without significant inconvenience to the Consumer and at no cost to them.',
          'The Seller answers every Client’s complaint on a durable medium (by e-mail, and a complaint made in writing also in writing if the Client asks) within 14 days of receiving it. If the Seller does not answer a Consumer’s complaint within this period, it is deemed to have accepted it (art. 7a of the Consumer Rights Act). The answer to a complaint about an Order is also shown on that order’s page.',
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
          'A new version is published on the Platform with a description of the changes at least 14 days before it takes effect, unless the change is solely favourable to Clients or the law requires it at shorter notice. Until it takes effect, the terms page and the Platform’s footer show the notice “A new version applies from <date>” with a link to the new text.',
          'On the day of publication the Seller sends Users with an Account and an e-mail address a message with the date the change takes effect and a link to the description of the changes; after signing in, the User sees a notice of the new version and can accept it.',
          'A User who does not accept a change may, until it takes effect, terminate the contract for the Account (§ 4(4)), and a Parent also the package contract with a refund for the unused months (§ 9(3)). Without a termination, the change binds in continuing contracts (art. 384¹ of the Civil Code).',
          'A change does not affect acquired rights: Orders placed before it takes effect are governed, as regards the price, the subject and the withdrawal period, by the version accepted with the Order (available on the order page), unless the new version is more favourable to the Client. The settlement of the sibling discount of § 9(5) follows from the condition of the discount in § 5.3 of the package terms, which also applied in earlier versions; paragraph 5 describes it expressly.',
        ],
      },
      {
        id: 'postanowienia-koncowe',
        title: 'Final provisions',
        clauses: [
          'Contracts are governed by Polish law. This choice of law does not deprive a Consumer of the protection afforded by the mandatory provisions of the law of the country of their habitual residence (art. 6(2) of the Rome I Regulation).',
          'Disputes with Clients who are neither Consumers nor Entrepreneurs with consumer rights are settled by the court having jurisdiction over the Seller’s registered office.',
          'The terms do not limit a Consumer’s statutory rights; in the event of a conflict, those provisions apply.',
          `This version of the terms (${VERSION}) was published on 1 December 2026 and applies from 15 December 2026. Annexes: 1 — model notice of termination of a Subject package contract, 2 — model withdrawal form.`,
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
    annexes: [resignationFormEn(s), { ...withdrawalFormEn(s), title: 'Annex 2 — model withdrawal form' }],
  };
}
