import type { Metadata } from 'next';
import Link from 'next/link';
import { currentUser } from '@/lib/auth/session';
import { contactPage } from '@/lib/support/form-pages';
import { ContactForm } from '@/components/support/contact-form';
import { PageHeader } from '@/components/forms/page-header';
import { messages } from '@/lib/i18n';
import { sellerRegistration } from '@/lib/legal/shared-text';
import { currentLocale } from '@/lib/locale/current';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { title: messages(locale).support.contact.title };
}

export default async function ContactPage() {
  const locale = await currentLocale();
  const t = messages(locale).support.contact;
  const p = contactPage(await currentUser(), locale);
  return (
    <div className="mx-auto grid max-w-5xl gap-6 md:grid-cols-[1fr_300px]">
      <section className="card space-y-4" aria-labelledby="kontakt-form">
        <PageHeader title={<span id="kontakt-form">{t.title}</span>} intro={t.intro} />
        <ContactForm name={p.name} email={p.email} topics={p.topics} />
      </section>
      <aside className="card space-y-3 text-sm" aria-labelledby="dane-firmy">
        <h2 id="dane-firmy" className="h2">
          {t.seller}
        </h2>
        <address className="not-italic">
          <strong>{p.seller.name}</strong>
          {p.seller.addressLines.map((l) => (
            <span key={l} className="block">
              {l}
            </span>
          ))}
          <span className="block">{t.krs(p.seller.krs)}</span>
          <span className="block">{t.nip(p.seller.nip)}</span>
          {sellerRegistration(p.seller, locale) && (
            <span className="block">{sellerRegistration(p.seller, locale)}</span>
          )}
        </address>
        <p>
          {t.email}:{' '}
          <a href={`mailto:${p.seller.email}`} className="link">
            {p.seller.email}
          </a>
        </p>
        <p>
          {t.phone}:{' '}
          <a href={`tel:${p.seller.phone.replace(/\s/g, '')}`} className="link">
            {p.seller.phone}
          </a>{' '}
          ({t.hours})
        </p>
        <p>
          {t.complaintsHint}{' '}
          <Link href="/reklamacje" className="link">
            {t.complaintsLink}
          </Link>
          {t.complaintsAfter}
        </p>
      </aside>
    </div>
  );
}
