// /konto's card of privacy rights: one link for each thing a person can do themselves.
import Link from 'next/link';
import { messages } from '@/lib/i18n';
import { currentLocale } from '@/lib/locale/current';

export async function PrivacyLinks() {
  const locale = await currentLocale();
  const t = messages(locale).privacy.card;
  return (
    <section className="card space-y-3" aria-labelledby="prywatnosc-h">
      <h2 id="prywatnosc-h" className="h2">
        {t.title}
      </h2>
      <p className="text-sm">{t.intro}</p>
      <ul className="space-y-2">
        <li>
          <Link href="/konto/moje-dane" className="link">
            {t.myData}
          </Link>
        </li>
        <li>
          <Link href="/konto/wnioski" className="link">
            {t.requests}
          </Link>
        </li>
        <li>
          <Link href="/konto/usun" className="link">
            {t.delete}
          </Link>
        </li>
        <li>
          <Link href="/prywatnosc" className="link">
            {t.policy}
          </Link>
        </li>
      </ul>
    </section>
  );
}
