import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { currentTime } from '@/lib/clock/clock';
import { PASSWORD_RULES } from '@/lib/auth/schemas';
import { classForBirthYear, className, changeClass, shiftedClassName } from '@/lib/families/rules/class-table';
import { findOwnChild } from '@/lib/families/children';
import { schoolYearForPurchase, schoolYearLabel } from '@/lib/families/rules/school-year';
import { requestClassChange, setChildPassword } from '@/lib/actions/families/children';
import { ActionForm } from '@/components/forms/action-form';

export const metadata: Metadata = { title: 'Konto dziecka' };
export const dynamic = 'force-dynamic';

export default async function ChildPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePermission('families:manage-own', `/rodzina/dzieci/${id}`);
  const child = await findOwnChild(user.id, id);
  if (!child) notFound();
  const year = schoolYearForPurchase(currentTime());
  const base = classForBirthYear(child.birthYear, year);
  const options = base.ok
    ? ([-1, 0, 1] as const).map((s) => ({ s, r: changeClass(base.classNumber, s) })).filter((o) => o.r.ok)
    : [];
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <Link href="/rodzina" className="link text-sm">
          ← Moja rodzina
        </Link>
      </p>
      <h1 className="h1">{child.fullName}</h1>
      <section className="card space-y-3" aria-labelledby="haslo">
        <h2 id="haslo" className="h2">
          Logowanie dziecka
        </h2>
        <p>
          Login: <strong>{child.user.login}</strong>. Dziecko loguje się na stronie{' '}
          <Link href="/logowanie" className="link">
            Zaloguj się
          </Link>
          .
        </p>
        <ActionForm action={setChildPassword} hidden={{ childId: child.id }} submit="Ustaw nowe hasło">
          <label htmlFor="child-password" className="label">
            Nowe hasło dziecka
          </label>
          <input
            id="child-password"
            name="password"
            type="password"
            autoComplete="new-password"
            className="input"
            aria-describedby="child-password-hint"
          />
          <p id="child-password-hint" className="text-sm text-slate-600">
            {PASSWORD_RULES}
          </p>
        </ActionForm>
      </section>
      <section className="card space-y-3" aria-labelledby="klasa">
        <h2 id="klasa" className="h2">
          Klasa w roku {schoolYearLabel(year)}
        </h2>
        {!base.ok ? (
          <p>{base.message}</p>
        ) : (
          <>
            <p>
              Według rocznika {child.birthYear}: <strong>{className(base.classNumber)}</strong>.
              {child.classShift !== 0 && (
                <> Zatwierdzona zmiana: {shiftedClassName(base.classNumber, child.classShift)}.</>
              )}
              {child.classChangeStatus === 'PENDING' && child.requestedShift !== null && (
                <> Prośba o {shiftedClassName(base.classNumber, child.requestedShift)} czeka na decyzję zespołu.</>
              )}
              {child.classChangeStatus === 'REJECTED' && <> Ostatnia prośba o zmianę klasy została odrzucona.</>}
            </p>
            <ActionForm action={requestClassChange} hidden={{ childId: child.id }} submit="Wyślij prośbę">
              <label htmlFor="shift" className="label">
                Regulamin pozwala poprosić o klasę o jedną niżej lub wyżej
              </label>
              <select
                id="shift"
                name="shift"
                className="input"
                defaultValue={String(child.requestedShift ?? child.classShift)}
              >
                {options.map(
                  ({ s, r }) =>
                    r.ok && (
                      <option key={s} value={String(s)}>
                        {className(r.classNumber)}
                        {s === 0 ? ' (według rocznika)' : ''}
                      </option>
                    ),
                )}
              </select>
            </ActionForm>
          </>
        )}
      </section>
    </div>
  );
}
