// Courtesy translation of the data-processing agreement (./agreement-text.ts) into English, for a
// company representative who reads no Polish. It is never signed and never binds: the Parties
// conclude and sign the Polish text, whose SHA-256 the acceptance records. It follows the Polish
// clause by clause and point by point, so "§ 6(2)" points to the same provision in both.
import type { Seller } from '@/lib/invoices/seller';
import {
  BLANK,
  type AgreementCompany,
  type AgreementFacts,
  type Clause,
  type GroupAgreementFacts,
  type Point,
  type SchoolAgreementFacts,
} from './agreement-text';

const PROCESSOR_DUTIES: Clause = {
  title: 'Obligations of the Processor',
  points: [
    {
      lead: 'In accordance with Article 28(3) GDPR, the Processor:',
      items: [
        'processes the data only on documented instructions from the Controller, including with regard to transfers of data to a third country, unless required to do so by law — in such a case it informs the Controller of that legal requirement before processing;',
        'ensures that persons authorised to process the data have committed themselves to confidentiality;',
        'takes the security measures required by Article 32 GDPR;',
        'engages further processors only under the rules of § 6;',
        'assists the Controller, by appropriate technical and organisational measures, in fulfilling its obligation to respond to requests from data subjects;',
        'assists the Controller in ensuring compliance with the obligations set out in Articles 32–36 GDPR;',
        'after the end of the provision of the Service deletes or returns the data in accordance with § 8;',
        'makes available to the Controller the information necessary to demonstrate compliance with the above obligations and allows for and contributes to audits, including inspections.',
      ],
    },
    'The security measures include in particular: encrypted connections to the platform, individual staff accounts and permissions, storing passwords only as cryptographic hashes, and regular backups.',
    'The Processor immediately informs the Controller if, in its opinion, an instruction given to it infringes the GDPR or other data protection provisions.',
    'The Processor notifies the Controller of a personal data breach without undue delay, and no later than within 36 hours of becoming aware of it, to the Controller’s e-mail address given on the platform, with the information referred to in Article 33(3) GDPR.',
  ],
};

const SUBPROCESSORS: Clause = {
  title: 'Further processors',
  points: [
    'The Controller gives its general authorisation for the further entrustment of processing to providers of hosting and server infrastructure services and to providers of e-mail services, to the extent necessary to provide the Service. The Processor makes the current list of further processors available at any request of the Controller.',
    'The Processor informs the Controller of any intended addition or replacement of a further processor at least 14 days in advance; during that time the Controller may object.',
    'A further processor is bound by contract to the same data protection obligations as those arising from this agreement. The Processor is liable to the Controller for the further processor’s actions as for its own (Article 28(4) GDPR).',
  ],
};

const FINAL_PROVISIONS: Clause = {
  title: 'Final provisions',
  points: [
    'Amendments to the agreement require written form, otherwise they are null and void.',
    'Matters not governed by this agreement are subject to the GDPR, the Polish Personal Data Protection Act of 10 May 2018 and the Polish Civil Code.',
    'The agreement has been drawn up in two identical counterparts, one for each Party.',
  ],
};

const OPERATIONS =
  'The processing takes place in the platform’s IT system and comprises collection, recording, storage, organisation, consultation, use, disclosure to the Controller and erasure of the data.';
const NO_SPECIAL_CATEGORIES =
  'The entrustment does not cover special categories of data (Article 9 GDPR) or data relating to criminal convictions (Article 10 GDPR).';
const INSPECTION =
  'The Controller may carry out an inspection of the processing after notifying the Processor at least 7 days in advance, on working days, during the Processor’s working hours.';
const DUTIES_AFTER_END =
  'The obligations concerning the deletion of the data (§ 8) and confidentiality continue after the agreement ends.';

/** The clauses of ./agreement-text.ts agreementClauses in English, in the same order. */
export function agreementClausesEn(f: AgreementFacts): Clause[] {
  return f.kind === 'school' ? schoolClauses(f) : groupClauses(f);
}

