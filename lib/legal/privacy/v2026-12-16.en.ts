// Courtesy translation of the privacy policy of 16 Dec 2026 (./v2026-12-16.ts) into English: built
// from the translation of 2026-12-15 the way the Polish text is built from its original, with the
// rights, the children's section, the retention section and the notice of changes replaced.
import type { Clause, LegalContext, LegalDocument, LegalSection } from '../document';
import { privacy20261215En } from './v2026-12-15.en';
import { retentionSectionEn } from './retention-section.en';

const VERSION = '2026-12-16';

function rights(ctx: LegalContext): LegalSection {
  const s = ctx.seller;
  const account = `${ctx.urls.site.replace(/\/$/, '')}/konto`;
  return {
    id: 'prawa',
    title: 'Your rights',
    clauses: [
      'You have the right of access to your data and to receive a copy of them (Art. 15 GDPR), to their rectification (Art. 16), erasure (Art. 17), restriction of processing (Art. 18) and portability (Art. 20), and, as regards processing based on legitimate interest, the right to object on grounds relating to your particular situation (Art. 21).',
      {
        text: `You can exercise most rights yourself, without writing to us, after signing in on the account page (${account}):`,
        points: [
          '“My data” — a list of everything we keep about you: account data, consents and acceptances with their dates and versions, orders, invoices, courses with progress and test results, certificates, messages sent to you, sign-ins; a parent also sees the data of their children (Art. 15 GDPR),',
          'correcting your first name, surname and telephone, and your e-mail address — after confirming it with a link sent to the new address (Art. 16 GDPR); a parent corrects a child’s data in the family panel,',
          'a copy of the data to download — a ZIP file with the data in JSON format and a readable PDF summary; we send the link by e-mail, it works for 24 hours and only after signing in (Art. 15(3) and Art. 20 GDPR); the copy of a group package administrator does not include the data of participants whose controller is the company,',
          'deleting the account (Art. 17 GDPR) — we immediately delete or anonymise the data that nothing obliges us to keep; what remains are orders, payments and invoices with the buyer’s data (5 years from the end of the year, Article 112 of the VAT Act, Article 86 § 1 of the Tax Ordinance), issued certificates (so that their authenticity can be confirmed) and complaints, in which you appear as “Deleted user”; we will not carry out the deletion while a payment, a refund or a child’s paid package is in progress, or while you are the only administrator of an active group package — the account page will give the reason and what to do; a parent deletes a child without a paid package in the family panel,',
          'a request to restrict processing, an objection or another matter concerning the data — the form on the account page; we confirm its receipt by e-mail.',
        ],
      } satisfies Clause,
      `You can also write to ${s.email} or use the form: ${ctx.urls.contact}. We will answer without undue delay, and at the latest within one month — 30 days from receiving the request (Art. 12(3) GDPR).`,
      'You have the right to lodge a complaint with the President of the Personal Data Protection Office (UODO; ul. Stawki 2, 00-193 Warsaw, https://uodo.gov.pl) if you believe that we process your data unlawfully.',
    ],
  };
}

export function privacy20261216En(ctx: LegalContext): LegalDocument {
  const base = privacy20261215En(ctx);
  const sections = base.sections.map((section): LegalSection => {
    if (section.id === 'prawa') return rights(ctx);
    if (section.id === 'dzieci')
      return {
        ...section,
        clauses: [
          ...section.clauses.slice(0, -1),
          'The child’s rights are exercised by the parent or guardian: in the family panel they correct the child’s data and delete a child who has no paid package (with a paid one — they only correct it, because the data are part of an order with an invoice); a change of grade resulting from a corrected year of birth is considered by our team. The parent’s copy of the data includes the data of their children.',
        ],
      };
    if (section.id === 'okresy') {
      const generated = retentionSectionEn();
      return { ...generated, clauses: [...generated.clauses, ...section.clauses.slice(1)] };
    }
    if (section.id === 'zmiany')
      return {
        ...section,
        clauses: [
          `Each change is a new version marked with a date; the version in force is at ${ctx.urls.privacy}, and earlier ones at ${ctx.urls.privacy}/<version>. This version (${VERSION}) was published on 1 December 2026 and applies from 16 December 2026.`,
        ],
      };
    return section;
  });
  return {
    ...base,
    version: VERSION,
    effectiveFrom: VERSION,
    changes: [
      ...(base.changes ?? []),
      'You exercise your GDPR rights yourself on the account page (§ “Your rights”): you see your data, correct them, download a copy of them, delete the account, and submit a request to restrict processing or an objection through a form; we have described what remains after deleting the account and why.',
      'We give retention periods (§ “How long we keep the data”) for each kind of data, also for sign-in sessions, links for unlocking the account and changing the e-mail address, data copies, requests, participant lists and agreement scans, and our team’s decision log; once a period ends, the data are deleted or anonymised automatically once a day.',
    ],
    sections,
  };
}
