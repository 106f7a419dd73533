'use client';
// "Dokup miejsca do swojej grupy" on the course page: the seats and their price before adding.
import { useState } from 'react';
import { Field, SelectField } from '@/components/forms/field';
import { FormMessage } from '@/components/forms/form-message';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFormAction } from '@/components/forms/use-form-action';
import { addTopUp } from '@/lib/actions/checkout/add-top-up';
import { MIN_TOP_UP_SEATS, topUpPrice, type PackageOffer } from '@/lib/catalog/rules/packages';
import { formatMoney } from '@/lib/format/money';
import { messages } from '@/lib/i18n';
import { useLocale } from '@/components/locale/locale-provider';

type Target = { id: string; companyName: string; seats: number; seatsUsed: number };

export function TopUpForm({ groups, offers }: { groups: Target[]; offers: PackageOffer[] }) {
  const locale = useLocale();
  const m = messages(locale);
  const t = m.groupTopUp;
  const f = useFormAction(addTopUp);
  const [groupId, setGroupId] = useState(f.value('groupId', groups[0]?.id ?? ''));
  const [seats, setSeats] = useState(f.value('seats', String(MIN_TOP_UP_SEATS * 4)));
  const group = groups.find((g) => g.id === groupId) ?? groups[0];
  const price = group ? topUpPrice(group.seats, Number(seats), offers) : null;
  return (
    <form action={f.action} className="space-y-3" data-testid="top-up-form">
      <FormMessage state={f.state} />
      {groups.length > 1 ? (
        <SelectField
          name="groupId"
          label={t.group}
          value={groupId}
          onChange={(e) => setGroupId(e.target.value)}
          options={groups.map((g) => ({
            value: g.id,
            label: t.groupOption(g.companyName, g.seats, Math.max(0, g.seats - g.seatsUsed)),
          }))}
        />
      ) : (
        <input type="hidden" name="groupId" value={groupId} />
      )}
      <Field
        name="seats"
        type="number"
        inputMode="numeric"
        min={MIN_TOP_UP_SEATS}
        label={t.seats}
        hint={t.seatsHint(MIN_TOP_UP_SEATS)}
        value={seats}
        onChange={(e) => setSeats(e.target.value)}
        error={f.error('seats')}
        className="input w-32"
      />
      <p aria-live="polite" className="text-sm" data-testid="top-up-price">
        {price && !('reason' in price)
          ? `${formatMoney(price.totalGross, 'PLN', locale)} · ${m.course.perSeat(formatMoney(price.perSeatGross, 'PLN', locale), price.tier.seats)}`
          : null}
      </p>
      <SubmitButton className="btn-secondary">{t.submit}</SubmitButton>
    </form>
  );
}