function groupClauses(f: GroupAgreementFacts): Clause[] {
  return [
    {
      title: 'Subject of the agreement',
      points: [
        'The Controller entrusts the Processor, under Article 28 GDPR, with the processing of the personal data of the training participants indicated by the Controller, on the terms and for the purpose set out in this agreement.',
        `The entrustment is made in connection with order no. ${f.orderNumber} for access to the course “${f.courseTitle}” for ${f.seats} user accounts (the “Service”).`,
        'The Processor processes the entrusted data only on documented instructions from the Controller. The Parties regard this agreement and the list of participants sent by the Controller through the platform as such instructions.',
      ],
    },
    {
      title: 'Nature and purpose of the processing',
      points: [
        'The purpose of the processing is to provide the Service: creating user accounts from the list of participants, making the e-learning course and the final test available, issuing certificates of course completion and preparing for the Controller a final report with the test results.',
        OPERATIONS,
      ],
    },
    {
      title: 'Categories of data subjects and types of data',
      points: [
        `The processing concerns the persons indicated by the Controller as training participants (the Controller’s employees and associates), no more than ${f.seats} persons.`,
        'The entrusted data comprise: first name, surname, e-mail address, login, test results and information on progress in the course necessary to run it.',
        NO_SPECIAL_CATEGORIES,
      ],
    },
    {
      title: 'Duration',
      points: [
        `The agreement is concluded for the period from ${BLANK} to ${BLANK}, but not shorter than the time of providing the Service, i.e. two months of access to the course counted from the creation of the accounts, plus the time needed to hand over the final report.`,
        DUTIES_AFTER_END,
      ],
    },
    PROCESSOR_DUTIES,
    SUBPROCESSORS,
    {
      title: 'Place of processing',
      points: [
        'The data are processed only within the territory of the European Economic Area. A transfer of data outside the EEA requires the Controller’s prior consent in writing and the application of the safeguards provided for in Chapter V GDPR.',
      ],
    },
    {
      title: 'Deletion of the data after the end of the Service',
      points: [
        'Within 30 days of the end of the provision of the Service and the handing over of the final report, the Processor deletes the entrusted data together with their existing copies, unless Union or Polish law requires their further storage. Data in backups are deleted in the next cycle of their rotation.',
        'At the request of the Controller made before that time limit, the Processor returns the data in electronic form, then deletes them and confirms the deletion.',
      ],
    },
    {
      title: 'Obligations of the Controller and inspection',
      points: [
        'The Controller declares that it processes the participants’ data under the law, is entitled to entrust them and has informed the participants that their data are entrusted to the Processor.',
        'The Controller is responsible for giving the participants the access details of their accounts.',
        INSPECTION,
      ],
    },
    FINAL_PROVISIONS,
  ];
}

function schoolClauses(f: SchoolAgreementFacts): Clause[] {
  const schoolYear = `${f.examYear - 1}/${f.examYear}`;
  return [
    {
      title: 'Subject of the agreement',
      points: [
        'The Controller entrusts the Processor, under Article 28 GDPR, with the processing of the personal data of the Controller’s pupils taking the matura examination and of the teachers indicated by the Controller, on the terms and for the purpose set out in this agreement.',
        `The entrustment is made in connection with order no. ${f.orderNumber} for a licence to use the matura planner in the school year ${schoolYear} (the matura examination in ${f.examYear}) by the school with the regional examination board (OKE) code ${f.okeCode} (the “Service”).`,
        'The Processor processes the entrusted data only on documented instructions from the Controller. The Parties regard this agreement and the data entered or imported into the planner by the Controller’s staff as such instructions.',
      ],
    },
    {
      title: 'Nature and purpose of the processing',
      points: [
        'The purpose of the processing is to provide the Service: planning the matura examination at the Controller’s school — recording the pupils’ matura declarations, summaries of the number of candidates by subject and level, assigning pupils to examination rooms, the composition of the supervising teams, and printouts and exports of these data for the Controller.',
        OPERATIONS,
      ],
    },
    {
      title: 'Categories of data subjects and types of data',
      points: [
        'The processing concerns the Controller’s pupils taking the matura examination in the year covered by the Service and the teachers and other members of the supervising teams indicated by the Controller, including persons employed at other schools.',
        'The entrusted data comprise: the pupil’s first name and surname, class, examination formula, information on an exemption connected with a vocational diploma, the content of the matura declaration (subjects, levels and the chosen computing environment) and the room assignment; for teachers — first name and surname, subjects taught and role in the supervising team.',
        NO_SPECIAL_CATEGORIES,
      ],
    },
    {
      title: 'Duration',
      points: [
        `The agreement is concluded for the time of providing the Service: from the first entry of pupils’ data into the planner until their deletion, no later than 30 days after the licence for the school year ${schoolYear} expires (30 June ${f.examYear}), and if the licence is extended for a further school year — no later than 30 days after the last licence expires.`,
        DUTIES_AFTER_END,
      ],
    },
    PROCESSOR_DUTIES,
    SUBPROCESSORS,
    {
      title: 'Place of processing',
      points: [
        'The data are processed only on servers located within the territory of the Republic of Poland; this also applies to the database, backups and stored files. Processing the data outside the territory of Poland requires the Controller’s prior consent in writing, and outside the European Economic Area — also the application of the safeguards provided for in Chapter V GDPR.',
      ],
    },
    {
      title: 'Deletion of the data after the end of the Service',
      points: [
        'Within 30 days of the expiry of a licence that has not been extended, the Processor deletes the pupils’ data, their declarations, room assignments and the composition of the supervising teams together with their existing copies, unless Union or Polish law requires their further storage. Data in backups are deleted in the next cycle of their rotation.',
        'Until the deletion the Controller may view and export the data in the planner; it may also delete them itself at any time. At the request of the Controller, the Processor confirms the deletion of the data.',
      ],
    },
    {
      title: 'Obligations of the Controller and inspection',
      points: [
        'The Controller declares that it processes the pupils’ and teachers’ data under the law, in particular the provisions on the education system and on the matura examination, is entitled to entrust them and has informed the data subjects that their data are entrusted to the Processor.',
        'The Controller is responsible for granting and withdrawing its staff’s access to the planner and for checking the data passed to the regional examination board against the declarations submitted by the pupils; the data in the planner do not replace those declarations.',
        INSPECTION,
      ],
    },
    FINAL_PROVISIONS,
  ];
}

/** ./agreement-text.ts AGREEMENT_WORDING in English, plus the courtesy marking. */
export const AGREEMENT_WORDING_EN = {
  title: 'Data processing agreement — English courtesy translation',
  headingTop: 'DATA PROCESSING',
  headingBottom: 'AGREEMENT',
  concluded: (blank: string) => `concluded on ${blank} in ${blank} between:`,
  and: 'and',
  nip: (nip: string) => `Tax identification number (NIP): ${nip}`,
  representedBy: (who: string) => `represented by: ${who}`,
  calledHereafter: (role: string) => `hereinafter the “${role}”,`,
  controllerAs: 'Controller',
  processorAs: 'Processor',
  parties:
    'hereinafter together the “Parties”. The Parties, under Article 28 of Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 (the “GDPR”), conclude an agreement with the following content:',
  controller: 'Controller',
  processor: 'Processor',
  courtesy:
    'COURTESY TRANSLATION — NOT SIGNED AND NOT BINDING. The agreement is concluded, signed and accepted in Polish only; the Polish original governs. This translation is provided for information and must not be signed.',
  signature:
    'The Parties sign the Polish original only. This courtesy translation has no signature blocks and no acceptance record.',
  footer: (orderNumber: string, generatedOn: string, page: number, total: number) =>
    `Courtesy translation, not binding — order ${orderNumber}, ${generatedOn} · page ${page} of ${total}`,
} as const;

/** agreementPlainText in English: the same blocks, for the review page (never hashed or signed). */
export function agreementPlainTextEn(f: AgreementFacts): string {
  const W = AGREEMENT_WORDING_EN;
  const party = (p: AgreementCompany | Seller, role: string) =>
    [p.name, [...p.addressLines, W.nip(p.nip)].join(', '), W.calledHereafter(role)].join('\n');
  const point = (p: Point, n: number) =>
    typeof p === 'string'
      ? `${n}. ${p}`
      : [`${n}. ${p.lead}`, ...p.items.map((item, i) => `${String.fromCharCode(97 + i)}) ${item}`)].join('\n');
  const clauses = agreementClausesEn(f).map((c, i) =>
    [`§ ${i + 1}. ${c.title}`, ...c.points.map((p, j) => point(p, j + 1))].join('\n'),
  );
  return [
    `${W.headingTop} ${W.headingBottom}`,
    party(f.company, W.controllerAs),
    W.and,
    party(f.seller, W.processorAs),
    W.parties,
    ...clauses,
  ].join('\n\n');
}
